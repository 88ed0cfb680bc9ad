/**
 * The midpoint sum on the real line, M(h) = h Σ_k g((k + ½)h): the
 * trapezoidal rule on the grid shifted by h/2, whose nodes are disjoint
 * from those of T(h) = h Σ_k g(kh). By Poisson summation
 * M(h) = Σ_k (−1)^k ĝ(k/h) while T(h) = Σ_k ĝ(k/h), so the leading error
 * terms (k = ±1) change sign and |T(h) − M(h)| is about twice the error
 * of T(h). It serves as an independent check of a trapezoidLine result
 * at the same step and over the same range, and makes no error estimate
 * of its own.
 */
import { type BigFloat, mulPow2, neg, toNumber } from '../bigfloat.js';
import { type GridSampler, LineSums } from './line-grid.js';

export interface MidpointLineOptions {
  readonly step: BigFloat;
  /** Nodes lie in [lower, upper], as trapezoidLine returns in `range`. */
  readonly range: readonly [number, number];
  /** Every component is even: sum over x > 0 only and double. */
  readonly even?: boolean;
  readonly precBits: number;
}

export interface MidpointLineResult {
  readonly values: readonly BigFloat[];
  /** The rounding floor shared by all values. */
  readonly roundingFloor: BigFloat;
  readonly evaluations: number;
}

/** Computes M(h) for each component of a sampled integrand. */
export function midpointLine(
  sampler: GridSampler,
  options: MidpointLineOptions,
): MidpointLineResult {
  const { step, range, precBits } = options;
  const even = options.even ?? false;
  const sums = new LineSums(precBits);
  for (const direction of even ? [1] : [1, -1]) {
    const signed = direction > 0 ? step : neg(step);
    const grid = { start: mulPow2(signed, -1), step: signed, prec: precBits };
    const end = Math.abs(range[direction > 0 ? 1 : 0]);
    const [first, spacing] = [toNumber(grid.start), toNumber(signed)];
    const sample = sampler(grid);
    for (let k = 0; Math.abs(first + k * spacing) <= end; k++) {
      sums.add(sample(k), even ? 2 : 1);
    }
  }
  return {
    values: sums.values(step),
    roundingFloor: sums.roundingFloor(step),
    evaluations: sums.evaluations,
  };
}
