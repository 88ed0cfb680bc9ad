"""Reference values for test/precise/quadrature.test.ts.

Tool: mpmath 1.3.0 at mp.dps = 70. The narrow peak
    G = int_0^inf pi^2 csch(pi^2 xi / r)^2 / r * exp(-r^2/2) dr,  xi = 1000,
has its maximum near r = 27 with width about 0.6 and a value near 3e-476.
mpmath's quad uses an absolute error target, so the integrand is scaled
by exp(1095) before integrating and the result scaled back. Without the
scaling, at mp.dps = 60, mpmath stops after its second level with an
error estimate of about 2e-478, far below its absolute target, and its
digits are wrong from the 6th. The value is confirmed by a second rule on a different
partition (tanh-sinh on 11 pieces, Gauss-Legendre on 144 pieces of
width 0.25). Run:
    python3 test/reference/precise_quadrature.py
"""
from mpmath import mp, mpf, csch, exp, pi, quad, nstr, linspace

mp.dps = 70
XI = mpf(1000)
SCALE = mpf(1095)


def scaled_peak(r):
    return pi**2 * csch(pi**2 * XI / r)**2 / r * exp(-r**2 / 2 + SCALE)


def main():
    ts = quad(scaled_peak, [0, 10, 20, 24, 26, 27, 28, 30, 34, 40, 60, mp.inf],
              maxdegree=10) * exp(-SCALE)
    gl = quad(scaled_peak, linspace(12, 48, 145), method='gauss-legendre',
              maxdegree=10) * exp(-SCALE)
    print('peak, tanh-sinh       ->', nstr(ts, 65))
    print('peak, Gauss-Legendre  ->', nstr(gl, 65))
    print('relative difference   ->', nstr(abs(ts / gl - 1), 3))
    print('e - 1                 ->', nstr(mp.e - 1, 60))
    print('sin 1                 ->', nstr(mp.sin(1), 60))


main()
