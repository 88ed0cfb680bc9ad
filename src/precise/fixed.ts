/**
 * Fixed-point helpers for the inner loops: a BigInt `v` at scale `wp`
 * stands for v × 2^−wp. Series and iterations run on these plain
 * integers because a BigFloat operation costs a normalisation each time.
 */
import { BigFloat, roundTo } from './bigfloat.js';

/** Returns round(x × 2^wp) as a BigInt. */
export function toFixed(x: BigFloat, wp: number): bigint {
  const shift = x.exp + wp;
  if (shift >= 0) return x.man << BigInt(shift);
  return shiftRightRounded(x.man, -shift);
}

/** Rounds v × 2^−wp to prec bits. */
export function fromFixed(v: bigint, wp: number, prec: number): BigFloat {
  return roundTo(v, -wp, prec);
}

/** Returns round(v / 2^k) for k ≥ 0, ties towards +∞. */
export function shiftRightRounded(v: bigint, k: number): bigint {
  if (k <= 0) return v << BigInt(-k);
  const shift = BigInt(k);
  return (v + (1n << (shift - 1n))) >> shift;
}

/** Changes the scale of a fixed-point value from `from` to `to` bits. */
export function rescale(v: bigint, from: number, to: number): bigint {
  return to >= from ? v << BigInt(to - from) : shiftRightRounded(v, from - to);
}

/** Returns ⌊√v⌋ for v ≥ 0, by Newton's iteration from a double estimate. */
export function isqrt(v: bigint): bigint {
  if (v < 2n) return v;
  const length = v.toString(16).length * 4;
  const shift = Math.max(0, length - 100) & ~1;
  const estimate = Math.sqrt(Number(v >> BigInt(shift)));
  let x = (BigInt(Math.floor(estimate)) + 2n) << BigInt(shift / 2);
  for (;;) {
    const next = (x + v / x) >> 1n;
    if (next >= x) break;
    x = next;
  }
  while (x * x > v) x -= 1n;
  while ((x + 1n) * (x + 1n) <= v) x += 1n;
  return x;
}

/** Returns √v at scale wp for a fixed-point v ≥ 0 at the same scale. */
export function sqrtFixed(v: bigint, wp: number): bigint {
  return isqrt(v << BigInt(wp));
}
