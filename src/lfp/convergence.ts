/**
 * Convergence times per frequency: the first time at which the amplitude
 * |F[u_ρ](ξ)| of the residual falls to a given fraction of its start.
 */
import type { NtkFlow } from './ntk-flow.js';

/** Fraction of its initial amplitude at which a frequency counts as learned. */
export const LEARNED_FRACTION = 0.1;

/**
 * Amplitude |F[u_ρ](ξ)| as a function of a decay parameter: time for
 * gradient flow (factor e^{−λt}) or steps for gradient descent (factor
 * (1 − ηλ)^k, k read as a real number).
 */
export function amplitudeCurve(flow: NtkFlow, xs: ArrayLike<number>, xi: number,
  factor: (rate: number, t: number) => number): (t: number) => number {
  const { n, vectors } = flow;
  const re = new Float64Array(n);
  const im = new Float64Array(n);
  for (let m = 0; m < n; m++) {
    let a = 0;
    let b = 0;
    for (let i = 0; i < n; i++) {
      const phase = 2 * Math.PI * xi * xs[i]!;
      a += vectors[i * n + m]! * Math.cos(phase);
      b -= vectors[i * n + m]! * Math.sin(phase);
    }
    re[m] = (a * flow.start[m]!) / n;
    im[m] = (b * flow.start[m]!) / n;
  }
  return (t) => {
    let a = 0;
    let b = 0;
    for (let m = 0; m < n; m++) {
      const f = factor(flow.rates[m]!, t);
      a += re[m]! * f;
      b += im[m]! * f;
    }
    return Math.hypot(a, b);
  };
}

/**
 * Finds the first t in [lo, hi] where curve(t) ≤ target. The search steps
 * through 50 points per decade and refines the crossing by bisection in
 * log t. Returns null when the curve stays above the target up to hi.
 */
export function firstCrossing(curve: (t: number) => number, target: number,
  lo: number, hi: number): number | null {
  const decades = Math.log10(hi / lo);
  const count = Math.max(2, Math.ceil(50 * decades));
  let previous = lo;
  for (let k = 0; k <= count; k++) {
    const t = lo * 10 ** ((decades * k) / count);
    if (curve(t) <= target) return k === 0 ? t : bisect(curve, target, previous, t);
    previous = t;
  }
  return null;
}

function bisect(curve: (t: number) => number, target: number, lo: number,
  hi: number): number {
  let a = lo;
  let b = hi;
  for (let k = 0; k < 50 && b / a > 1 + 1e-12; k++) {
    const mid = Math.sqrt(a * b);
    if (curve(mid) <= target) b = mid;
    else a = mid;
  }
  return b;
}
