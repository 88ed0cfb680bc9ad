"""Regenerate the constants of src/numeric/exact.ts and the zeta values
of src/numeric/gamma.ts (mpmath 1.3.0, 50 digits)."""
from mpmath import mp, mpf, log, sqrt, pi, euler, zeta, floor

mp.dps = 50
ln2 = log(2)
hi = floor(ln2 * 2**32 + mpf(1) / 2) / 2**32
print('LN2_HI =', repr(float(hi)), ' exact:', float(hi) == hi)
print('LN2_LO =', repr(float(ln2 - hi)))
print('LOG10_2 =', repr(float(log(2, 10))))
l10 = log(2, 10)
hi10 = floor(l10 * 2**33 + mpf(1) / 2) / 2**33
print('LOG10_2_HI =', repr(float(hi10)), ' exact:', float(hi10) == hi10)
print('LOG10_2_LO =', repr(float(l10 - hi10)))
print('TWO_OVER_SQRT_PI =', repr(float(2 / sqrt(pi))))
print('ONE_OVER_SQRT_PI =', repr(float(1 / sqrt(pi))))
print('HALF_LOG_TWO_PI =', repr(float(log(2 * pi) / 2)))
print('EULER_GAMMA =', repr(float(euler)))
print('LOG_PI =', repr(float(log(pi))))
print('ZETA (k = 2..40):')
print(', '.join(repr(float(zeta(k))) for k in range(2, 41)))
