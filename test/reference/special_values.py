"""Reference values for test/numeric/{erf,gamma,bessel-k,hyperbolic}.test.ts.

Each argument is a double; mpf(x) converts it exactly, so mpmath evaluates
the function at the same point the TypeScript code sees. Values are
computed at 50 significant digits and printed rounded to the nearest
double (repr of float), or as a decimal string where they leave the double
range. Tested with mpmath 1.3.0.

Usage: python3 test/reference/special_values.py > /tmp/values.txt
"""
from mpmath import (mp, mpf, erf, erfc, exp, log, gamma, loggamma, besselk,
                    csch, sech, coth, nstr, fabs)

mp.dps = 50


def show(name, expr, fn, args):
    print(f'// {name}: {expr}')
    for a in args:
        v = fn(*[mpf(t) for t in a])
        text = repr(float(v)) if 1e-307 < fabs(v) < 1e308 or v == 0 else nstr(v, 20)
        print(f'  [{", ".join(repr(t) for t in a)}, {text}],')


def log_erfc(x):
    return log(erfc(x))


def erfcx(x):
    # mpmath's erfc overflows an internal float for x ~ 1e300; there the
    # asymptotic series 1/(sqrt(pi) x) (1 - 1/(2x^2) + 3/(4x^4))
    # is exact to far beyond double precision.
    if x > 1e100:
        return (1 - 1 / (2 * x * x) + 3 / (4 * x**4)) / (mp.sqrt(mp.pi) * x)
    return exp(x * x) * erfc(x)


show('erf', 'erf(mpf(x))', erf, [(x,) for x in [
    1e-300, 1e-10, 0.1, 0.3, 0.49, 0.5, 0.7, 1.0, 2.0, 3.5, 5.0, 6.0,
    -0.2, -1.5, -4.0]])
show('erfc', 'erfc(mpf(x))', erfc, [(x,) for x in [
    1e-10, 0.2, 0.49, 0.5, 1.0, 2.0, 5.0, 10.0, 20.0, 26.0, 27.0,
    -0.3, -1.0, -3.0, -10.0]])
show('erfcx', 'exp(mpf(x)**2) * erfc(mpf(x)); asymptotic series for x > 1e100', erfcx,
     [(x,) for x in [0.0, 0.2, 0.5, 1.0, 5.0, 30.0, 1e3, 1e8, 1e300,
                     -0.3, -1.0, -5.0, -26.0]])
show('logErfc', 'log(erfc(mpf(x)))', log_erfc, [(x,) for x in [
    -40.0, -1.0, 0.1, 3.0, 30.0, 100.0, 1e4, 1e10]])
show('gamma', 'gamma(mpf(x))', gamma, [(x,) for x in [
    1e-300, 1e-8, 0.1, 0.5, 0.999, 1.0001, 1.5, 2.7, 9.99, 10.0, 20.5,
    100.3, 171.5, -0.5, -1.5, -2.00001, -10.3, -100.5, -169.5, -175.5]])
show('lgamma', 're(loggamma(mpf(x))) = log|gamma(x)|',
     lambda x: log(fabs(gamma(x))), [(x,) for x in [
         1e-300, 0.5, 0.9, 1.1, 1.2, 1.9, 2.1, 1.5, 3.0, 1e3, 1e10, 1e300,
         -0.5, -2.5, -100.7, -100000.5]])
show('besselK', 'besselk(mpf(nu), mpf(x))', besselk, [
    (0.0, 1e-300), (0.0, 1e-10), (0.0, 0.5), (0.0, 1.0), (0.0, 30.0),
    (0.0, 700.0), (0.5, 2.0), (1.0, 1e-10), (1.0, 1.0), (1.5, 0.25),
    (2.0, 1e-100), (2.5, 10.0), (3.0, 3.0), (10.0, 0.1), (10.0, 10.0),
    (10.0, 100.0), (0.3, 50.0), (100.0, 1.0), (100.0, 100.0),
    (-1.5, 0.25), (1.0, 700.0)])
show('logBesselK', 'log(besselk(mpf(nu), mpf(x)))',
     lambda n, x: log(besselk(n, x)), [
         (0.0, 1e6), (1.0, 1e6), (2.5, 1e4), (2.0, 1e-300), (50.0, 1e-5),
         (0.5, 1e-300), (0.0, 1e-300), (3.0, 800.0), (10.0, 1e5)])
show('csch', 'csch(mpf(x))', csch, [(x,) for x in [
    1e-300, 1e-8, 0.5, 3.0, 30.0, 700.0, -2.0]])
show('sech', 'sech(mpf(x))', sech, [(x,) for x in [
    0.0, 1e-8, 0.5, 3.0, 30.0, 700.0, -2.0]])
show('coth', 'coth(mpf(x))', coth, [(x,) for x in [
    1e-300, 1e-8, 0.5, 3.0, 30.0, -2.0]])
show('logCsch', 'log(fabs(csch(mpf(x))))', lambda x: log(fabs(csch(x))),
     [(x,) for x in [1e-300, 1e-8, 0.5, 30.0, 1e4, -800.0]])
show('logSech', 'log(sech(mpf(x)))', lambda x: log(sech(x)),
     [(x,) for x in [0.0, 1e-8, 0.5, 30.0, 1e4, -800.0]])
show('log1pExp', 'log1p(exp(mpf(x)))', lambda x: mp.log1p(exp(x)),
     [(x,) for x in [1e10, 40.0, 1.0, 0.0, -1e-10, -40.0, -745.0]])
show('logistic', '1 / (1 + exp(-mpf(x)))', lambda x: 1 / (1 + exp(-x)),
     [(x,) for x in [-710.0, -40.0, -1e-10, 0.5, 40.0]])
