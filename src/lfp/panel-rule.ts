/**
 * Fixed composite quadrature for the operator check: the 15-point
 * Kronrod rule (exact to degree 22) on every panel of a partition, with
 * the embedded 7-point Gauss rule for an error estimate where one is
 * wanted. Fixed nodes let one set of expensive integrand values serve
 * many frequencies and bias widths at once, which adaptive quadrature
 * cannot do.
 */
import {
  GAUSS_WEIGHTS, KRONROD_NODES, KRONROD_WEIGHTS,
} from '../numeric/gauss-kronrod.js';

/** Nodes, Kronrod weights and embedded Gauss weights (0 off the Gauss nodes). */
export interface CompositeRule {
  readonly nodes: Float64Array;
  readonly weights: Float64Array;
  readonly gaussWeights: Float64Array;
}

/**
 * Splits [a, b] into panels no wider than `maxWidth`, with panel edges
 * at the given breakpoints inside the interval.
 */
export function partition(a: number, b: number, maxWidth: number,
  breakpoints: readonly number[] = []): number[] {
  const cuts = [a, ...breakpoints.filter((p) => p > a && p < b), b];
  cuts.sort((p, q) => p - q);
  const edges = [a];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const lo = cuts[k]!;
    const hi = cuts[k + 1]!;
    const count = Math.max(1, Math.ceil((hi - lo) / maxWidth));
    for (let j = 1; j <= count; j++) edges.push(lo + ((hi - lo) * j) / count);
  }
  return edges;
}

/** Builds the 15-point rule on each panel [edges[k], edges[k+1]]. */
export function compositeRule(edges: readonly number[]): CompositeRule {
  const panels = edges.length - 1;
  const nodes = new Float64Array(15 * panels);
  const weights = new Float64Array(15 * panels);
  const gaussWeights = new Float64Array(15 * panels);
  let n = 0;
  for (let k = 0; k < panels; k++) {
    const center = (edges[k]! + edges[k + 1]!) / 2;
    const half = (edges[k + 1]! - edges[k]!) / 2;
    for (let j = -7; j <= 7; j++) {
      const m = Math.abs(j);
      nodes[n] = center + Math.sign(j) * half * KRONROD_NODES[m]!;
      weights[n] = half * KRONROD_WEIGHTS[m]!;
      gaussWeights[n] = m % 2 === 0 ? half * GAUSS_WEIGHTS[m / 2]! : 0;
      n++;
    }
  }
  return { nodes, weights, gaussWeights };
}
