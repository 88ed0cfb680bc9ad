/**
 * Exact conversion between decimal strings and BigFloat. Both
 * directions round once, to nearest with ties to even, using integer
 * arithmetic only, so "1e-100000" parses and prints back unchanged.
 */
import { InputError } from '../errors.js';
import {
  BigFloat, ZERO, div, fromBigInt, roundTo,
} from './bigfloat.js';
import { checkDigits } from './precision.js';

/** Decimal exponents beyond this are rejected to bound the work. */
const MAX_DECIMAL_EXPONENT = 1_000_000;

const DECIMAL = /^\s*([+-])?(\d+\.?\d*|\.\d+)(?:[eE]([+-]?\d+))?\s*$/;

/**
 * Parses a decimal literal ("-1.25", "5.7e-472", ".5E+3") and rounds
 * it to `prec` bits. Throws InputError for anything else.
 */
export function parseDecimal(text: string, prec: number): BigFloat {
  const match = DECIMAL.exec(text);
  if (!match) {
    throw new InputError(
      `invalid decimal number "${text}": expected digits with an optional ` +
        'sign, point and exponent, such as -1.25 or 5.7e-472',
    );
  }
  const [, signText, body, exponentText] = match;
  const point = body!.indexOf('.');
  const fraction = point < 0 ? '' : body!.slice(point + 1);
  const digitText = body!.replace('.', '');
  const exponent = Number(exponentText ?? '0') - fraction.length;
  if (Math.abs(exponent) > MAX_DECIMAL_EXPONENT) {
    throw new InputError(
      `decimal exponent of "${text}" is out of range: at most ` +
        `${MAX_DECIMAL_EXPONENT} in magnitude is accepted`,
    );
  }

  let digits = BigInt(digitText);
  if (signText === '-') digits = -digits;
  if (digits === 0n) return ZERO;
  if (exponent >= 0) return roundTo(digits * 10n ** BigInt(exponent), 0, prec);
  return div(fromBigInt(digits), fromBigInt(10n ** BigInt(-exponent)), prec);
}

/** Divides num by den > 0, rounding to the nearest integer with ties to even. */
function divideRounded(num: bigint, den: bigint): bigint {
  const q = num / den;
  const twiceRest = 2n * (num - q * den);
  if (twiceRest > den || (twiceRest === den && (q & 1n) === 1n)) return q + 1n;
  return q;
}

/** Returns round(|x| × 10^k) for an integer k. */
function scaleToInteger(x: BigFloat, k: number): bigint {
  let num = x.man < 0n ? -x.man : x.man;
  let den = 1n;
  if (k >= 0) num *= 10n ** BigInt(k);
  else den *= 10n ** BigInt(-k);
  if (x.exp >= 0) num <<= BigInt(x.exp);
  else den <<= BigInt(-x.exp);
  return divideRounded(num, den);
}

/**
 * Returns the `digits` leading significant digits of |x| (x ≠ 0),
 * correctly rounded, and the decimal exponent of the first one.
 */
export function significantDigits(
  x: BigFloat,
  digits: number,
): { text: string; exponent: number } {
  const top = x.exp + x.bits;
  let exponent = Math.floor((top - 1) * Math.log10(2));
  const limit = 10n ** BigInt(digits);
  for (;;) {
    const scaled = scaleToInteger(x, digits - 1 - exponent);
    if (scaled >= limit) exponent += 1;
    else if (scaled < limit / 10n) exponent -= 1;
    else return { text: scaled.toString(), exponent };
  }
}

/**
 * Formats x with `digits` significant digits, trailing zeros removed:
 * positional for decimal exponents from −6 to digits − 1, otherwise
 * scientific as "5.7012e-472".
 */
export function formatDecimal(x: BigFloat, digits: number): string {
  checkDigits(digits);
  if (x.man === 0n) return '0';
  const sign = x.man < 0n ? '-' : '';
  const { text, exponent } = significantDigits(x, digits);
  const trimmed = text.replace(/0+$/, '') || '0';

  if (exponent < -6 || exponent >= digits) {
    const fraction = trimmed.length > 1 ? `.${trimmed.slice(1)}` : '';
    const exponentSign = exponent < 0 ? '-' : '+';
    return `${sign}${trimmed[0]}${fraction}e${exponentSign}${Math.abs(exponent)}`;
  }
  if (exponent < 0) return `${sign}0.${'0'.repeat(-exponent - 1)}${trimmed}`;
  const whole = trimmed.slice(0, exponent + 1).padEnd(exponent + 1, '0');
  const fraction = trimmed.slice(exponent + 1);
  return fraction ? `${sign}${whole}.${fraction}` : `${sign}${whole}`;
}
