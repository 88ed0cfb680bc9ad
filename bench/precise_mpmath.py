"""Times the mpmath side of bench/precise.bench.js.

Reads one JSON request from stdin: {"digits": 50, "seconds": 0.3,
"cases": [{"name": ..., "expr": ...}, ...]}, where each expr is a Python
expression in mpmath names evaluated at mp.dps = digits. Prints one JSON
object mapping each name to microseconds per call and to the value as a
string, so the caller can check that both sides computed the same thing.
"""
import json
import sys
import time

import mpmath
from mpmath import mp


def time_expression(code, seconds):
    namespace = {name: getattr(mpmath, name) for name in dir(mpmath)}
    compiled = compile(code, '<bench>', 'eval')
    value = eval(compiled, namespace)
    calls = 1
    while True:
        start = time.perf_counter()
        for _ in range(calls):
            eval(compiled, namespace)
        elapsed = time.perf_counter() - start
        if elapsed >= seconds:
            return elapsed / calls * 1e6, value
        calls *= 2


def main():
    request = json.load(sys.stdin)
    mp.dps = request['digits']
    results = {'mpmath': mpmath.__version__}
    for case in request['cases']:
        micros, value = time_expression(case['expr'], request['seconds'])
        results[case['name']] = {'micros': micros, 'value': mpmath.nstr(value, 20)}
    print(json.dumps(results))


main()
