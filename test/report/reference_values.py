"""Regenerate the reference values of radial-check.test.ts (mpmath 1.3.0).

log10 of sigma_b*A and sigma_b*B for tanh with Gaussian weights
(sigma_w = 1, sigma_a = 1) in d = 1 and d = 3, from the definition

    G_g(xi) = c_d xi^(1-d) E_r[ |F[g](xi/r)|^2 / r ],
    A = G_sigma + sigma_a^2 G_sigma',  B = sigma_a^2 G_sigma' / (4 pi^2),

with F[tanh](k) = -i pi csch(pi^2 k) and F[tanh'](k) = 2 pi^2 k csch(pi^2 k),
integrated over r by mpmath's tanh-sinh rule at 40 digits, split into 120
pieces around the peak of the integrand (Laplace's r* = (2 pi^2 xi)^(1/3)
for sigma_w = 1). With only a few pieces mpmath's error estimate is far too
optimistic in the tail (a relative error of 1e-5 at xi = 50), so the script
also integrates with 240 pieces and prints the largest difference.
"""
from mpmath import mp, mpf, pi, csch, gamma, sqrt, exp, quad, log10, linspace

mp.dps = 40


def chi_density(r, d):
    return 2 ** (1 - mpf(d) / 2) / gamma(mpf(d) / 2) * r ** (d - 1) * exp(-r * r / 2)


def coefficients(xi, d, pieces=120):
    xi = mpf(xi)
    cd = gamma(mpf(d) / 2) / (sqrt(2) * pi ** (mpf(d + 1) / 2))
    lead = cd * xi ** (1 - d)

    def sq_sigma(k):
        return pi ** 2 * csch(pi ** 2 * k) ** 2

    def sq_dsigma(k):
        return 4 * pi ** 4 * k ** 2 * csch(pi ** 2 * k) ** 2

    peak = (2 * pi ** 2 * xi) ** (mpf(1) / 3)
    points = [0] + list(linspace(peak / 4, 4 * peak, pieces)) + [mp.inf]
    ga = quad(lambda r: chi_density(r, d) * sq_sigma(xi / r) / r, points)
    gd = quad(lambda r: chi_density(r, d) * sq_dsigma(xi / r) / r, points)
    a = lead * (ga + gd)
    b = lead * gd / (4 * pi ** 2)
    return log10(a), log10(b)


def sphere_coefficients(xi, d, r0):
    """The same with |w| = r0 fixed: no average over r."""
    xi, r0 = mpf(xi), mpf(r0)
    cd = gamma(mpf(d) / 2) / (sqrt(2) * pi ** (mpf(d + 1) / 2))
    k = xi / r0
    s = csch(pi ** 2 * k) ** 2
    g_sigma = cd * xi ** (1 - d) * pi ** 2 * s / r0
    g_dsigma = cd * xi ** (1 - d) * 4 * pi ** 4 * k ** 2 * s / r0
    return log10(g_sigma + g_dsigma), log10(g_dsigma / (4 * pi ** 2))


print('Gaussian weights:')
spread = 0
for d in (1, 3):
    for xi in ('0.5', '5', '50', '200'):
        la, lb = coefficients(xi, d)
        la2, lb2 = coefficients(xi, d, 240)
        spread = max(spread, abs(la - la2), abs(lb - lb2))
        print(f"  {{ dim: {d}, xi: {xi}, "
              f"log10A: {mp.nstr(la, 17)}, log10B: {mp.nstr(lb, 17)} }},")
print('largest change of log10 between 120 and 240 pieces:', mp.nstr(spread, 3))

print('sphere weights, d = 2, r0 = 1.5:')
for xi in ('0.05', '300'):
    la, lb = sphere_coefficients(xi, 2, '1.5')
    print(f"  {{ xi: {xi}, log10A: {mp.nstr(la, 17)}, log10B: {mp.nstr(lb, 17)} }},")
