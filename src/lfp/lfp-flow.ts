/**
 * Training under the LFP model on 1-d data: gradient flow with the
 * kernel of lfp-gram.ts, du/dt = −(1/n) P K_LFP P u. The polynomial part
 * of the residual, which the network's kernel removes on a time scale
 * shorter by σ_b or more, is gone from the start: u(0) = −P y.
 */
import type { Derivation } from '../derive.js';
import type { TrainingData } from './data.js';
import { lfpGram } from './lfp-gram.js';
import { ntkFlow, type NtkFlow } from './ntk-flow.js';
import { project, projectMatrix } from './projection.js';
import { amplitudeCurve, firstCrossing } from './convergence.js';

export interface LfpModel {
  readonly flow: NtkFlow;
  /** Degree of the polynomials removed from the residual at the start. */
  readonly degree: number;
  /** Fastest rate and the slowest one that is not rounding noise. */
  readonly rateRange: readonly [number, number];
}

export function lfpModel(d: Derivation, data: TrainingData, sigmaB: number): LfpModel {
  const { gram, degree } = lfpGram(d, data.xs, sigmaB);
  const flow = ntkFlow(projectMatrix(gram, data.xs, degree),
    project(data.ys, data.xs, degree));
  const fastest = flow.rates[0]!;
  const positive = [...flow.rates].filter((r) => r > 1e-12 * fastest);
  return { flow, degree, rateRange: [fastest, Math.min(...positive)] };
}

/** Time at which `|F[u_ρ](ξ)|` under the LFP flow first falls to `target`. */
export function lfpCrossing(model: LfpModel, xs: Float64Array, xi: number,
  target: number): number | null {
  const curve = amplitudeCurve(model.flow, xs, xi, (rate, t) => Math.exp(-rate * t));
  const [fastest, slowest] = model.rateRange;
  if (curve(0) <= target) return 0;
  return firstCrossing(curve, target, 1e-3 / fastest, 100 / slowest);
}
