/**
 * Decimal output that shows only correct digits. A value v with an
 * absolute error bound e is printed with the largest number n of
 * significant digits for which v − e and v + e round to the same n
 * digits. The printed string is then the correctly rounded value of
 * everything within the bound. Trailing zeros are kept because they are
 * correct digits too.
 */
import {
  type BigFloat, ZERO, abs, add, cmp, div, fromBigInt, log2Abs, mul, neg,
  significantDigits, sign,
} from '../precise/index.js';

/** A decimal string whose significant digits are all correct. */
export interface CorrectDigits {
  /**
   * The value with exactly `digits` significant digits, "0" for an
   * exact zero, or "0 ± 2e-60" when not even the first digit is known.
   */
  readonly text: string;
  /** Number of correct significant digits, or the requested digits for an exact zero. */
  readonly digits: number;
  /** True when the value is known to be exactly zero. */
  readonly exactZero: boolean;
}

const LOG10_2 = Math.log10(2);
const BOUND_BITS = 64;

/**
 * Formats x ≠ 0 with exactly `digits` significant digits, keeping
 * trailing zeros: positional for decimal exponents from −6 to
 * digits − 1, otherwise scientific as "5.709984950997e-472".
 */
export function formatSignificant(x: BigFloat, digits: number): string {
  const minus = sign(x) < 0 ? '-' : '';
  const { text, exponent } = significantDigits(x, digits);
  if (exponent < -6 || exponent >= digits) {
    const fraction = text.length > 1 ? `.${text.slice(1)}` : '';
    const exponentSign = exponent < 0 ? '-' : '+';
    return `${minus}${text[0]}${fraction}e${exponentSign}${Math.abs(exponent)}`;
  }
  if (exponent < 0) return `${minus}0.${'0'.repeat(-exponent - 1)}${text}`;
  const whole = text.slice(0, exponent + 1);
  const fraction = text.slice(exponent + 1);
  return fraction ? `${minus}${whole}.${fraction}` : `${minus}${whole}`;
}

/** Returns true when a and b (both nonzero, same sign) round to the same n digits. */
function sameRounding(a: BigFloat, b: BigFloat, n: number): boolean {
  const x = significantDigits(a, n);
  const y = significantDigits(b, n);
  return x.text === y.text && x.exponent === y.exponent;
}

/**
 * Returns the longest decimal string of at most `maxDigits` significant
 * digits that is correct for every number within `error` of `value`.
 */
export function correctDigits(
  value: BigFloat,
  error: BigFloat,
  maxDigits: number,
): CorrectDigits {
  if (value.man === 0n && error.man === 0n) {
    return { text: '0', digits: maxDigits, exactZero: true };
  }
  const lower = add(value, neg(error), value.bits + error.bits + 8);
  const upper = add(value, error, value.bits + error.bits + 8);
  if (sign(lower) !== sign(upper) || lower.man === 0n || upper.man === 0n) {
    return { text: unresolved(value, error), digits: 0, exactZero: false };
  }
  // The ratio |v|/e bounds the useful digits, so the search starts there.
  const ratioDigits = (log2Abs(value) - log2Abs(error)) * LOG10_2;
  let n = Math.min(maxDigits, Math.max(1, Math.floor(ratioDigits) + 1));
  while (n >= 1 && !sameRounding(lower, upper, n)) n -= 1;
  if (n === 0) return { text: unresolved(value, error), digits: 0, exactZero: false };
  return { text: formatSignificant(value, n), digits: n, exactZero: false };
}

/** Formats a value of unknown sign as "0 ± bound", the bound rounded up. */
function unresolved(value: BigFloat, error: BigFloat): string {
  const bound = add(abs(value), error, BOUND_BITS);
  const { text, exponent } = significantDigits(bound, 1);
  const digit = Number(text) + 1;
  const shown = digit === 10 ? `1e${exponent + 1}` : `${digit}e${exponent}`;
  return `0 ± ${shown}`;
}

/**
 * Number of leading decimal digits on which a and b agree,
 * −log10(|a − b| / |b|): Infinity when they are equal, 0 when they
 * differ by more than |b| or b is 0 and a is not.
 */
export function agreementDigits(a: BigFloat, b: BigFloat): number {
  return digitsBelow(add(a, neg(b), Math.max(a.bits, b.bits) + 8), b);
}

/**
 * Returns log10(|reference| / |difference|), at least 0: the digits of
 * `reference` that a difference of that size leaves correct.
 */
export function digitsBelow(difference: BigFloat, reference: BigFloat): number {
  if (difference.man === 0n) return Infinity;
  if (reference.man === 0n) return 0;
  return Math.max(0, (log2Abs(reference) - log2Abs(difference)) * LOG10_2);
}

/** Returns |x| × 10^−digits, to 64 bits, as an error floor. */
export function relativeFloor(x: BigFloat, digits: number): BigFloat {
  if (x.man === 0n) return ZERO;
  return div(abs(x), fromBigInt(10n ** BigInt(Math.max(0, digits))), BOUND_BITS);
}

/** Returns the larger of two non-negative bounds. */
export function maxBound(a: BigFloat, b: BigFloat): BigFloat {
  return cmp(a, b) >= 0 ? a : b;
}

/** Returns |a| e + |b| as an error bound, to 64 bits. */
export function scaledBound(a: BigFloat, e: BigFloat, b: BigFloat): BigFloat {
  return add(mul(abs(a), e, BOUND_BITS), abs(b), BOUND_BITS);
}
