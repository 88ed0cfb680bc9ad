"""Reference values for the tests in test/precision.

Tool: mpmath 1.3.0 at mp.dps = 60. Each value is a radial average

    G_g(xi) = c_d xi^(1-d) int_0^inf rho(r) |F[g](xi/r)|^2 / r dr

in d = 1 with sigma_w = sigma_a = 1, so c_1 = 1/sqrt(2 pi) and
rho(r) = sqrt(2/pi) exp(-r^2/2), and A = G_sigma + G_sigma',
B = G_sigma' / (4 pi^2). The transforms are written out by hand:

- tanh: F[tanh](k) = -i pi csch(pi^2 k) and F[f'] = 2 pi i k F[f].
- GELU, sigma = x Phi(x): sigma'' = (2 - x^2) phi(x) is integrable and
  F[phi](k) = exp(-2 pi^2 k^2), F[x^2 phi] = -(1/4pi^2) d^2/dk^2 F[phi],
  so F[sigma''](k) = exp(-2 pi^2 k^2) (1 + 4 pi^2 k^2) (see gelu_second),
  F[sigma'] = F[sigma''] / (2 pi i k) and F[sigma] = F[sigma'] / (2 pi i k).
  The script checks F[sigma''] against its defining integral at k = 0.3.

The integrands are about 1e-472 and 1e-386 at their peaks, and mpmath's
quad stops on an absolute error target, so each integrand is multiplied
by exp(S), with S the minus log of its peak, and the result divided by
it. Two rules on different partitions must agree: tanh-sinh with
breakpoints at the peak and at multiples of the peak width, and
Gauss-Legendre on a uniform partition of pieces 0.8 widths long,
out to 60 widths from the peak.
The same routine gives the values at moderate xi that the generated
evaluators are compared with, and ReLU from F[relu](k) = -1/(4 pi^2 k^2)
and F[H](k) = 1/(2 pi i k) away from k = 0. The transforms of
tanh at xi = 1/2 come from the identity F[tanh](xi) = -i pi csch(pi^2 xi).
Run:
    python3 test/precision/reference/precision_values.py
"""
from mpmath import (mp, mpf, csch, exp, pi, quad, nstr, sqrt, log, diff,
                    findroot, cos, inf)

mp.dps = 60


def density(r):
    return sqrt(2 / pi) * exp(-r**2 / 2)


def tanh_squares(k):
    """|F[tanh](k)|^2 and |F[tanh'](k)|^2."""
    s = pi**2 * csch(pi**2 * k)**2
    return s, 4 * pi**2 * k**2 * s


def gelu_second(k):
    """F[sigma''](k) for GELU: (2 - x^2) phi(x) transformed term by term.

    F[phi] = g = exp(-2 pi^2 k^2); F[x^2 phi] = -(1/4 pi^2) g'', with
    g'' = (16 pi^4 k^2 - 4 pi^2) g, so F[x^2 phi] = g (1 - 4 pi^2 k^2) and
    F[sigma''] = 2 g - g (1 - 4 pi^2 k^2) = g (1 + 4 pi^2 k^2).
    """
    return exp(-2 * pi**2 * k**2) * (1 + 4 * pi**2 * k**2)


def gelu_squares(k):
    second = gelu_second(k)
    first = second / (2 * pi * k)          # |F[sigma']|
    return (first / (2 * pi * k))**2, first**2


def radial(squares, xi, which):
    def log_f(r):
        return log(density(r) * squares(xi / r)[which] / r)
    peak = findroot(lambda r: diff(log_f, r), peak_hint(xi, squares))
    width = 1 / sqrt(-diff(log_f, peak, 2))
    shift = -log_f(peak)

    def scaled(r):
        return density(r) * squares(xi / r)[which] / r * exp(shift)
    ts_cuts = [peak + j * width for j in (-16, -8, -4, -2, -1, 0, 1, 2, 4, 8, 16)]
    ts_cuts = [max(c, mpf(0)) for c in ts_cuts] + [inf]
    ts = quad(scaled, sorted(set([mpf(0)] + ts_cuts)), maxdegree=10)
    lo, hi = max(peak - 60 * width, mpf(0)), peak + 60 * width
    n = int((hi - lo) / (mpf('0.8') * width)) + 1
    gl_cuts = [lo + (hi - lo) * j / n for j in range(n + 1)]
    gl = quad(scaled, gl_cuts, method='gauss-legendre', maxdegree=10)
    prefactor = 1 / sqrt(2 * pi)
    return prefactor * ts * exp(-shift), prefactor * gl * exp(-shift)


def peak_hint(xi, squares):
    """Starting point for the peak: the maximum of log f on a coarse grid."""
    grid = [mpf(j) / 4 for j in range(1, 400)]
    return max(grid, key=lambda r: log(density(r) * squares(xi / r)[1] / r))


def report(name, squares, xi):
    g_sigma = radial(squares, xi, 0)
    g_dsigma = radial(squares, xi, 1)
    for rule in (0, 1):
        label = 'tanh-sinh' if rule == 0 else 'Gauss-Legendre'
        a = g_sigma[rule] + g_dsigma[rule]
        b = g_dsigma[rule] / (4 * pi**2)
        print(f'{name} A, {label:15} ->', nstr(a, 55))
        print(f'{name} B, {label:15} ->', nstr(b, 55))
    a_ts, a_gl = g_sigma[0] + g_dsigma[0], g_sigma[1] + g_dsigma[1]
    print(f'{name} A relative difference ->', nstr(abs(a_ts / a_gl - 1), 3))


def check_gelu_transform():
    k = mpf('0.3')
    phi = lambda x: exp(-x**2 / 2) / sqrt(2 * pi)
    numeric = quad(lambda x: (2 - x**2) * phi(x) * cos(2 * pi * k * x),
                   [-inf, -5, 0, 5, inf])
    print('GELU F[sigma\'\'](0.3) quadrature vs formula ->',
          nstr(abs(numeric / gelu_second(k) - 1), 3))


def relu_squares(k):
    return 1 / (16 * pi**4 * k**4), 1 / (4 * pi**2 * k**2)


def report_plain(name, squares, xi):
    """A and B by plain quad on (0, inf), for integrands without a narrow peak."""
    prefactor = 1 / sqrt(2 * pi)
    def g(which, method):
        f = lambda r: density(r) * squares(xi / r)[which] / r
        return prefactor * quad(f, [0, 1, 2, 4, 8, 16, 32], method=method)
    for method in ('tanh-sinh', 'gauss-legendre'):
        a = g(0, method) + g(1, method)
        b = g(1, method) / (4 * pi**2)
        print(f'{name} A, {method:15} ->', nstr(a, 45))
        print(f'{name} B, {method:15} ->', nstr(b, 45))


check_gelu_transform()
report('tanh xi=1000', tanh_squares, mpf(1000))
report('gelu xi=100', gelu_squares, mpf(100))
report('tanh xi=0.5', tanh_squares, mpf('0.5'))
report('gelu xi=2', gelu_squares, mpf(2))
report_plain('relu xi=0.5', relu_squares, mpf('0.5'))
half = mpf('0.5')
print('F[tanh](0.5) imaginary part ->', nstr(-pi * csch(pi**2 * half), 50))
print("F[tanh'](0.5) real part     ->", nstr(2 * pi**2 * half * csch(pi**2 * half), 50))
