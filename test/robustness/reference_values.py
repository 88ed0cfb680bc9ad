"""Reference values for the tests in test/robustness/.

Every argument is given exactly (a decimal integer or an expression in
pi), and the activation is evaluated by its definition at 80 digits,
printed to 60 significant digits. The transform of Mish at xi = 1 is
the quadrature of (mish - ReLU)(x) e^{-2 pi i x} over [-80, 80], where
the difference has decayed below e^{-80}, plus the regular part
-1/(4 pi^2) of the ReLU transform, at 30 digits. Tested with mpmath 1.3.0.

Usage: python3 test/robustness/reference_values.py
"""
from mpmath import (mp, mpf, erf, erfc, exp, log, sqrt, csch, gamma, pi, nstr,
                    quad, tanh, cos, sin, linspace)

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


def mish_transform_at_one():
    mp.dps = 30

    def difference(x):
        mish = x * tanh(log(1 + exp(x)))
        return mish - (x if x > 0 else 0)

    nodes = linspace(-80, 80, 321)
    re = quad(lambda x: difference(x) * cos(2 * pi * x), nodes)
    im = -quad(lambda x: difference(x) * sin(2 * pi * x), nodes)
    return re - 1 / (4 * pi**2), im


re, im = mish_transform_at_one()
print(f'F[mish](1) = {nstr(re, 17)} + {nstr(im, 17)} i')
