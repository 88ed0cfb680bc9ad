import { describe, expect, it } from 'vitest';
import { assertClose } from '../helpers/close.js';
import { gamma, gammaSign, lgamma } from '../../src/numeric/special.js';
import { InputError } from '../../src/errors.js';

// Expected values: test/reference/special_values.py, mpmath 1.3.0 at
// 50 digits, each argument converted exactly with mpf(x), rounded to the
// nearest double.

// gamma(mpf(x)); -175.5 gives a subnormal, printed with 20 digits
const GAMMA: [number, number][] = [
  [1e-300, 9.999999999999999e299],
  [1e-8, 99999999.42278434],
  [0.1, 9.51350769866873],
  [0.5, 1.772453850905516],
  [0.999, 1.0005782056293586],
  [1.0001, 0.9999422883231625],
  [1.5, 0.886226925452758],
  [2.7, 1.5446858458505939],
  [9.99, 354802.0170198311],
  [10.0, 362880.0],
  [20.5, 5.406242982335075e17],
  [100.3, 3.711481867182677e156],
  [171.5, 9.4833675668248e307],
  [-0.5, -3.544907701811032],
  [-1.5, 2.363271801207355],
  [-2.00001, -49999.53861687098],
  [-10.3, -5.26236323953561e-7],
  [-100.5, -3.3536908198076787e-159],
  [-169.5, 5.6482208842233253e-306],
];

// log(fabs(gamma(mpf(x))))
const LGAMMA: [number, number][] = [
  [1e-300, 690.7755278982137],
  [0.5, 0.5723649429247001],
  [0.9, 0.06637623973474295],
  [1.1, -0.049872441259839764],
  [1.2, -0.08537409000331583],
  [1.9, -0.03898427592308336],
  [2.1, 0.04543773854448518],
  [1.5, -0.12078223763524522],
  [3.0, 0.6931471805599453],
  [1000.0, 5905.220423209181],
  [1e10, 220258509288.81058],
  [1e300, 6.897755278982137e302],
];

// log(fabs(gamma(mpf(x)))) for x < 0, where log|Γ| crosses zero between
// poles, so the check has an absolute part
const LGAMMA_NEGATIVE: [number, number][] = [
  [-0.5, 1.2655121234846454],
  [-2.5, -0.056243716497674054],
  [-100.7, -365.61225576180533],
  [-100000.5, -1051303.8336357186],
];

describe('gamma', () => {
  it.each(GAMMA)('gamma(%s) matches mpmath', (x, want) => {
    const tol = x > 0 ? { rel: 4e-15, abs: 0 } : { rel: 1e-14, abs: 0 };
    assertClose(gamma(x), want, tol, `gamma(${x})`);
  });

  it('matches factorials at integers', () => {
    // (n − 1)! is exact in doubles for n ≤ 23; the recurrence and
    // Stirling's product give it to within a few ulp
    let factorial = 1;
    for (let n = 1; n <= 20; n++) {
      assertClose(gamma(n), factorial, { rel: 1e-15, abs: 0 }, `gamma(${n})`);
      factorial *= n;
    }
  });

  it('underflows far left of zero', () => {
    // mpmath 1.3.0: gamma(mpf(-175.5)) = 2.1074730707796910178e-319,
    // a subnormal whose spacing 4.9e-324 bounds the accuracy
    assertClose(gamma(-175.5), 2.1074730707796910178e-319,
      { rel: 0, abs: 1e-321 }, 'gamma(-175.5)');
  });

  it('overflows to Infinity past 171.62', () => {
    expect(gamma(172)).toBe(Infinity);
    expect(gamma(1e10)).toBe(Infinity);
  });

  it('rejects poles and NaN', () => {
    for (const x of [0, -1, -2, -170, -1e20, NaN]) {
      expect(() => gamma(x)).toThrow(InputError);
    }
  });
});

describe('lgamma', () => {
  it.each(LGAMMA)('lgamma(%s) matches mpmath', (x, want) => {
    assertClose(lgamma(x), want, { rel: 2e-15, abs: 0 }, `lgamma(${x})`);
  });

  it.each(LGAMMA_NEGATIVE)('lgamma(%s) matches mpmath', (x, want) => {
    const tol = { rel: 2e-15, abs: 1e-14 };
    assertClose(lgamma(x), want, tol, `lgamma(${x})`);
  });

  it('is zero at 1 and 2', () => {
    expect(lgamma(1)).toBe(0);
    expect(lgamma(2)).toBe(0);
  });

  it('agrees with gamma where both are finite', () => {
    for (const x of [0.3, 4.5, 33.3, 170.2, -3.7, -60.2]) {
      const direct = Math.log(Math.abs(gamma(x)));
      assertClose(lgamma(x), direct, { rel: 1e-14, abs: 1e-14 }, `lgamma(${x})`);
    }
  });

  it('rejects poles', () => {
    expect(() => lgamma(-3)).toThrow(InputError);
  });
});

describe('gammaSign', () => {
  it('alternates between the poles', () => {
    expect(gammaSign(2.5)).toBe(1);
    expect(gammaSign(-0.5)).toBe(-1);
    expect(gammaSign(-1.5)).toBe(1);
    expect(gammaSign(-2.5)).toBe(-1);
    expect(Math.sign(gamma(-7.3))).toBe(gammaSign(-7.3));
  });
});
