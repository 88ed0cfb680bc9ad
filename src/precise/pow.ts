/**
 * Real powers: x^n for integer n by binary exponentiation, and
 * x^y = exp(y log x) for x > 0, with enough extra bits in log x that
 * the absolute error of y log x stays below 2^−prec. Accuracy: a few
 * units in the last place.
 */
import { InputError } from '../errors.js';
import {
  BigFloat, ONE, ZERO, bitLength, div, isInteger, floorToBigInt, log2Abs,
  mul, round, sign, toNumber,
} from './bigfloat.js';
import { exp } from './exp.js';
import { log } from './log.js';

/** Returns x^n for an integer n, rounded to prec bits. */
export function powInt(x: BigFloat, n: bigint, prec: number): BigFloat {
  if (n === 0n) return ONE;
  if (x.man === 0n) {
    if (n < 0n) throw new InputError('0 raised to a negative power is undefined');
    return ZERO;
  }
  // Relative rounding errors double with each squaring: about log2 n bits.
  const wp = prec + 2 * bitLength(n) + 8;
  let base = round(x, wp);
  let result = ONE;
  for (let k = n < 0n ? -n : n; k > 0n; k >>= 1n) {
    if (k & 1n) result = mul(result, base, wp);
    if (k > 1n) base = mul(base, base, wp);
  }
  return n < 0n ? div(ONE, result, prec) : round(result, prec);
}

/** Returns x^y for real x and y, rounded to prec bits. */
export function pow(x: BigFloat, y: BigFloat, prec: number): BigFloat {
  if (isInteger(y) && bitLength(floorToBigInt(y)) <= 64) {
    return powInt(x, floorToBigInt(y), prec);
  }
  if (x.man === 0n) {
    if (sign(y) > 0) return ZERO;
    throw new InputError(`0 raised to the power ${toNumber(y)} is undefined`);
  }
  if (x.man < 0n) {
    throw new InputError(
      `a negative base (${toNumber(x)}) requires an integer exponent in real ` +
        `arithmetic, received ${toNumber(y)}; use the complex power instead`,
    );
  }
  // |y ln x| ≤ |y| (|log2 x| + 1): exp loses about log2 of that in bits.
  const logSize = Math.log2(Math.abs(log2Abs(x)) + 1);
  const integerBits = Math.max(0, Math.ceil(log2Abs(y) + logSize));
  const wp = prec + integerBits + 8;
  return exp(mul(y, log(x, wp), wp), prec);
}

