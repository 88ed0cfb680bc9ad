"""Reference values of Dawson's integral D(y) = exp(-y^2) * int_0^y exp(t^2) dt
for test/lfp/dawson.test.ts, from mpmath's erfi (D = sqrt(pi)/2 exp(-y^2) erfi(y)).

Run: python3 test/lfp/reference/dawson_values.py
"""
import mpmath as mp

mp.mp.dps = 40
print(f'mpmath {mp.__version__}')
for y in ['0.1', '1', '2.5', '6.4', '6.6', '20', '300']:
    v = mp.sqrt(mp.pi) / 2 * mp.exp(-mp.mpf(y) ** 2) * mp.erfi(mp.mpf(y))
    print(f"  [{y}, {mp.nstr(v, 17)}],")
