/**
 * Averages over the bias b ~ N(0, σ_b²) of e^{iκb}·Q(b) and
 * e^{iκb}·b·Q(b) for the pre-activation integrals Q sampled in
 * bias-samples.ts: the tail P exactly (gaussian-window.ts), the
 * remainder by the stored quadrature rule.
 */
import type { BiasSamples, Tail } from './bias-samples.js';
import { windowMoments, type Pair, type WindowMoments } from './gaussian-window.js';

/** E_b[e^{iκb} Q] for S0, D0, D1 and E_b[e^{iκb} b·D1]. */
export interface BiasAverages {
  readonly s0: Pair;
  readonly d0: Pair;
  readonly d1: Pair;
  readonly bd1: Pair;
}

const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

export function averageOverBias(samples: BiasSamples, kappa: number,
  sigmaB: number): BiasAverages {
  const m = windowMoments(kappa, sigmaB);
  const [r0, r1, r2] = samples.remainders;
  const { nodes, weights } = samples.rule;
  const sums = new Float64Array(8);
  const norm = INV_SQRT_2PI / sigmaB;
  for (let j = 0; j < nodes.length; j++) {
    const b = nodes[j]!;
    const density = weights[j]! * norm * Math.exp((-0.5 * b * b) / (sigmaB * sigmaB));
    const c = density * Math.cos(kappa * b);
    const s = density * Math.sin(kappa * b);
    sums[0]! += c * r0![j]!;
    sums[1]! += s * r0![j]!;
    sums[2]! += c * r1![j]!;
    sums[3]! += s * r1![j]!;
    sums[4]! += c * r2![j]!;
    sums[5]! += s * r2![j]!;
    sums[6]! += c * b * r2![j]!;
    sums[7]! += s * b * r2![j]!;
  }
  const [t0, t1, t2] = samples.tails;
  return {
    s0: plus(tailAverage(t0!, m, 0), sums[0]!, sums[1]!),
    d0: plus(tailAverage(t1!, m, 0), sums[2]!, sums[3]!),
    d1: plus(tailAverage(t2!, m, 0), sums[4]!, sums[5]!),
    bd1: plus(tailAverage(t2!, m, 1), sums[6]!, sums[7]!),
  };
}

function plus(a: Pair, re: number, im: number): Pair {
  return { re: a.re + re, im: a.im + im };
}

/** E_b[e^{iκb} b^n P(b)] for n = 0 or 1. */
function tailAverage(p: Tail, m: WindowMoments, n: 0 | 1): Pair {
  const w = m.whole;
  const h = m.positive;
  const terms: [number, Pair][] = [
    [p.c0, w[n]], [p.c1, w[n + 1]!], [p.d0, h[n]], [p.d1, h[n + 1]!],
  ];
  let re = 0;
  let im = 0;
  for (const [coefficient, value] of terms) {
    if (coefficient === 0) continue;
    re += coefficient * value.re;
    im += coefficient * value.im;
  }
  return { re, im };
}
