"""Reference values for test/precise/elementary.test.ts, special.test.ts
and field.test.ts.

Tool: mpmath 1.3.0 at mp.dps = 80, printed with nstr(value, 60). Each
line is "name args -> value"; the tests quote these values. Run:
    python3 test/reference/precise_functions.py
"""
from mpmath import mp, mpf, mpc, nstr

mp.dps = 80

REAL = [
    ('exp', mp.exp, ['1', '-1e-30', '0.5', '100', '-1000', '12345.678', '1e-200']),
    ('expm1', mp.expm1, ['1e-30', '-0.25', '3', '-50']),
    ('log', mp.log, ['2', '1e-100000', '1.0000000001', '1e300', '0.9999']),
    ('log1p', mp.log1p, ['1e-40', '-0.5', '1e-10']),
    ('sqrt', mp.sqrt, ['2', '1e-100001', '12345678901234567890']),
    ('sin', mp.sin, ['1', '1e22', '355', '1e-30', '-1000.5']),
    ('cos', mp.cos, ['1', '1e22', '355', '1e-30', '-1000.5']),
    ('atan', mp.atan, ['0.5', '100', '-3', '1e-30', '1']),
    ('sinh', mp.sinh, ['-0.001', '1', '30', '1e-30']),
    ('cosh', mp.cosh, ['-0.001', '1', '30']),
    ('tanh', mp.tanh, ['-0.001', '1', '30', '1e-30']),
    ('sech', mp.sech, ['-0.001', '1', '30', '800']),
    ('csch', mp.csch, ['-0.001', '1', '30', '800']),
    ('coth', mp.coth, ['-0.001', '1', '30']),
    ('erf', mp.erf, ['1e-30', '0.1', '1', '3', '6', '-2']),
    ('erfc', mp.erfc, ['1e-30', '0.1', '1', '3', '6', '10', '30', '-2']),
    ('gamma', mp.gamma, ['0.3', '10.7', '-3.3', '100.5', '1e-20', '1234.567']),
]

BESSEL = [('0', '1'), ('0.3', '1'), ('2.5', '3'), ('0', '1e-10'), ('10', '0.1'),
          ('0.7', '1000'), ('1', '20'), ('7.5', '0.01'), ('-0.3', '1')]

POW = [('2', '0.5'), ('10', '-471.5'), ('0.3', '1000.25'), ('-2', '-3')]

ATAN2 = [('1', '-1'), ('-1e-30', '-1'), ('-2', '0.5')]

COMPLEX = [
    ('exp', mp.exp, [('0.5', '2')]),
    ('log', mp.log, [('-1', '0'), ('0.5', '-2')]),
    ('sin', mp.sin, [('0.5', '2')]),
    ('cos', mp.cos, [('0.5', '2')]),
    ('sinh', mp.sinh, [('0.5', '2')]),
    ('cosh', mp.cosh, [('0.5', '2')]),
    ('tanh', mp.tanh, [('0.5', '2'), ('0', '1.5')]),
    ('sech', mp.sech, [('0.5', '2')]),
    ('csch', mp.csch, [('0.5', '2')]),
    ('coth', mp.coth, [('0.5', '2')]),
    ('abs', abs, [('3', '-4'), ('1e-300', '1')]),
]


def show(value):
    if isinstance(value, mpc):
        return f'{nstr(value.real, 60)} {nstr(value.imag, 60)}'
    return nstr(value, 60)


def main():
    for name, fn, args in REAL:
        for a in args:
            print(name, a, '->', show(fn(mpf(a))))
    print('csch 500*pi/2 ->', show(mp.csch(500 * mp.pi / 2)))
    print('gamma -0.5 (= -2 sqrt(pi)) ->', show(-2 * mp.sqrt(mp.pi)))
    for nu, x in BESSEL:
        print('besselk', nu, x, '->', show(mp.besselk(mpf(nu), mpf(x))))
    for x, y in POW:
        print('pow', x, y, '->', show(mp.power(mpf(x), mpf(y))))
    for y, x in ATAN2:
        print('atan2', y, x, '->', show(mp.atan2(mpf(y), mpf(x))))
    for name, fn, args in COMPLEX:
        for re, im in args:
            print(name, re, im, '->', show(fn(mpc(mpf(re), mpf(im)))))
    print('pow (-8) (1/3) ->', show(mp.power(mpc(-8, 0), mpf(1) / 3)))
    for k in range(1, 9):
        print('bernoulli', 2 * k, '->', '%d/%d' % mp.bernfrac(2 * k))
    print('pow (1+2i) (0.5-1.5i) ->', show(mp.power(mpc(1, 2), mpc(0.5, -1.5))))


main()
