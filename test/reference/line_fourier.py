"""Reference values for test/precise/line-fourier.test.ts.

Tool: mpmath 1.3.0. Each transform F[f](xi) = int f(x) e^(-2 pi i xi x) dx
of an even f is the cosine integral int f(x) cos(2 pi xi x) dx, printed
three ways:
  closed form  from an identity, at mp.dps = 70,
  tanh-sinh    mpmath's quad over [-L, L] split at every integer,
  Gauss-Legendre  quad with method='gauss-legendre' over pieces of width
               0.5, offset by 0.25 from the tanh-sinh cuts,
both rules at mp.dps = 110, so that their absolute target of about
1e-110 is still below 1e-45 of F(7) ~ 3e-28. The identities:
  F[sech^2](xi)  = 2 pi^2 xi / sinh(pi^2 xi)  (-> 2 = int sech^2 at 0),
  F[s'](xi)      = 2 pi^2 xi / sinh(2 pi^2 xi) for the logistic s,
                   because s'(x) = sech^2(x/2)/4,
  F[gelu''](xi)  = (1 + 4 pi^2 xi^2) exp(-2 pi^2 xi^2), because
                   gelu'' = phi(x)(2 - x^2) with phi the normal density,
                   F[phi] = exp(-2 pi^2 xi^2) and F[x^2 phi] =
                   -(1/(4 pi^2)) d^2/dxi^2 F[phi].
The ranges [-L, L] (L = 100 for sech^2, 160 for s', 30 for gelu'') cut
off tails below 1e-55 of each F, so the three columns agree to the
printed digits.

Grid values for test/precise/line-fourier.test.ts: s'(x), gelu''(x) and
tanh(x) sech(x)^2 at x_k = -30.125 + k/16 (exact in binary) for a few k,
at mp.dps = 70, to check the recurrences of the grid evaluator across
its restart points. Run:
    python3 test/reference/line_fourier.py
"""
from mpmath import mp, mpf, cos, exp, linspace, nstr, pi, quad, sech, sinh, sqrt


def sech2(x):
    return sech(x)**2


def logistic_derivative(x):
    return exp(-x) / (1 + exp(-x))**2


def gelu_second(x):
    return sqrt(2) * exp(-x**2 / 2) / sqrt(pi) * (1 - x**2 / 2)


CASES = [
    ('sech^2', sech2, '0.3', 100, lambda xi: 2 * pi**2 * xi / sinh(pi**2 * xi)),
    ('sech^2', sech2, '2', 100, lambda xi: 2 * pi**2 * xi / sinh(pi**2 * xi)),
    ('sech^2', sech2, '7', 100, lambda xi: 2 * pi**2 * xi / sinh(pi**2 * xi)),
    ("s'", logistic_derivative, '1.7', 160,
     lambda xi: 2 * pi**2 * xi / sinh(2 * pi**2 * xi)),
    ("gelu''", gelu_second, '0.5', 30,
     lambda xi: (1 + 4 * pi**2 * xi**2) * exp(-2 * pi**2 * xi**2)),
]


def main():
    for name, f, xi_text, half_width, closed in CASES:
        mp.dps = 70
        exact = closed(mpf(xi_text))
        mp.dps = 110
        xi = mpf(xi_text)
        g = lambda x: f(x) * cos(2 * pi * xi * x)
        cuts = linspace(-half_width, half_width, 2 * half_width + 1)
        ts = quad(g, cuts)
        pieces = linspace(-half_width + mpf('0.25'), half_width - mpf('0.25'),
                          4 * half_width - 1)
        gl = quad(g, [-half_width] + pieces + [half_width], method='gauss-legendre')
        print(f'F[{name}]({xi_text})')
        print('  closed form     ', nstr(exact, 60))
        print('  tanh-sinh       ', nstr(ts, 60))
        print('  Gauss-Legendre  ', nstr(gl, 60))
        print('  relative gaps    ', nstr(abs(ts / exact - 1), 3), nstr(abs(gl / exact - 1), 3))


def grid_values():
    mp.dps = 70
    functions = [("s'", logistic_derivative), ("gelu''", gelu_second),
                 ('tanh sech^2', lambda x: mp.tanh(x) * sech(x)**2)]
    for name, f in functions:
        for k in [0, 1, 31, 32, 33, 200, 481, 482, 700]:
            x = mpf('-30.125') + mpf(k) / 16
            print(f'{name} at k = {k}:', nstr(f(x), 60))


main()
grid_values()
