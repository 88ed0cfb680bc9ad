/**
 * Conversion of an exact ratio of BigInts to a double mantissa and a
 * binary exponent, correctly rounded, for rationals of any size (the
 * fields' `fromRational`, and decimal reference values in tests).
 */
import { InputError } from '../errors.js';

function bitLength(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

/**
 * Returns [m, e] with m·2^e = num/den rounded to 53 significant bits
 * (round half to even): the quotient is formed with 64 to 65 bits, and a
 * nonzero remainder sets its lowest bit (a sticky bit), so the one
 * rounding in Number() is the correct one. m is 0 for num = 0; throws
 * InputError for den = 0.
 */
export function ratioToScaled(num: bigint, den: bigint): [number, number] {
  if (den === 0n) {
    throw new InputError(
      `the rational ${num}/0 is invalid: the denominator must be nonzero`);
  }
  if (num === 0n) return [0, 0];
  const negative = (num < 0n) !== (den < 0n);
  const a = num < 0n ? -num : num;
  const b = den < 0n ? -den : den;

  const shift = 64 - (bitLength(a) - bitLength(b));
  const top = shift >= 0 ? a << BigInt(shift) : a;
  const bottom = shift >= 0 ? b : b << BigInt(-shift);
  let q = top / bottom;
  if (q * bottom !== top) q |= 1n;
  const m = Number(q);
  return [negative ? -m : m, -shift];
}
