"""Derive the 7-point Gauss and 15-point Kronrod nodes and weights on [-1, 1].

The Kronrod nodes are the roots of the Stieltjes polynomial E_8: the monic
polynomial of degree 8 with int_{-1}^{1} P_7(x) E_8(x) x^k dx = 0 for
k = 0..7. The weights make the 15-point rule exact for x^0..x^14; the script
then checks exactness up to degree 22 = 3n + 1.

Prints the positive half of each table as TypeScript literals for
src/numeric/gauss-kronrod.ts. Requires mpmath (tested with 1.3.0).
"""
from mpmath import mp, mpf, legendre, polyroots, matrix, lu_solve, quad, nstr

mp.dps = 50
N = 7


def integral_of_monomial(k):
    return mpf(0) if k % 2 else mpf(2) / (k + 1)


def product_integral(coeffs_e, k):
    # int P_7(x) * E(x) * x^k dx, with E given by its coefficients (low first)
    f = lambda x: legendre(N, x) * sum(c * x**j for j, c in enumerate(coeffs_e)) * x**k
    return quad(f, [-1, 0, 1])


def stieltjes_coefficients():
    # E_8(x) = x^8 + sum_{j<8} c_j x^j; orthogonality gives 8 linear equations.
    rows, rhs = [], []
    for k in range(N + 1):
        rows.append([quad(lambda x: legendre(N, x) * x**(j + k), [-1, 0, 1])
                     for j in range(N + 1)])
        rhs.append(-quad(lambda x: legendre(N, x) * x**(N + 1 + k), [-1, 0, 1]))
    c = lu_solve(matrix(rows), matrix(rhs))
    return [c[j] for j in range(N + 1)] + [mpf(1)]


def interpolatory_weights(nodes):
    n = len(nodes)
    a = matrix([[x**k for x in nodes] for k in range(n)])
    b = matrix([integral_of_monomial(k) for k in range(n)])
    w = lu_solve(a, b)
    return [w[i] for i in range(n)]


gauss = sorted(mp.re(r) for r in polyroots(
    [mp.mpf(c) for c in reversed(mp.taylor(lambda x: legendre(N, x), 0, N))],
    maxsteps=200, extraprec=200))
stieltjes = stieltjes_coefficients()
extra = sorted(mp.re(r) for r in polyroots(list(reversed(stieltjes)),
                                           maxsteps=200, extraprec=200))
kronrod = sorted(gauss + extra)
wk = interpolatory_weights(kronrod)
wg = interpolatory_weights(gauss)

for k in range(23):
    err = abs(sum(w * x**k for w, x in zip(wk, kronrod)) - integral_of_monomial(k))
    assert err < mpf(10)**-40, (k, err)
for k in range(14):
    err = abs(sum(w * x**k for w, x in zip(wg, gauss)) - integral_of_monomial(k))
    assert err < mpf(10)**-40, (k, err)

half = [i for i, x in enumerate(kronrod) if x >= -mpf(10)**-40]
print('kronrod nodes and weights (x >= 0):')
for i in half:
    print(f'  [{nstr(abs(kronrod[i]), 20)}, {nstr(wk[i], 20)}],')
print('gauss weights (x >= 0):')
for i, x in enumerate(gauss):
    if x >= -mpf(10)**-40:
        print(f'  [{nstr(abs(x), 20)}, {nstr(wg[i], 20)}],')
