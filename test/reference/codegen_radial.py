"""Reference values for test/precision/codegen-radial.test.ts.

Tool: mpmath 1.3.0 at mp.dps = 60. Each coefficient is built from its
definition as a radial average,

    G_g(xi) = c_1 int_0^inf rho(r) |F[g](xi/r)|^2 / r dr,
    A = G_sigma + G_sigma',   B = G_sigma' / (4 pi^2),

in d = 1 with sigma_w = sigma_a = 1, so c_1 = 1/sqrt(2 pi) and
rho(r) = sqrt(2/pi) exp(-r^2/2). The transforms are written out by hand
from F[sech^2](k) = 2 pi^2 k / sinh(pi^2 k) and F[g'] = 2 pi i k F[g]:

- tanh:    tanh' = sech^2(x), so |F[tanh']|^2 = 4 pi^4 k^2 csch^2(pi^2 k);
- sigmoid: sigmoid' = sech^2(x/2)/4, so |F[sigmoid']|^2 =
           4 pi^4 k^2 csch^2(2 pi^2 k);

and |F[g]|^2 = |F[g']|^2 / (4 pi^2 k^2) away from k = 0. The script
checks both derivative transforms against their defining integrals.

Far in the tail the integrand is a narrow peak: for tanh, about 1e-472
near r = 27 at xi = 1000 and near r = 582 at xi = 1e7, of width 0.6.
mpmath's quad stops on an absolute error target, so the integrand is
multiplied by exp(S), with S = -ln of its peak value, and the integral
is divided by exp(S) afterwards. The last step of each rule runs to
infinity.
Each value comes from two rules on different partitions, which must
agree. Tanh-sinh has breakpoints at the peak and at peak +- 2^j widths
for j < 7. Gauss-Legendre has pieces 0.7 widths long, offset from the
peak by a third of a piece, 60 on either side of it (or down to 0).

Run:
    python3 test/reference/codegen_radial.py
"""
from mpmath import (mp, mpf, cos, csch, diff, exp, findroot, inf, log,
                    nstr, pi, quad, sech, sqrt)

mp.dps = 60


def density(r):
    return sqrt(2 / pi) * exp(-r**2 / 2)


def tanh_dsigma_square(k):
    return 4 * pi**4 * k**2 * csch(pi**2 * k)**2


def sigmoid_dsigma_square(k):
    return 4 * pi**4 * k**2 * csch(2 * pi**2 * k)**2


def squares(dsigma_square, k):
    """|F[sigma](k)|^2 and |F[sigma'](k)|^2."""
    d = dsigma_square(k)
    return d / (4 * pi**2 * k**2), d


def integrand_log(dsigma_square, xi, part):
    """ln of the integrand of G_sigma (part 0) or of G_sigma' (part 1)."""
    return lambda r: log(density(r) * squares(dsigma_square, xi / r)[part] / r)


def locate_peak(log_f):
    """Peak and width (1/sqrt of minus the second derivative of ln f)."""
    grid = [mpf(2)**(mpf(j) / 16) for j in range(-64, 160)]
    hint = max(grid, key=log_f)
    peak = findroot(lambda r: diff(log_f, r), hint)
    width = 1 / sqrt(-diff(log_f, peak, 2))
    return peak, width


def two_rules(dsigma_square, xi, part):
    log_f = integrand_log(dsigma_square, xi, part)
    peak, width = locate_peak(log_f)
    shift = -log_f(peak)

    def scaled(r):
        return exp(log_f(r) + shift)
    cuts = [peak + s * width * 2**j for j in range(7) for s in (-1, 1)]
    cuts = sorted(set([mpf(0), peak] + [c for c in cuts if c > 0]))
    ts, ts_error = quad(scaled, cuts + [inf], method='tanh-sinh',
                        maxdegree=12, error=True)
    piece = mpf('0.7') * width
    start = peak + piece / 3
    gl_cuts = [start + j * piece for j in range(-60, 60)]
    gl_cuts = sorted(set([mpf(0)] + [c for c in gl_cuts if c > 0]))
    gl, gl_error = quad(scaled, gl_cuts + [inf], method='gauss-legendre',
                        maxdegree=12, error=True)
    print(f'  peak {nstr(peak, 8)}, width {nstr(width, 3)}, quad error '
          f'estimates {nstr(ts_error / ts, 3)} and {nstr(gl_error / gl, 3)}')
    factor = exp(-shift) / sqrt(2 * pi)
    return ts * factor, gl * factor


def report(name, dsigma_square, xi):
    g_sigma = two_rules(dsigma_square, xi, 0)
    g_dsigma = two_rules(dsigma_square, xi, 1)
    a = [g_sigma[k] + g_dsigma[k] for k in (0, 1)]
    b = [g_dsigma[k] / (4 * pi**2) for k in (0, 1)]
    for label, pair in (('A', a), ('B', b)):
        print(f'{name} {label}, tanh-sinh      ->', nstr(pair[0], 45))
        print(f'{name} {label}, Gauss-Legendre ->', nstr(pair[1], 45))
        print(f'{name} {label}, relative difference ->',
              nstr(abs(pair[0] / pair[1] - 1), 3, min_fixed=0, max_fixed=0))


def check_transforms():
    k = mpf('0.3')
    cases = (('tanh', lambda x: sech(x)**2, tanh_dsigma_square),
             ('sigmoid', lambda x: sech(x / 2)**2 / 4, sigmoid_dsigma_square))
    for name, dsigma, square in cases:
        numeric = quad(lambda x: dsigma(x) * cos(2 * pi * k * x),
                       [-inf, -20, -5, 0, 5, 20, inf])
        print(f"{name} |F[sigma'](0.3)|^2 quadrature vs formula ->",
              nstr(abs(numeric**2 / square(k) - 1), 3))


check_transforms()
report('tanh xi=1', tanh_dsigma_square, mpf(1))
report('tanh xi=1000', tanh_dsigma_square, mpf(1000))
report('tanh xi=1e7', tanh_dsigma_square, mpf(10)**7)
report('sigmoid xi=2', sigmoid_dsigma_square, mpf(2))
