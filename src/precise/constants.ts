/**
 * π, ln 2 and 2/√π to any precision, computed once per precision and cached.
 * The cache is a memo of a pure function: it keeps the most precise
 * value computed so far and serves every lower precision from it, so it
 * changes no result.
 */
import type { BigFloat } from './bigfloat.js';
import { fromFixed, isqrt, rescale } from './fixed.js';

/** A constant as a fixed-point BigInt, kept at the largest scale asked for. */
class ConstantCache {
  private value = 0n;
  private scale = 0;

  constructor(private readonly compute: (wp: number) => bigint) {}

  /** Returns the constant at scale wp, with an error below one unit in the last place. */
  fixed(wp: number): bigint {
    if (wp > this.scale) {
      this.scale = Math.max(wp + 32, Math.ceil(this.scale * 1.25));
      this.value = this.compute(this.scale);
    }
    return rescale(this.value, this.scale, wp);
  }
}

/**
 * Sums Σ_k s^k / ((2k+1) n^(2k+1)) at scale wp for an integer n ≥ 2,
 * with s = −1 (arctan 1/n) or s = 1 (artanh 1/n).
 */
function arctanInverse(n: bigint, wp: number, alternating: boolean): bigint {
  const nSquared = n * n;
  let power = (1n << BigInt(wp)) / n;
  let sum = 0n;
  for (let k = 0n; power !== 0n; k++) {
    const term = power / (2n * k + 1n);
    sum += alternating && k % 2n === 1n ? -term : term;
    power /= nSquared;
  }
  return sum;
}

/** Computes π = 16 arctan(1/5) − 4 arctan(1/239) (Machin's formula). */
function computePi(wp: number): bigint {
  const guard = 20;
  const w = wp + guard;
  const pi = 16n * arctanInverse(5n, w, true) - 4n * arctanInverse(239n, w, true);
  return rescale(pi, w, wp);
}

/** Computes ln 2 = 2 artanh(1/3), since artanh(u) = ½ ln((1+u)/(1−u)). */
function computeLn2(wp: number): bigint {
  const guard = 20;
  const w = wp + guard;
  return rescale(2n * arctanInverse(3n, w, false), w, wp);
}

/** Computes 2/√π as 2^(1+2w) / ⌊√(π 2^2w)⌋ in integers. */
function computeTwoOverSqrtPi(wp: number): bigint {
  const guard = 20;
  const w = wp + guard;
  const root = isqrt(computePi(2 * w));
  return rescale((1n << BigInt(2 * w + 1)) / root, w, wp);
}

const PI = new ConstantCache(computePi);
const LN2 = new ConstantCache(computeLn2);
const TWO_OVER_SQRT_PI = new ConstantCache(computeTwoOverSqrtPi);

/** Returns π at fixed-point scale wp, with an error below one unit of 2^−wp. */
export const piFixed = (wp: number): bigint => PI.fixed(wp);

/** Returns ln 2 at fixed-point scale wp, with an error below one unit of 2^−wp. */
export const ln2Fixed = (wp: number): bigint => LN2.fixed(wp);

/** Returns π rounded to prec bits. */
export function pi(prec: number): BigFloat {
  return fromFixed(piFixed(prec + 8), prec + 8, prec);
}

/** Returns ln 2 rounded to prec bits. */
export function ln2(prec: number): BigFloat {
  return fromFixed(ln2Fixed(prec + 8), prec + 8, prec);
}

/** Returns 2/√π, the factor in erf, rounded to prec bits. */
export function twoOverSqrtPi(prec: number): BigFloat {
  return fromFixed(TWO_OVER_SQRT_PI.fixed(prec + 8), prec + 8, prec);
}
