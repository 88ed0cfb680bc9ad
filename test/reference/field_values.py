"""Reference values for test/numeric/complex-field.test.ts: functions of
the extended-range field whose values leave the double range. Arguments
are doubles (mpf(x) converts them exactly); values are printed with 20
digits. Tested with mpmath 1.3.0 at 50 digits.
"""
from mpmath import (mp, mpf, mpc, sech, csch, erfc, gamma, besselk, sin, cos,
                    cosh, sinh, exp, erf, nstr)

mp.dps = 50
for label, value in [
        ('sech(mpf(800))', sech(mpf(800))),
        ('csch(mpf(-1000))', csch(mpf(-1000))),
        ('sech(mpc(750, 0.5))', sech(mpc(750, 0.5))),
        ('erfc(mpf(30))', erfc(mpf(30))),
        ('erfc(mpf(1000))', erfc(mpf(1000))),
        ('gamma(mpf(500))', gamma(mpf(500))),
        ('gamma(mpf(-200.5))', gamma(mpf(-200.5))),
        ('besselk(0, mpf(1e6))', besselk(0, mpf(10)**6)),
        ('besselk(mpf(2.5), mpf(1e-200))', besselk(mpf(2.5), mpf(1e-200))),
        ('sin(mpc(1, 800))', sin(mpc(1, 800))),
        ('cos(mpc(1, -800))', cos(mpc(1, -800))),
        ('cosh(mpc(-750, 0.3))', cosh(mpc(-750, 0.3))),
        ('sinh(mpf(720))', sinh(mpf(720))),
        ('exp(mpf(-9869.6))', exp(mpf(-9869.6))),
        ('erf(mpf(10)**-400)', erf(mpf(10)**-400)),
]:
    print(f'{label} = {nstr(value, 20)}')

print('sample values at the arguments of SAMPLE_ARGS, rounded to doubles:')
from mpmath import tanh, coth, gamma as gamma_fn, log
for label, value in [
        ('exp(mpf(0.3))', exp(mpf(0.3))),
        ('tanh(mpf(0.4))', tanh(mpf(0.4))),
        ('sinh(mpf(0.4))', sinh(mpf(0.4))),
        ('cosh(mpf(0.4))', cosh(mpf(0.4))),
        ('sech(mpf(0.4))', sech(mpf(0.4))),
        ('csch(mpf(0.4))', csch(mpf(0.4))),
        ('coth(mpf(0.4))', coth(mpf(0.4))),
        ('erf(mpf(0.4))', erf(mpf(0.4))),
        ('erfc(mpf(0.4))', erfc(mpf(0.4))),
        ('sin(mpf(0.4))', sin(mpf(0.4))),
        ('cos(mpf(0.4))', cos(mpf(0.4))),
        ('gamma(mpf(4.5))', gamma_fn(mpf(4.5))),
        ('besselk(1, 2)', besselk(1, 2)),
]:
    print(f'{label} = {float(value)!r}')
