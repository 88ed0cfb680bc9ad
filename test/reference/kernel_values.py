"""Reference values of sigma_b*A and sigma_b*B for test/kernel/values.test.ts.

Each value is the average over r = |w| of |F[g](xi/r)|^2 / r, with the
transforms written out by hand from their standard pairs, computed by
mpmath (1.3.0) at 40 digits with two independent rules: tanh-sinh on one
partition and Gauss-Legendre on another, the partition placed around
the peak of the integrand (the Laplace point r*). Prints both; they must
agree to the digits recorded in the test.
"""
from mpmath import mp, mpf, quad, csch, pi, exp, sqrt, gamma, inf, mpc, fabs, erf

mp.dps = 40
I = mpc(0, 1)


def cd(d):
    return gamma(mpf(d) / 2) / (sqrt(2) * pi ** (mpf(d + 1) / 2))


def rho(r, d):
    return 2 ** (1 - mpf(d) / 2) / gamma(mpf(d) / 2) * r ** (d - 1) * exp(-r * r / 2)


TRANSFORMS = {
    # F[tanh](k) = -i pi csch(pi^2 k); F[tanh'] = 2 pi i k F[tanh]
    'tanh': lambda k: -I * pi * csch(pi ** 2 * k),
    # GELU: -exp(-2 pi^2 k^2)(1 + 1/(4 pi^2 k^2))
    'gelu': lambda k: -exp(-2 * pi ** 2 * k ** 2) * (1 + 1 / (4 * pi ** 2 * k ** 2)),
    # SiLU: -pi^2 coth(2 pi^2 k) csch(2 pi^2 k)
    'silu': lambda k: -pi ** 2 * csch(2 * pi ** 2 * k) * (1 / mp.tanh(2 * pi ** 2 * k)),
    # softplus: -csch(2 pi^2 k)/(2k)
    'softplus': lambda k: -csch(2 * pi ** 2 * k) / (2 * k),
}


PEAKS = {'tanh': (2 * pi ** 2, 1), 'gelu': (4 * pi ** 2, 2),
         'silu': (4 * pi ** 2, 1), 'softplus': (4 * pi ** 2, 1)}


def coefficient(name, xi, d, which):
    F = TRANSFORMS[name]

    def sq(k, derivative):
        v = F(k)
        if derivative:
            v = 2 * pi * I * k * v
        return fabs(v) ** 2

    def integrand(r):
        k = xi / r
        if which == 'A':
            return rho(r, d) * (sq(k, False) + sq(k, True)) / r
        return rho(r, d) * sq(k, True) / r / (4 * pi ** 2)

    # Laplace point r* = (gamma alpha xi^gamma)^(1/(gamma+2)) of
    # |F(k)|^2 ~ e^{-alpha k^gamma}, around which the nodes are placed.
    alpha, g = PEAKS[name]
    peak = max(mpf(1), (g * alpha * xi ** g) ** (mpf(1) / (g + 2)))
    steps = [mpf(s) / 4 for s in range(-16, 17)]
    a = [0, peak / 2] + [peak + s for s in steps[::2]] + [2 * peak, inf]
    b = [0, peak / 3] + [peak + s + mpf(1) / 8 for s in steps[1::2]] + [3 * peak, inf]
    a = sorted(set(x for x in a if x >= 0))
    b = sorted(set(x for x in b if x >= 0))
    pre = cd(d) * xi ** (1 - d)
    return pre * quad(integrand, a), pre * quad(integrand, b, method='gauss-legendre')


if __name__ == '__main__':
    for name, xi, d in [('tanh', 1, 1), ('tanh', 1000, 1), ('tanh', 2, 3),
                        ('gelu', 1, 1), ('gelu', 100, 1), ('gelu', 0.5, 2),
                        ('silu', 1, 1), ('softplus', 1, 2)]:
        for which in ('A', 'B'):
            t, g = coefficient(name, mpf(xi), d, which)
            print(name, xi, d, which, mp.nstr(t, 25), mp.nstr(g, 25))
