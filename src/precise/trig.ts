/**
 * sin, cos, arctan and arctan2 at any precision.
 *
 * sin and cos: x = q π/2 + r with |r| ≤ π/4, where π carries as many
 * extra bits as x has integer bits, and more when r is small (x close
 * to a multiple of π/2), so that r keeps its relative accuracy. Then r
 * is halved k times, sin and cos are summed as Taylor series in fixed
 * point, and sin 2t = 2 sin t cos t, cos 2t = 1 − 2 sin² t undo the
 * halving. arctan: |x| > 1 uses arctan x = ±π/2 − arctan(1/x), then
 * arctan u = 2 arctan(u / (1 + √(1 + u²))) shrinks u before the Taylor
 * series. Accuracy: a few units in the last place.
 */
import {
  BigFloat, ONE, ZERO, add, addExact, bitLength, cmp, div, mul, mulPow2, neg,
  roundToBigInt, sign, topBit, fromBigInt,
} from './bigfloat.js';
import { pi, piFixed } from './constants.js';
import { fromFixed, sqrtFixed, toFixed } from './fixed.js';

const GUARD = 12;

/** Returns sin t and cos t at scale wp for a fixed-point |t| ≤ 1 at scale wp. */
export function sinCosFixed(t: bigint, wp: number): { sin: bigint; cos: bigint } {
  const magnitude = bitLength(t) - wp;
  const k = Math.max(0, Math.round(0.5 * Math.sqrt(wp)) + magnitude);
  const w = wp + k + 6;
  const scale = BigInt(w);
  const fixedOne = 1n << scale;
  const tw = t << 6n;

  let s = tw;
  let c = fixedOne;
  let term = tw;
  for (let j = 2n; ; j++) {
    term = (term * tw >> scale) / j;
    if (term === 0n) break;
    const phase = j % 4n;
    if (phase === 0n) c += term;
    else if (phase === 1n) s += term;
    else if (phase === 2n) c -= term;
    else s -= term;
  }

  for (let i = 0; i < k; i++) {
    const doubled = (2n * s * c) >> scale;
    c = fixedOne - ((2n * s * s) >> scale);
    s = doubled;
  }
  const drop = BigInt(w - wp);
  return { sin: s >> drop, cos: c >> drop };
}

/** Returns round(a / b) for b > 0, ties towards +∞. */
function divideNearest(a: bigint, b: bigint): bigint {
  const numerator = 2n * a + b;
  const quotient = numerator / (2n * b);
  const inexact = quotient * 2n * b !== numerator;
  return numerator < 0n && inexact ? quotient - 1n : quotient;
}

/**
 * Splits x = q π/2 + r into the quadrant q mod 4 and r at scale wp,
 * where wp is raised until r has prec + GUARD significant bits.
 */
function reduceByHalfPi(x: BigFloat, prec: number) {
  const quotientBits = Math.max(0, topBit(x)) + 2;
  let lead = 0;
  for (;;) {
    const wp = prec + GUARD + lead;
    const scale = wp + quotientBits;
    const halfPi = piFixed(scale) >> 1n;
    const fixed = toFixed(x, scale);
    const q = divideNearest(fixed, halfPi);
    const r = (fixed - q * halfPi) >> BigInt(quotientBits);
    const missing = wp - bitLength(r);
    if (r !== 0n && missing > lead + 4) {
      lead = missing + 4;
      continue;
    }
    return { quadrant: Number(((q % 4n) + 4n) % 4n), r, wp };
  }
}

