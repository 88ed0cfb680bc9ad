/**
 * K_ν(x) for large x by Hankel's expansion (DLMF 10.40.2):
 *   K_ν(x) = √(π/(2x)) e^(−x) (Σ_(k<ℓ) t_k + R_ℓ),  t_k = a_k(ν) / x^k,
 *   a_k(ν) = (4ν² − 1²)(4ν² − 3²) … (4ν² − (2k−1)²) / (k! 8^k).
 *
 * Bound (DLMF 10.40(ii)): for real ν and x > 0, |R_ℓ| ≤ |t_ℓ| when
 * ℓ ≥ max(|ν| − ½, 1). The series diverges: the term ratio
 *   t_(k+1) / t_k = (4ν² − (2k+1)²) / (8(k+1)x)
 * reaches 1 in size near k = 2x, where |t_k| is about e^(−2x). So the
 * expansion can deliver `bits` bits only when x exceeds roughly
 * bits·ln2/2. With the guard bits of besselK and ν ≤ 7.25, the rule
 * below switches between x = 66.3 and 66.7 at 50 digits and between
 * x = 123.6 and 124 at 100 digits.
 *
 * The expansion is used when both conditions hold:
 * 1. x ≥ 2 and |4ν² − 1| < 8x. Then the first ratio is below 1 in
 *    size, the ratios shrink while (2k+1)² < 4ν² and grow after, so
 *    |t_k| decreases until the terms turn and never exceeds t_0 = 1.
 * 2. Some ℓ with max(|ν| − ½, 1) ≤ ℓ ≤ 4·bits + 64 has |t_ℓ| < 2^−bits
 *    before the terms turn. The cap bounds the work at 4·bits + 64
 *    terms of two multiplications each, where each node of the
 *    trapezoidal rule costs a fixed-point exponential.
 *
 * Accuracy: the scaled value S = K_ν(x) √(2x/π) e^x is at least 15/16.
 * For |ν| ≥ ½, S ≥ 1 because K_ν grows with |ν| and S = 1 at ν = ½.
 * For |ν| < ½, the bound with ℓ = 1 gives S ≥ 1 − 1/(8x). The remainder
 * and the rounding of at most 4·bits + 64 fixed-point terms, each at
 * most 1 and carried with 2·log2(4·bits + 64) + 4 guard bits, add up to
 * less than 2^−(bits−2). So the relative error of K_ν is a few units
 * of 2^−bits.
 */
import {
  BigFloat, ONE, addExact, bitLength, div, floorToBigInt, mul, mulExact, mulPow2,
  neg, round, toNumber,
} from './bigfloat.js';
import { pi } from './constants.js';
import { exp } from './exp.js';
import { fromFixed, toFixed } from './fixed.js';
import { sqrt } from './sqrt.js';

const GUARD = 12;

/** Caps the number of terms, which also bounds the planning loop. */
const maxTerms = (bits: number) => 4 * bits + 64;

/** Returns the least ℓ for which the bound holds: max(⌈|ν| − ½⌉, 1). */
function leastTermCount(order: BigFloat): bigint {
  const shifted = addExact(order, new BigFloat(-1n, -1));
  const ceiling = -floorToBigInt(neg(shifted));
  return ceiling > 1n ? ceiling : 1n;
}

/**
 * Returns the number of terms after which Hankel's expansion of
 * K_ν(x) has a first neglected term below 2^−bits, or undefined when
 * the expansion is not used (conditions 1 and 2 of the module comment).
 * Works in doubles on log2|t_k|, for order = |ν| and x > 0. The
 * fixed-point sum checks the real terms again, so this is a plan, not
 * the bound.
 */
export function planHankelTerms(
  order: number,
  x: number,
  bits: number,
): number | undefined {
  const mu = 4 * order * order;
  if (!(x >= 2 && Math.abs(mu - 1) < 8 * x)) return undefined;
  const least = Math.max(Math.ceil(order - 0.5), 1);
  const limit = maxTerms(bits);
  if (least > limit) return undefined;

  let logTerm = 0;
  for (let k = 0; k <= limit; k++) {
    if (k >= least && logTerm < -bits) return k;
    const odd = 2 * k + 1;
    const ratio = Math.abs(mu - odd * odd) / (8 * (k + 1) * x);
    if (odd * odd > mu && ratio >= 1) return undefined;
    logTerm += Math.log2(ratio);
  }
  return undefined;
}

/**
 * Sums the terms t_k in fixed point until the first neglected term is
 * below 2^−bits and the bound holds. Returns undefined when the terms
 * turn first, which the plan rules out up to rounding in doubles.
 * Each term is at most 1 and carries a few units of error per step,
 * so n terms lose at most 2 log2 n + 2 bits to rounding.
 */
function sumHankel(order: BigFloat, x: BigFloat, bits: number): BigFloat | undefined {
  const limit = maxTerms(bits);
  const wp = bits + 2 * bitLength(BigInt(limit)) + 4;
  const w = BigInt(wp);
  const mu = toFixed(mulPow2(mulExact(order, order), 2), wp);
  // 1/(8x) keeps wp significant bits, however small it is.
  const inverse = div(ONE, mulPow2(x, 3), wp);
  const inverseShift = BigInt(-inverse.exp);
  const least = leastTermCount(order);
  const tolerance = 1n << BigInt(wp - bits);

  let term = 1n << w;
  let previous = term;
  let sum = 0n;
  for (let k = 0; k <= limit; k++) {
    const size = term < 0n ? -term : term;
    if (BigInt(k) >= least && size < tolerance) return fromFixed(sum, wp, wp);
    // Growing terms mean the plan in doubles misjudged the turn.
    if (size > previous) return undefined;
    previous = size;
    sum += term;
    const odd = BigInt(2 * k + 1);
    const factor = mu - ((odd * odd) << w);
    const scaled = (((term * factor) >> w) * inverse.man) >> inverseShift;
    term = scaled / BigInt(k + 1);
  }
  return undefined;
}

/** Returns √(π/(2x)) e^(−x) rounded to prec bits. */
function hankelPrefactor(x: BigFloat, prec: number): BigFloat {
  const wp = prec + 4;
  const root = sqrt(div(pi(wp), mulPow2(x, 1), wp), wp);
  return round(mul(root, exp(neg(x), wp), wp), prec);
}

/**
 * Returns K_ν(x) for ν = order ≥ 0 and x > 0 by Hankel's expansion,
 * rounded to prec bits, or undefined where the expansion is not used.
 */
export function besselKHankel(
  order: BigFloat,
  x: BigFloat,
  prec: number,
): BigFloat | undefined {
  const bits = prec + GUARD;
  const terms = planHankelTerms(toNumber(order), toNumber(x), bits);
  if (terms === undefined) return undefined;
  const sum = sumHankel(order, x, bits);
  if (sum === undefined) return undefined;
  const wp = bits + 4;
  return round(mul(hankelPrefactor(x, wp), sum, wp), prec);
}
