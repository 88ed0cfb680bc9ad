/**
 * Conversion between decimal digits at the public edge and bits in the
 * core. Every public routine takes `digits`, while internal routines
 * take `prec` in bits and add their own guard bits.
 */
import { InputError } from '../errors.js';

/**
 * The largest `digits` accepted. The cost of most routines grows
 * roughly as digits² or faster, so this bounds the work of one call.
 */
export const MAX_DIGITS = 100_000;

/** Guard bits added to a request in digits before rounding once. */
export const GUARD_BITS = 16;

const LOG2_10 = Math.log2(10);

/** Checks a digit count and returns it. Throws InputError otherwise. */
export function checkDigits(digits: number): number {
  if (!Number.isInteger(digits) || digits < 1 || digits > MAX_DIGITS) {
    throw new InputError(
      `digits must be an integer from 1 to ${MAX_DIGITS}, received ${digits}`,
    );
  }
  return digits;
}

/** Returns the bits that hold `digits` significant decimal digits, without guard bits. */
export function bitsForDigits(digits: number): number {
  return Math.ceil(checkDigits(digits) * LOG2_10) + 1;
}

/** Returns the working precision in bits for `digits`, guard bits included. */
export function workingBits(digits: number): number {
  return bitsForDigits(digits) + GUARD_BITS;
}
