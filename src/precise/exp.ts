/**
 * exp and expm1 at any precision.
 *
 * Method: x = n ln 2 + r with |r| ≤ ln2/2, then r is halved k times,
 * expm1 of the small argument is summed as a Taylor series in fixed
 * point, and k doublings expm1(2t) = expm1(t) (expm1(t) + 2) undo the
 * halving. Working in expm1 form keeps the relative accuracy for small
 * arguments. k grows like √prec, which balances series terms against
 * doublings. Accuracy: a relative error of a few units in the last
 * place of `prec` bits (checked against mpmath in test/precise).
 */
import { InputError } from '../errors.js';
import {
  BigFloat, ONE, ZERO, add, bitLength, mul, roundTo, topBit, toNumber,
} from './bigfloat.js';
import { ln2Fixed } from './constants.js';
import { fromFixed, toFixed } from './fixed.js';

const GUARD = 12;

/**
 * Arguments at or above 2^EXP_ARGUMENT_TOP_BIT in magnitude are
 * rejected: the exponent of the result would leave the safe-integer
 * range of the BigFloat exponent.
 */
const EXP_ARGUMENT_TOP_BIT = 50;

/** Returns the number of halvings for a working precision of wp bits. */
function halvings(wp: number): number {
  return Math.max(2, Math.round(0.7 * Math.sqrt(wp)));
}

/**
 * Returns expm1(t) at scale wp for a fixed-point t at scale wp with
 * |t| ≤ 1. The absolute error is a few units of 2^−wp.
 */
export function expm1Fixed(t: bigint, wp: number): bigint {
  if (t === 0n) return 0n;
  const magnitude = bitLength(t) - wp;
  const k = Math.max(0, halvings(wp) + magnitude);
  const w = wp + k + 4;
  const tw = t << 4n;

  let sum = tw;
  let term = tw;
  const scale = BigInt(w);
  for (let j = 2n; ; j++) {
    term = (term * tw >> scale) / j;
    if (term === 0n) break;
    sum += term;
  }

  const two = 2n << scale;
  for (let i = 0; i < k; i++) sum = (sum * (sum + two)) >> scale;
  return sum >> BigInt(w - wp);
}

function checkArgument(x: BigFloat, name: string): void {
  if (topBit(x) > EXP_ARGUMENT_TOP_BIT) {
    throw new InputError(
      `${name} argument ${toNumber(x)} is out of range: the result's ` +
        `binary exponent must stay below 2^${EXP_ARGUMENT_TOP_BIT + 1}`,
    );
  }
}

/**
 * Reduces x to r = x − n ln 2 at scale wp, with n the integer nearest
 * x/ln 2. ln 2 carries extra bits so that n ln 2 is accurate to 2^−wp.
 */
function reduceByLn2(x: BigFloat, wp: number): { n: number; r: bigint } {
  const n = Math.round(toNumber(x) / Math.LN2);
  const extra = bitLength(BigInt(n)) + 2;
  const w = wp + extra;
  const r = toFixed(x, w) - BigInt(n) * ln2Fixed(w);
  return { n, r: r >> BigInt(extra) };
}

/** Returns e^x rounded to prec bits. */
export function exp(x: BigFloat, prec: number): BigFloat {
  if (x.man === 0n) return ONE;
  checkArgument(x, 'exp');
  const wp = prec + GUARD;
  const { n, r } = reduceByLn2(x, wp);
  const e = expm1Fixed(r, wp);
  return roundTo((1n << BigInt(wp)) + e, n - wp, prec);
}

/** Returns e^x − 1 rounded to prec bits, accurate also for tiny x. */
export function expm1(x: BigFloat, prec: number): BigFloat {
  if (x.man === 0n) return ZERO;
  const top = topBit(x);

  // Below 2^(−prec/2−2) the series x + x²/2 is accurate to prec bits.
  if (top < -prec / 2 - 2) {
    return add(x, mul(mul(x, x, prec), new BigFloat(1n, -1), prec), prec);
  }
  // Beyond |x| ≥ 1 the subtraction e^x − 1 loses at most two bits.
  if (top > 0) {
    return add(exp(x, prec + 4), new BigFloat(-1n, 0), prec);
  }
  const wp = prec + GUARD - top;
  return fromFixed(expm1Fixed(toFixed(x, wp), wp), wp, prec);
}

/**
 * Returns e^a at scale wp for a fixed-point a at scale wp (either sign).
 * Results of at least 1 have a relative error of a few units of 2^−wp.
 * Smaller results have an absolute error of that size, so results below
 * 2^−wp come back as 0.
 */
export function expFixed(a: bigint, wp: number): bigint {
  const shift = Math.max(0, wp - 52);
  const approximate = Number(a >> BigInt(shift)) * 2 ** (shift - wp);
  const n = Math.round(approximate / Math.LN2);
  if (n < -wp - 2) return 0n;
  if (!(n < 2 ** EXP_ARGUMENT_TOP_BIT)) {
    throw new InputError(`exp argument ${approximate} is out of range in fixed point`);
  }
  const extra = bitLength(BigInt(n)) + 2;
  const w = wp + extra;
  const r = ((a << BigInt(extra)) - BigInt(n) * ln2Fixed(w)) >> BigInt(extra);
  const value = (1n << BigInt(wp)) + expm1Fixed(r, wp);
  return n >= 0 ? value << BigInt(n) : value >> BigInt(-n);
}