/** Returns sin x and cos x together, rounded to prec bits. */
export function sinCos(x: BigFloat, prec: number): { sin: BigFloat; cos: BigFloat } {
  if (x.man === 0n) return { sin: ZERO, cos: ONE };
  // Below 2^(−prec/2−2), x − x³/6 and 1 − x²/2 are accurate to prec bits.
  if (topBit(x) < -prec / 2 - 2) {
    const square = mul(x, x, prec);
    const cube = mul(square, x, prec);
    return {
      sin: add(x, neg(div(cube, fromBigInt(6n), prec)), prec),
      cos: add(ONE, neg(mulPow2(square, -1)), prec),
    };
  }
  const { quadrant, r, wp } = reduceByHalfPi(x, prec);
  const { sin: s, cos: c } = sinCosFixed(r, wp);
  const values = [s, c, -s, -c];
  return {
    sin: fromFixed(values[quadrant]!, wp, prec),
    cos: fromFixed(values[(quadrant + 1) % 4]!, wp, prec),
  };
}

export const sin = (x: BigFloat, prec: number) => sinCos(x, prec).sin;
export const cos = (x: BigFloat, prec: number) => sinCos(x, prec).cos;

/**
 * Returns sin(πx): exactly 0 at integers, and accurate near them
 * because x − n is exact.
 */
export function sinPi(x: BigFloat, prec: number): BigFloat {
  const n = roundToBigInt(x);
  const r = addExact(x, fromBigInt(-n));
  if (r.man === 0n) return ZERO;
  const wp = prec + 8;
  const value = sin(mul(pi(wp), r, wp), prec);
  return n % 2n === 0n ? value : neg(value);
}

/** Returns arctan a at scale wp for a fixed-point 0 ≤ a ≤ 1 at scale wp. */
function arctanFixed(a: bigint, wp: number): bigint {
  const k = Math.max(0, Math.round(Math.sqrt(wp) / 3) + bitLength(a) - wp);
  const w = wp + k + 6;
  const scale = BigInt(w);
  const fixedOne = 1n << scale;
  let u = a << BigInt(k + 6);
  for (let i = 0; i < k; i++) {
    const root = sqrtFixed(fixedOne + (u * u >> scale), w);
    u = (u << scale) / (fixedOne + root);
  }

  const u2 = u * u >> scale;
  let sum = u;
  let power = u;
  for (let j = 1n; power !== 0n; j++) {
    power = power * u2 >> scale;
    const term = power / (2n * j + 1n);
    sum += j % 2n === 1n ? -term : term;
  }
  return (sum << BigInt(k)) >> BigInt(w - wp);
}

/** Returns arctan x rounded to prec bits. */
export function atan(x: BigFloat, prec: number): BigFloat {
  if (x.man === 0n) return ZERO;
  const top = topBit(x);
  // Below 2^(−prec/2−2), x − x³/3 is accurate to prec bits.
  if (top < -prec / 2 - 2) {
    const cube = mul(mul(x, x, prec), x, prec);
    return add(x, neg(div(cube, fromBigInt(3n), prec)), prec);
  }
  const negative = x.man < 0n;
  const magnitude = negative ? neg(x) : x;
  let result: BigFloat;
  if (cmp(magnitude, ONE) <= 0) {
    const wp = prec + GUARD + Math.max(0, -top);
    result = fromFixed(arctanFixed(toFixed(magnitude, wp), wp), wp, prec);
  } else {
    const wp = prec + GUARD;
    const inverse = toFixed(div(ONE, magnitude, wp), wp);
    const halfPi = piFixed(wp) >> 1n;
    result = fromFixed(halfPi - arctanFixed(inverse, wp), wp, prec);
  }
  return negative ? neg(result) : result;
}

/** Returns the argument of x + iy in (−π, π], and 0 for x = y = 0. */
export function atan2(y: BigFloat, x: BigFloat, prec: number): BigFloat {
  const wp = prec + 8;
  if (x.man === 0n) {
    if (y.man === 0n) return ZERO;
    const halfPi = mulPow2(pi(prec), -1);
    return sign(y) > 0 ? halfPi : neg(halfPi);
  }
  const base = atan(div(y, x, wp), wp);
  if (x.man > 0n) return add(base, ZERO, prec);
  return sign(y) >= 0 ? add(base, pi(wp), prec) : add(base, neg(pi(wp)), prec);
}
