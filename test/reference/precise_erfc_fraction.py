"""Convergence of Laplace's continued fraction for erfc, which sizes the
step estimate in src/precise/erf.ts (fractionStepCount).

Tool: mpmath 1.3.0 at mp.prec = 400. For each x, prints the bits of
relative accuracy, -log2 |CF_n / erfc(x) - 1|, after n steps of
    erfc x = e^(-x^2)/sqrt(pi) / (x + (1/2)/(x + 1/(x + (3/2)/(x + ...)))).
The measured bits grow like c x sqrt(n) with c from about 2.3 to 3.9 for
x from 2 to 10, and faster for larger x. Run:
    python3 test/reference/precise_erfc_fraction.py
"""
from mpmath import mp, mpf, erfc, exp, sqrt, pi, log

mp.prec = 400


def fraction(x, n):
    tail = mpf(0)
    for k in range(n, 0, -1):
        tail = (mpf(k) / 2) / (x + tail)
    return exp(-x * x) / sqrt(pi) / (x + tail)


def main():
    for x in [2, 3, 5, 10, 30]:
        reference = erfc(mpf(x))
        for n in [5, 10, 20, 40, 80, 160, 320, 640]:
            error = abs(fraction(mpf(x), n) / reference - 1)
            bits = float(-log(error, 2)) if error > 0 else float('inf')
            print(f'x = {x:>2}  n = {n:>3}  bits = {bits:7.1f}  '
                  f'bits / (x sqrt n) = {bits / (x * n ** 0.5):.2f}')


main()
