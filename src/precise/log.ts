/**
 * Natural logarithm at any precision.
 *
 * Method: x = m 2^q with m in [3/4, 3/2), so log x = q ln 2 + log m.
 * log m is the root y of m e^(−y) = 1, found by Newton's iteration
 * y ← y + (m − 1) + m expm1(−y) from the double-precision log1p, with
 * the working precision doubling at each step. Writing the update with
 * m − 1 (exact) and expm1 keeps log m accurate relative to its own
 * size when x is close to 1. Accuracy: a few units in the last place.
 */
import { InputError } from '../errors.js';
import {
  BigFloat, ONE, ZERO, add, addExact, bitLength, cmp, log2Abs, mul, mulPow2, neg,
  topBit, toNumber, fromNumber,
} from './bigfloat.js';
import { ln2Fixed } from './constants.js';
import { expm1Fixed } from './exp.js';
import { fromFixed, rescale, toFixed } from './fixed.js';

const GUARD = 12;
const THREE_QUARTERS = new BigFloat(3n, -2);
const MINUS_ONE = new BigFloat(-1n, 0);

/**
 * Returns the relative precisions of the Newton steps, ending at `bits`. Each step
 * at most doubles the correct bits, starting from the 52 of a double.
 */
function newtonSchedule(bits: number): number[] {
  const steps = [bits];
  for (let b = bits; b > 104; ) {
    b = Math.ceil(b / 2) + 4;
    steps.push(b);
  }
  return steps.reverse();
}

/**
 * Computes log m at scale lead + bits + 4 for m in [3/4, 3/2), given
 * d = m − 1 exactly. `lead` is the number of leading zero bits of |log m|.
 */
function logNearOne(m: BigFloat, d: BigFloat, bits: number, lead: number) {
  let scale = 64 + lead;
  let y = toFixed(fromNumber(Math.log1p(toNumber(d))), scale);
  for (const b of newtonSchedule(bits)) {
    const w = b + lead + 4;
    y = rescale(y, scale, w);
    scale = w;
    const e = expm1Fixed(-y, w);
    y = y + toFixed(d, w) + ((toFixed(m, w) * e) >> BigInt(w));
  }
  return { y, scale };
}

/** Returns log x for x > 0, rounded to prec bits. */
export function log(x: BigFloat, prec: number): BigFloat {
  if (x.man <= 0n) {
    throw new InputError(
      `log of a real number requires a positive argument, received ` +
        `${toNumber(x)}; use the complex logarithm for negative values`,
    );
  }
  let q = topBit(x);
  let m = new BigFloat(x.man, x.exp - q);
  if (cmp(m, THREE_QUARTERS) < 0) {
    m = mulPow2(m, 1);
    q -= 1;
  }
  const d = addExact(m, MINUS_ONE);
  if (q === 0 && d.man === 0n) return ZERO;

  // log m ≈ d, so |log m| has about −log2|d| leading zero bits.
  const lead = d.man === 0n ? 0 : Math.max(0, Math.ceil(-log2Abs(d)));
  const bits = prec + GUARD + (q === 0 ? 0 : bitLength(BigInt(q)));
  const near = d.man === 0n
    ? { y: 0n, scale: bits + lead + 4 }
    : logNearOne(m, d, bits, q === 0 ? lead : 0);
  const total = near.y + BigInt(q) * ln2Fixed(near.scale);
  return fromFixed(total, near.scale, prec);
}

/** Returns log(1 + x) for x > −1, accurate also for tiny x. */
export function log1p(x: BigFloat, prec: number): BigFloat {
  if (cmp(x, MINUS_ONE) <= 0) {
    throw new InputError(
      `log1p requires an argument above −1, received ${toNumber(x)}`,
    );
  }
  // Below 2^(−prec/2−2) the series x − x²/2 is accurate to prec bits.
  if (topBit(x) < -prec / 2 - 2) {
    return add(x, neg(mulPow2(mul(x, x, prec), -1)), prec);
  }
  return log(addExact(ONE, x), prec);
}
