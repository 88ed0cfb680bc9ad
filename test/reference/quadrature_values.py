"""Reference values for test/numeric/quadrature.test.ts that are not
closed forms: log-integrals far below the double range. Each quadrature
value is computed twice, with tanh-sinh and with Gauss-Legendre on
different partitions, and the two must agree. mpmath 1.3.0, 40 digits.
"""
from mpmath import mp, mpf, quad, quadgl, exp, log, besselk, nstr, inf

mp.dps = 40

# log K_0(1e5) from mpmath's Bessel function (not quadrature)
print('log(besselk(0, 1e5)) =', nstr(log(besselk(0, mpf(10)**5)), 20))

# log ∫_0^∞ exp(-1e6/r - r²/2) dr; the exponent peaks at r* = 100 where
# it is -15000. Scaled by exp(15000) to keep mpmath's quadrature easy.
def scaled(r):
    return exp(-mpf(10)**6 / r - r * r / 2 + 15000)

a = quad(scaled, [0, 50, 90, 100, 110, 150, inf])
b = quadgl(scaled, [0, 60, 95, 100, 105, 130, 200, inf])
assert abs(a / b - 1) < mpf(10)**-25, (a, b)
print('log int exp(-1e6/r - r^2/2) dr =', nstr(log(a) - 15000, 20),
      ' (two routes agree to', nstr(abs(a / b - 1), 3), ')')
