"""Reference values of K_nu(x) for test/precise/bessel-k-large.test.ts.

Two independent routes, each in mpmath 1.3.0:
  1. besselk(nu, x) at mp.dps = 130;
  2. e^(-x) * quad of e^(-x (cosh t - 1)) cosh(nu t) over t in [0, inf)
     (DLMF 10.32.9) at mp.dps = 120, with breakpoints at 2^j / sqrt(x),
     the width of the peak at t = 0, up to a cut-off T where the scaled
     integrand is below 10^-140. The integrand is at most
     e^-(x (cosh t - 1) - nu t), whose exponent is convex, so the tail
     left out is below 10^-140 / (x sinh T - nu) with x sinh T - nu >= 1,
     far below the printed digits. (An
     infinite last interval would make quad evaluate cosh at huge t,
     which takes mpmath minutes.)
The script stops unless both routes agree to 110 significant digits,
then prints each value with 105 significant digits in exponent form. Run:
    python3 test/reference/bessel_k_large.py
"""
from mpmath import mp, mpf, nstr

ORDERS = ['0', '1', '0.3', '2.3', '7.25']
ARGUMENTS = ['30', '66.3', '66.7', '100', '123.6', '124', '888.6', '1e4']
AGREEMENT_DIGITS = 110
PRINTED_DIGITS = 105


def by_besselk(nu, x):
    with mp.workdps(130):
        return mp.besselk(mpf(nu), mpf(x))


def cut_off(nu, x):
    """Returns T with x (cosh T - 1) - nu T above 140 ln 10."""
    target = 140 * mp.log(10)
    t = mpf(1) / mp.sqrt(x)
    while x * (mp.cosh(t) - 1) - nu * t < target or x * mp.sinh(t) < nu + 1:
        t *= 2
    return t


def by_quadrature(nu, x):
    with mp.workdps(120):
        nu, x = mpf(nu), mpf(x)
        width = 1 / mp.sqrt(x)
        end = cut_off(nu, x)
        points = [mpf(0)]
        step = width / 4
        while step < end:
            points.append(step)
            step *= 2
        points.append(end)

        def scaled(t):
            return mp.exp(-x * (mp.cosh(t) - 1)) * mp.cosh(nu * t)

        integral, error = mp.quad(scaled, points, error=True, maxdegree=10)
        if error > mpf(10) ** -115 * integral:
            raise SystemExit(
                f'quad error estimate {error} exceeds 1e-115 relative at '
                f'nu={nu}, x={x}; raise maxdegree or add breakpoints')
        return mp.exp(-x) * integral


def main():
    mp.dps = 130
    for nu in ORDERS:
        for x in ARGUMENTS:
            first = by_besselk(nu, x)
            second = by_quadrature(nu, x)
            gap = abs(first - second) / first
            if gap > mpf(10) ** -AGREEMENT_DIGITS:
                raise SystemExit(
                    f'besselk and quad differ by {gap} relative at nu={nu}, '
                    f'x={x}; expected below 1e-{AGREEMENT_DIGITS}')
            text = nstr(first, PRINTED_DIGITS, min_fixed=0, max_fixed=0)
            print(f"['{nu}', '{x}', '{text}'],", flush=True)


main()
