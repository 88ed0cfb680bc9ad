import { describe, expect, it } from 'vitest';
import { assertClose } from '../helpers/close.js';
import { besselK, logBesselK } from '../../src/numeric/special.js';
import { InputError } from '../../src/errors.js';

// Expected values: test/reference/special_values.py, mpmath 1.3.0 at
// 50 digits, arguments converted exactly with mpf, rounded to doubles.

// besselk(mpf(nu), mpf(x)), as [nu, x, K]
const K_VALUES: [number, number, number][] = [
  [0.0, 1e-300, 690.8914594138721],
  [0.0, 1e-10, 23.14178244559887],
  [0.0, 0.5, 0.9244190712276659],
  [0.0, 1.0, 0.42102443824070834],
  [0.0, 30.0, 2.1324774964630563e-14],
  [0.0, 700.0, 4.669776431685377e-306],
  [0.5, 2.0, 0.11993777196806145],
  [1.0, 1e-10, 10000000000.0],
  [1.0, 1.0, 0.6019072301972346],
  [1.5, 0.25, 9.760820315757739],
  [2.0, 1e-100, 2e200],
  [2.5, 10.0, 2.393132586462789e-5],
  [3.0, 3.0, 0.12217037575718356],
  [10.0, 0.1, 1.8574295846304e18],
  [10.0, 10.0, 0.00161425530039067],
  [10.0, 100.0, 7.6554279773881e-45],
  [0.3, 50.0, 3.413208199536853e-23],
  [-1.5, 0.25, 9.760820315757739],
  [1.0, 700.0, 4.6731107967079664e-306],
];

// besselk(mpf(nu), mpf(x)) at large order, where the rounding of
// x cosh t ≈ ν at the peak of the integrand (about ν·2^−53) limits the
// accuracy
const K_LARGE_ORDER: [number, number, number][] = [
  [100.0, 1.0, 5.900333183638616e185],
  [100.0, 100.0, 7.617129630494086e-25],
];

// log(besselk(mpf(nu), mpf(x))): K leaves the double range here
const LOG_K: [number, number, number][] = [
  [0.0, 1e6, -1000006.6819640513],
  [1.0, 1e6, -1000006.6819635513],
  [2.5, 1e4, -10004.379078848344],
  [2.0, 1e-300, 1382.2442029769873],
  [50.0, 1e-5, 754.1762290422931],
  [0.5, 1e-300, 345.6135553017516],
  [0.0, 1e-300, 6.537982733881035],
  [3.0, 800.0, -803.1110491811008],
  [10.0, 1e5, -100005.53017263234],
];

describe('besselK', () => {
  it.each(K_VALUES)('K_%s(%s) matches mpmath', (nu, x, want) => {
    assertClose(besselK(nu, x), want, { rel: 1e-14, abs: 0 }, `K_${nu}(${x})`);
  });

  it.each(K_LARGE_ORDER)('K_%s(%s) matches mpmath', (nu, x, want) => {
    assertClose(besselK(nu, x), want, { rel: 2e-14, abs: 0 }, `K_${nu}(${x})`);
  });

  it('matches the closed form at order 1/2', () => {
    // K_{1/2}(x) = √(π/(2x)) e^{−x}, the half-integer closed form
    for (const x of [1e-8, 0.01, 0.7, 5, 40, 600]) {
      const want = Math.sqrt(Math.PI / (2 * x)) * Math.exp(-x);
      assertClose(besselK(0.5, x), want, { rel: 1e-14, abs: 0 }, `K_0.5(${x})`);
    }
  });

  it('satisfies the order recurrence', () => {
    // K_{ν+1}(x) = K_{ν−1}(x) + (2ν/x) K_ν(x), the order recurrence
    for (const [nu, x] of [[0.7, 0.3], [1, 2], [4.2, 9], [2.5, 60]] as const) {
      const left = besselK(nu + 1, x);
      const right = besselK(nu - 1, x) + (2 * nu / x) * besselK(nu, x);
      assertClose(left, right, { rel: 1e-14, abs: 0 }, `recurrence at ${nu}, ${x}`);
    }
  });

  it('underflows and overflows where K leaves the double range', () => {
    expect(besselK(0, 1e4)).toBe(0);
    expect(besselK(3, 1e-200)).toBe(Infinity);
    expect(besselK(1, Infinity)).toBe(0);
  });

  it('rejects invalid arguments', () => {
    expect(() => besselK(1, 0)).toThrow(InputError);
    expect(() => besselK(1, -2)).toThrow(InputError);
    expect(() => besselK(NaN, 1)).toThrow(InputError);
    expect(() => besselK(Infinity, 1)).toThrow(InputError);
    expect(() => besselK(1, NaN)).toThrow(InputError);
  });
});

describe('logBesselK', () => {
  it.each(LOG_K)('log K_%s(%s) matches mpmath', (nu, x, want) => {
    assertClose(logBesselK(nu, x), want, { rel: 1e-15, abs: 0 }, `log K_${nu}(${x})`);
  });

  it('agrees with besselK in the double range', () => {
    for (const [nu, x] of [[0, 3], [1.5, 0.01], [7, 40]] as const) {
      const direct = Math.log(besselK(nu, x));
      const tol = { rel: 1e-14, abs: 1e-15 };
      assertClose(logBesselK(nu, x), direct, tol, `log K_${nu}(${x})`);
    }
  });

  it('is -Infinity at x = Infinity', () => {
    expect(logBesselK(2, Infinity)).toBe(-Infinity);
  });
});
