"""Check the closed-form transforms used in test/numeric/fourier-integral.test.ts
against mpmath's oscillatory quadrature, in the convention
F[f](xi) = int f(x) exp(-2 pi i xi x) dx (mpmath 1.3.0, 30 digits).

tanh is not integrable; its transform is split as
F[tanh] = F[sign] + F[tanh - sign] with F[sign](xi) = 1/(i pi xi), and the
second part, odd and decaying like exp(-2|x|), is
-2i int_0^inf (tanh x - 1) sin(2 pi xi x) dx.
"""
from mpmath import mp, mpf, quadosc, quad, sech, csch, pi, tanh, sin, cos, exp, inf

mp.dps = 30

for xi in [mpf('0.3'), mpf('0.7'), mpf('1.2')]:
    w = 2 * pi * xi
    sech_num = 2 * quadosc(lambda x: sech(x) * cos(w * x), [0, inf], omega=w)
    sech_closed = pi * sech(pi**2 * xi)
    tail = quadosc(lambda x: (tanh(x) - 1) * sin(w * x), [0, inf], omega=w)
    tanh_num_im = -1 / (pi * xi) - 2 * tail
    tanh_closed_im = -pi * csch(pi**2 * xi)
    print(f'xi={xi}: sech rel diff {float(abs(sech_num / sech_closed - 1)):.1e}, '
          f'tanh rel diff {float(abs(tanh_num_im / tanh_closed_im - 1)):.1e}')
    assert abs(sech_num / sech_closed - 1) < mpf(10)**-20
    assert abs(tanh_num_im / tanh_closed_im - 1) < mpf(10)**-20

# exp(-|x|) -> 2/(1 + 4 pi^2 xi^2), Gaussian -> sqrt(pi) exp(-pi^2 xi^2)
for xi in [mpf('0.3'), mpf('1.2')]:
    w = 2 * pi * xi
    e = 2 * quadosc(lambda x: exp(-x) * cos(w * x), [0, inf], omega=w)
    g = 2 * quad(lambda x: exp(-x * x) * cos(w * x), [0, inf])
    assert abs(e / (2 / (1 + 4 * pi**2 * xi**2)) - 1) < mpf(10)**-20
    assert abs(g / (mp.sqrt(pi) * exp(-pi**2 * xi**2)) - 1) < mpf(10)**-20
print('all identities confirmed')
