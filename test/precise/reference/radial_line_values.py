"""Reference values for test/precise/radial-line.test.ts.

Tool: mpmath 1.3.0 at mp.dps = 80. Each LFP coefficient is the radial
average, in d = 1 with sigma_w = sigma_a = 1,

    A(xi) = c_1 int_0^inf rho(r) (|F[s](xi/r)|^2 + |F[s'](xi/r)|^2) / r dr,
    B(xi) = c_1 int_0^inf rho(r) |F[s'](xi/r)|^2 / r dr / (4 pi^2),

with c_1 = 1/sqrt(2 pi) and rho(r) = sqrt(2/pi) exp(-r^2/2). The
regular parts of the transforms are written out by hand:

- tanh: F[tanh](k) = -i pi csch(pi^2 k), and F[s'] = 2 pi i k F[s];
- sigmoid = (1 + tanh(x/2))/2: F[s](k) = -i pi csch(2 pi^2 k);
- ELU (alpha = 1): s' = 1 for x > 0 and e^x for x < 0, so
  F[s'](k) = 1/(1 - 2 pi i k) + 1/(2 pi i k) = 1/((1 - 2 pi i k) 2 pi i k)
  and F[s] = F[s'] / (2 pi i k).

Far in the tail the integrand is about 1e-472 at its peak, and mpmath's
quad stops on an absolute error target. So the integrand is multiplied
by exp(S), with S minus the log of its peak value, and the result is
divided by it. Each value comes from two rules on different partitions,
which must agree to 70 digits. They are tanh-sinh with breakpoints at
the peak and at the peak +- 2^j widths, and Gauss-Legendre on pieces
0.7 widths long out to 60 widths beyond the peak.

The last two values are test integrands of the fallback:
int_0^inf exp(-r^2/2 - 1/r) (1 + 1/(1 + 400 (r - 1)^2)) dr, whose
poles at r = 1 +- i/20 make the strip of analyticity in ln r narrow,
and int_0^inf exp(-r^2/2) dr = sqrt(pi/2).

Run:
    python3 test/precise/reference/radial_line_values.py
"""
from mpmath import (mp, mpf, csch, exp, pi, quad, nstr, sqrt, log, diff,
                    findroot, inf)

mp.dps = 80
AGREE = mpf(10) ** -70


def tanh_squares(k):
    s = pi**2 * csch(pi**2 * k)**2
    return s, 4 * pi**2 * k**2 * s


def sigmoid_squares(k):
    s = pi**2 * csch(2 * pi**2 * k)**2
    return s, 4 * pi**2 * k**2 * s


def elu_squares(k):
    derivative = 1 / ((1 + 4 * pi**2 * k**2) * 4 * pi**2 * k**2)
    return derivative / (4 * pi**2 * k**2), derivative


def coefficient_integrand(squares, name, xi):
    def f(r):
        s, ds = squares(xi / r)
        weight = s + ds if name == 'A' else ds / (4 * pi**2)
        density = sqrt(2 / pi) * exp(-r**2 / 2)
        return density * weight / r / sqrt(2 * pi)
    return f


def peak_of(f, hint):
    def log_f(r):
        return log(f(r))
    peak = findroot(lambda r: diff(log_f, r), hint)
    width = 1 / sqrt(-diff(log_f, peak, 2))
    return peak, width, -log_f(peak)


def two_rules(f, hint):
    peak, width, shift = peak_of(f, hint)

    def scaled(r):
        return f(r) * exp(shift)
    ts_cuts = {mpf(0)}
    for j in range(-1, 8):
        ts_cuts |= {peak - width * 2**j, peak + width * 2**j}
    ts_cuts = sorted(c for c in ts_cuts if c >= 0) + [inf]
    ts = quad(scaled, ts_cuts)
    hi = peak + 60 * width
    n = int(hi / (mpf('0.7') * width)) + 1
    gl_cuts = [hi * j / n for j in range(n + 1)] + [hi + 40, inf]
    gl = quad(scaled, gl_cuts, method='gauss-legendre')
    if abs(ts - gl) > AGREE * abs(ts):
        raise RuntimeError(f'the two rules disagree: {ts} vs {gl}')
    return ts * exp(-shift)


CASES = [
    ('tanh', tanh_squares, 'A', '1', 2.5),
    ('tanh', tanh_squares, 'B', '1', 2.5),
    ('tanh', tanh_squares, 'A', '1000', 27),
    ('tanh', tanh_squares, 'B', '1000', 27),
    ('sigmoid', sigmoid_squares, 'A', '2', 4),
    ('elu', elu_squares, 'A', '2', 2),
]


def main():
    for activation, squares, name, xi, hint in CASES:
        f = coefficient_integrand(squares, name, mpf(xi))
        value = two_rules(f, hint)
        print(activation, name, xi, nstr(value, 60))

    def bump(r):
        return exp(-r**2 / 2 - 1 / r) * (1 + 1 / (1 + 400 * (r - 1)**2))
    print('bump', nstr(two_rules(bump, 1), 60))
    print('gaussian', nstr(two_rules(lambda r: exp(-r**2 / 2), 1), 60),
          nstr(sqrt(pi / 2), 60))


main()
