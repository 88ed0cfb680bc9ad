"""Reference values for test/numeric/complex.test.ts and xcomplex.test.ts.

Arguments are doubles, which mpc(re, im) converts exactly. Results are
computed at 50 digits and rounded to doubles. Values outside the double
range are printed as decimal strings. Tested with mpmath 1.3.0.
"""
from mpmath import mp, mpf, mpc, exp, log, sqrt, sin, cos, sinh, cosh, tanh, nstr
from mpmath import sech, csch, coth, power

mp.dps = 50


def show(name, expr, fn, points):
    print(f'// {name}: {expr}')
    for p in points:
        z = fn(*[mpc(*t) for t in p])
        args = ', '.join(f'[{t[0]!r}, {t[1]!r}]' for t in p)
        print(f'  [{args}, [{float(z.real)!r}, {float(z.imag)!r}]],')


POINTS = [[(0.5, 0.25)], [(-1.5, 2.0)], [(3.0, -0.7)], [(-0.2, -4.0)]]
show('exp', 'exp(z)', exp, POINTS + [[(-700.0, 1.0)]])
show('log', 'log(z)', log, POINTS + [[(-2.0, 0.0)], [(1e300, 1e300)],
                                      [(1.0000001, 1e-9)]])
show('sqrt', 'sqrt(z)', sqrt, POINTS + [[(-4.0, 0.0)], [(-1e-3, -1e-20)],
                                        [(1e308, 1e308)]])
show('pow', 'power(a, b)', power, [[(2.0, 1.0), (0.5, -0.3)],
                                   [(-8.0, 0.0), (1 / 3, 0.0)],
                                   [(0.1, 0.2), (3.0, 0.0)]])
for name, fn in [('sin', sin), ('cos', cos), ('sinh', sinh), ('cosh', cosh),
                 ('tanh', tanh), ('sech', sech), ('csch', csch), ('coth', coth)]:
    extra = [[(30.0, 1.2)], [(-0.001, 0.002)]]
    show(name, f'{name}(z)', fn, POINTS + extra)
show('sech far', 'sech(z)', sech, [[(700.0, 0.5)], [(-705.0, 3.0)]])
show('tanh far', 'tanh(z)', tanh, [[(400.0, 0.5)], [(-25.0, 1.0)]])

print('// extended range, printed with 20 digits')
for label, value in [
        ('exp(-9869.6)', exp(mpf(-9869.6))),
        ('exp(mpc(-2000.5, 3.0))', exp(mpc(-2000.5, 3.0))),
        ('exp(mpf(-1e6))', exp(mpf(-1e6))),
        ('exp(mpf(12345.678))', exp(mpf(12345.678))),
        ('mpf(10)**-400 * mpf(3)**-200', mpf(10)**-400 * mpf(3)**-200),
        ('power(mpf(2)**-3000, 1/mpf(3)) with 1/3 as a double',
         power(mpf(2)**-3000, mpf(1 / 3))),
        ('power(mpc(1e-200, 1e-200), mpf(2.5))', power(mpc(1e-200, 1e-200), mpf(2.5))),
        ('log(mpf(10)**-472 * 5.7)', log(mpf(10)**-472 * mpf(5.7))),
]:
    print(f'  {label} = {nstr(value, 20)}')
