/**
 * Output of correct digits only: formatting with trailing zeros, the
 * rounding test against an error bound, and the agreement of two values.
 * Expected strings are exact decimal arithmetic on the stated inputs.
 */
import { describe, expect, test } from 'vitest';
import {
  agreementDigits, correctDigits, formatSignificant,
} from '../../src/evaluate/precise-digits.js';
import { ZERO, parseDecimal } from '../../src/precise/index.js';

const BITS = 300;
const at = (text: string) => parseDecimal(text, BITS);

describe('formatSignificant', () => {
  test('keeps trailing zeros', () => {
    expect(formatSignificant(at('0.25'), 5)).toBe('0.25000');
  });

  test('scientific far in the tail', () => {
    expect(formatSignificant(at('5.70998495e-472'), 4)).toBe('5.710e-472');
  });

  test('positional with a whole part', () => {
    expect(formatSignificant(at('-40847.0455'), 7)).toBe('-40847.05');
  });
});

describe('correctDigits', () => {
  test('error far below the last digit keeps every digit', () => {
    const r = correctDigits(at('1.2345678'), at('1e-30'), 8);
    expect(r.text).toBe('1.2345678');
    expect(r.digits).toBe(8);
  });

  test('error bound limits the digits', () => {
    // 3.14159 ± 0.004 covers [3.13759, 3.14559], which rounds to 3.14 and
    // 3.15 at three digits but to 3.1 at two.
    const r = correctDigits(at('3.14159'), at('0.004'), 10);
    expect(r.text).toBe('3.1');
    expect(r.digits).toBe(2);
  });

  test('a value near a rounding boundary loses the digit', () => {
    // 1.2345 ± 1e-6 covers [1.234499, 1.234501], which rounds to 1.234 and
    // 1.235 at four digits.
    const r = correctDigits(at('1.2345'), at('1e-6'), 4);
    expect(r.digits).toBe(3);
    expect(r.text).toBe('1.23');
  });

  test('sign not determined prints a bound', () => {
    const r = correctDigits(at('1e-60'), at('2e-60'), 40);
    expect(r.digits).toBe(0);
    expect(r.text).toBe('0 ± 4e-60');
  });

  test('exact zero', () => {
    const r = correctDigits(ZERO, ZERO, 40);
    expect(r.exactZero).toBe(true);
    expect(r.text).toBe('0');
  });
});

describe('agreementDigits', () => {
  test('relative difference 1e-20 gives 20 digits', () => {
    const digits = agreementDigits(at('1.00000000000000000001'), at('1'));
    expect(Math.abs(digits - 20)).toBeLessThan(1e-9);
  });

  test('equal values agree on all digits', () => {
    expect(agreementDigits(at('2.5'), at('2.5'))).toBe(Infinity);
  });
});
