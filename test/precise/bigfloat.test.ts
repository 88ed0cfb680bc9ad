/**
 * The BigFloat core: rounding, exponent range and exact conversions.
 * Expected values are exact binary or decimal identities, stated per test.
 */
import { describe, expect, test } from 'vitest';
import { InputError } from '../../src/errors.js';
import {
  BigFloat, ONE, add, cmp, div, formatDecimal, fromNumber, log2Abs, mul, parseDecimal,
  round, sqrt, toNumber, workingBits,
} from '../../src/precise/index.js';
import { assertClose } from '../helpers/close.js';

/** Equal values (mantissas are not normalised, so toEqual is too strict). */
function expectSameValue(got: BigFloat, want: BigFloat): void {
  const label = `${got.man}·2^${got.exp} vs ${want.man}·2^${want.exp}`;
  expect(cmp(got, want), label).toBe(0);
}

describe('rounding', () => {
  test('ties go to even', () => {
    // 11 = 0b1011 to 3 bits is a tie between 10 = 5·2 and 12 = 6·2, and 6 is even.
    expectSameValue(round(new BigFloat(11n, 0), 3), new BigFloat(12n, 0));
    // 9 = 0b1001 to 3 bits is a tie between 8 = 4·2 and 10 = 5·2, and 4 is even.
    expectSameValue(round(new BigFloat(9n, 0), 3), new BigFloat(8n, 0));
  });

  test('division rounds to nearest', () => {
    // 1/3 = 0.0101|0101…₂: to 4 bits that is 10 × 2^−5 plus more than half
    // an ulp, so it rounds up to 11 × 2^−5.
    expectSameValue(div(ONE, new BigFloat(3n, 0), 4), new BigFloat(11n, -5));
  });

  test('addition across a huge exponent gap', () => {
    const tiny = parseDecimal('1e-100000', 200);
    const sum = add(ONE, tiny, 200);
    expectSameValue(sum, ONE);
    // The tiny addend still decides a tie: 1 + 2^−200 + tiny rounds up.
    const tie = new BigFloat((1n << 200n) + 1n, -200);
    expect(cmp(round(tie, 200), ONE)).toBe(0);
    expect(cmp(add(tie, tiny, 200), ONE)).toBe(1);
  });

  test('sqrt is correctly rounded', () => {
    // √2 to 10 bits: 1.0110101000001… → 1.011010100 = 724/512.
    expectSameValue(sqrt(new BigFloat(2n, 0), 10), new BigFloat(362n, -8));
  });
});

describe('exponent range', () => {
  test('products far below 1e-100000', () => {
    const prec = workingBits(30);
    const x = parseDecimal('3e-100000', prec);
    const product = mul(x, x, prec);
    expect(formatDecimal(product, 30)).toBe('9e-200000');
  });

  test('decimal round trips in the tail', () => {
    const prec = workingBits(40);
    const texts = ['5.7e-472', '1e-100000', '-2.5646562037561116000333972775e-393'];
    for (const text of texts) {
      expect(formatDecimal(parseDecimal(text, prec), 40)).toBe(text);
    }
  });
});

describe('decimal conversion', () => {
  test('formats positional and scientific', () => {
    const prec = workingBits(20);
    expect(formatDecimal(parseDecimal('0.125', prec), 20)).toBe('0.125');
    expect(formatDecimal(parseDecimal('-123.456', prec), 20)).toBe('-123.456');
    expect(formatDecimal(parseDecimal('1e-7', prec), 20)).toBe('1e-7');
    expect(formatDecimal(parseDecimal('1.5e25', prec), 20)).toBe('1.5e+25');
    expect(formatDecimal(parseDecimal('0', prec), 20)).toBe('0');
  });

  test('rounds to the requested digits', () => {
    // 2/3 to 5 digits is 0.66667; 10 − 2^−17 = 9.99999237… carries to 10.
    const twoThirds = div(new BigFloat(2n, 0), new BigFloat(3n, 0), 80);
    expect(formatDecimal(twoThirds, 5)).toBe('0.66667');
    expect(formatDecimal(new BigFloat((10n << 17n) - 1n, -17), 5)).toBe('10');
  });

  test('rejects malformed literals', () => {
    expect(() => parseDecimal('1.2.3', 64)).toThrow(InputError);
    expect(() => parseDecimal('Infinity', 64)).toThrow(/invalid decimal number/);
    expect(() => parseDecimal('1e9999999', 64)).toThrow(/out of range/);
  });
});

describe('double conversion', () => {
  test('fromNumber is exact', () => {
    // 0.1 as a double is 3602879701896397 × 2^−55.
    expectSameValue(fromNumber(0.1), new BigFloat(3602879701896397n, -55));
    expectSameValue(fromNumber(5e-324), new BigFloat(1n, -1074));
    expectSameValue(fromNumber(-1.5), new BigFloat(-3n, -1));
  });

  test('toNumber rounds and flushes', () => {
    const prec = workingBits(30);
    assertClose(toNumber(parseDecimal('0.1', prec)), 0.1, { rel: 0, abs: 0 }, '0.1');
    assertClose(toNumber(parseDecimal('1e-400', prec)), 0, { rel: 0, abs: 0 }, '1e-400');
    expect(toNumber(parseDecimal('1e400', prec))).toBe(Infinity);
  });

  test('log2Abs works beyond the double range', () => {
    // log2(1e-100000) = −100000 log2 10.
    const x = parseDecimal('1e-100000', 200);
    const want = -100000 * Math.log2(10);
    assertClose(log2Abs(x), want, { rel: 1e-14, abs: 0 }, 'log2(1e-100000)');
  });
});
