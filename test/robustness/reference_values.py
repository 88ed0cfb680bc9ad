"""Reference values for test/robustness/traps.test.ts.

Every argument is given exactly (a decimal integer or an expression in
pi), and the activation is evaluated by its definition at 80 digits,
printed to 60 significant digits. Tested with mpmath 1.3.0.

Usage: python3 test/robustness/reference_values.py
"""
from mpmath import mp, mpf, erf, erfc, exp, log, sqrt, csch, gamma, pi, nstr

mp.dps = 80


def softplus(x):
    return log(1 + exp(x))


def sigmoid(x):
    return 1 / (1 + exp(-x))


def gelu(x):
    return x * (1 + erf(x / sqrt(2))) / 2


def gelu_tanh(x):
    # The tanh approximation of GELU, for the value the tests must not match.
    inner = sqrt(2 / pi) * (x + mpf('0.044715') * x**3)
    return x * (1 + mp.tanh(inner)) / 2


VALUES = [
    ('softplus(1e10)', lambda: softplus(mpf(10)**10)),
    ('softplus(-40)', lambda: softplus(mpf(-40))),
    ('sigmoid(-710)', lambda: sigmoid(mpf(-710))),
    ('gelu(-6)', lambda: gelu(mpf(-6))),
    ('gelu_tanh(-6)', lambda: gelu_tanh(mpf(-6))),
    ('csch(500*pi/2)', lambda: csch(500 * pi / 2)),
    ('erfc(30)', lambda: erfc(mpf(30))),
    ('gamma(-1/2)', lambda: gamma(mpf(-1) / 2)),
]

for name, value in VALUES:
    print(f'{name} = {nstr(value(), 60)}')
