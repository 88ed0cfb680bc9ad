/**
 * Exact decimal formatting of m·2^e for a double m and an integer e, in
 * the format of Number.prototype.toExponential ("5.7123e-472"), for
 * values outside the double range.
 *
 * The digits are computed with BigInt arithmetic from the exact binary
 * value, rounding half away from zero as toExponential does, so for a
 * double the result equals m.toExponential(f) (a property test in
 * test/numeric/xcomplex.test.ts checks this).
 * Exact conversion is used while |e| ≤ 20000 (values to about
 * 10^{±6000}); beyond that the digits come from log10 of the value, with
 * e·log10(2) carried in two parts, which gives about 15 correct digits
 * for |e| < 2^21 (10^{±630000}). NOTE: past 2^21 the product e·LOG10_2_HI
 * rounds and the digits after about the 16 − log10(|e|/2^21)-th may be
 * wrong.
 */
import { InputError } from '../errors.js';
import { LOG10_2, LOG10_2_HI, LOG10_2_LO, frexp } from './exact.js';

const EXACT_EXPONENT_LIMIT = 20000;

function bigPow(base: bigint, n: number): bigint {
  return base ** BigInt(n);
}

/**
 * Integer n = round(M·2^N / 10^{d − f}), rounding half up, for the
 * integer significand M ≥ 0.
 */
function scaledDigits(M: bigint, N: number, d: number, f: number): bigint {
  const s = f - d;
  let num = M;
  let den = 1n;
  if (N >= 0) num *= bigPow(2n, N);
  else den *= bigPow(2n, -N);
  if (s >= 0) num *= bigPow(10n, s);
  else den *= bigPow(10n, -s);
  return (2n * num + den) / (2n * den);
}

function assemble(negative: boolean, digits: string, d: number): string {
  const head = digits.slice(0, 1);
  const tail = digits.slice(1);
  const mantissa = tail.length > 0 ? `${head}.${tail}` : head;
  const exponent = d >= 0 ? `e+${d}` : `e-${-d}`;
  return `${negative ? '-' : ''}${mantissa}${exponent}`;
}

function formatExact(m: number, e: number, f: number): string {
  const [fraction, shift] = frexp(Math.abs(m));
  const M = BigInt(fraction * 2 ** 53);
  const N = shift - 53 + e;
  let d = Math.floor(Math.log10(Math.abs(fraction)) + (shift + e) * LOG10_2);
  let n = scaledDigits(M, N, d, f);
  if (n >= bigPow(10n, f + 1)) {
    d += 1;
    n = scaledDigits(M, N, d, f);
  } else if (n < bigPow(10n, f)) {
    d -= 1;
    n = scaledDigits(M, N, d, f);
  }
  return assemble(m < 0, n.toString(), d);
}

function formatFromLog(m: number, e: number, f: number): string {
  const logMantissa = Math.log10(Math.abs(m));
  const whole = e * LOG10_2_HI;
  let d = Math.floor(whole + e * LOG10_2_LO + logMantissa);
  const fraction = ((whole - d) + e * LOG10_2_LO) + logMantissa;
  let digits = (10 ** fraction).toFixed(f).replace('.', '');
  if (digits.length > f + 1) {
    d += 1;
    digits = digits.slice(0, f + 1);
  }
  return assemble(m < 0, digits, d);
}

/**
 * Formats m·2^e like `(m·2^e).toExponential(fractionDigits)` would if the
 * value were a double. Throws InputError unless m is finite and
 * fractionDigits is an integer in [0, 100].
 */
export function formatExponential(m: number, e: number,
  fractionDigits: number): string {
  if (!Number.isInteger(fractionDigits) || fractionDigits < 0 || fractionDigits > 100) {
    throw new InputError(
      `fractionDigits = ${fractionDigits} is invalid: it must be an integer ` +
      'from 0 to 100');
  }
  if (!Number.isFinite(m)) {
    throw new InputError(`the mantissa ${m} is invalid: it must be finite`);
  }
  if (m === 0) return (0).toExponential(fractionDigits);
  if (Math.abs(e) > EXACT_EXPONENT_LIMIT) return formatFromLog(m, e, fractionDigits);
  return formatExact(m, e, fractionDigits);
}
