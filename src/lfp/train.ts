/**
 * `lfp train`: a finite network (network.ts) trained by gradient descent
 * on 1-d data, compared step by step with the infinite-width prediction
 * for the same step size (ntk-flow.ts) and per frequency with the LFP
 * estimate (dynamics.ts). The differences come from the finite width:
 * the kernel at initialisation fluctuates by O(m^{−1/2}) and moves
 * during training by O(m^{−1/2}).
 */
import type { Derivation } from '../derive.js';
import { InputError } from '../errors.js';
import type { TrainingData } from './data.js';
import { fastActivation } from './fast-activation.js';
import { gradientStep, initialNetwork, predict } from './network.js';
import { seededRandom } from './random.js';
import { lfpTime, ntkModel, type NtkModel } from './dynamics.js';
import { residualAfterSteps } from './ntk-flow.js';
import { significant, spectrum } from './spectrum.js';
import { LEARNED_FRACTION, amplitudeCurve, firstCrossing } from './convergence.js';

export interface TrainOptions {
  readonly width: number;
  readonly steps: number;
  readonly seed: number;
  readonly sigmaB: number;
  /** Step size; default 1/λ_max of K/n, half the stability limit. */
  readonly learningRate?: number;
  /** Called after every step, for progress reports. */
  readonly onProgress?: (step: number, steps: number) => void;
}

export interface Checkpoint {
  readonly step: number;
  /** Training time η·step, the time of the gradient flow it approximates. */
  readonly time: number;
  readonly networkLoss: number;
  readonly ntkLoss: number;
  /** ‖f_network − f_NTK‖ / ‖y‖ over the data. */
  readonly relDifference: number;
  /** |F[u_ρ](ξ)| of the network's and the NTK's residual, per frequency row. */
  readonly networkAmplitudes: number[];
  readonly ntkAmplitudes: number[];
}

export interface FrequencyComparison {
  readonly xi: number;
  readonly initial: number;
  /** Training times (η·steps) until the amplitude is 10 % of `initial`. */
  readonly measuredTime: number | null;
  readonly ntkTime: number | null;
  readonly lfpTime: number | null;
}

export interface Training {
  readonly width: number;
  readonly steps: number;
  readonly seed: number;
  readonly sigmaB: number;
  readonly learningRate: number;
  readonly rows: FrequencyComparison[];
  readonly checkpoints: Checkpoint[];
  /** The learned function at the data points after the last step. */
  readonly networkValues: number[];
  readonly ntkValues: number[];
}

export const MAX_STEPS = 1_000_000;

export function trainNetwork(d: Derivation, data: TrainingData,
  options: TrainOptions): Training {
  const { width, steps, seed, sigmaB } = options;
  if (!Number.isInteger(steps) || steps < 1 || steps > MAX_STEPS) {
    throw new InputError(`--steps ${steps} is invalid: expected an integer from 1 `
      + `to ${MAX_STEPS}`);
  }
  if (!Number.isInteger(seed) || seed < 0 || seed >= 2 ** 32) {
    throw new InputError(`--seed ${seed} is invalid: expected an integer from 0 `
      + 'to 2^32 − 1');
  }
  if (data.ys.every((y) => y === 0)) {
    throw new InputError(`the target ${data.source} is zero everywhere: there is nothing to learn`);
  }
  const model = ntkModel(d, data, sigmaB);
  const eta = learningRate(options.learningRate, model.rateRange[0]);
  const act = fastActivation(d);
  const net = initialNetwork(d, width, sigmaB, seededRandom(seed));

  const rows = significant(model.initial);
  const xis = rows.map((k) => model.frequencies[k]!);
  const targets = rows.map((k) => LEARNED_FRACTION * model.initial[k]!);
  const learnedAt: (number | null)[] = rows.map(() => null);
  const marks = new Set(checkpointSteps(steps));
  const checkpoints: Checkpoint[] = [];
  for (let step = 0; step <= steps; step++) {
    const residual = step < steps
      ? gradientStep(net, act, data.xs, data.ys, eta)
      : predict(net, act, data.xs).map((f, i) => f - data.ys[i]!);
    const amplitudes = spectrum(residual, data.xs, xis);
    amplitudes.forEach((a, r) => {
      if (learnedAt[r] === null && a <= targets[r]!) learnedAt[r] = step;
    });
    if (marks.has(step)) checkpoints.push(checkpoint(model, eta, step, residual, xis));
    if (step < steps) options.onProgress?.(step + 1, steps);
  }
  const ntkResidual = residualAfterSteps(model.flow, eta, steps);
  const last = predict(net, act, data.xs);
  return {
    width, steps, seed, sigmaB, learningRate: eta, checkpoints,
    rows: xis.map((xi, r) => ({
      xi, initial: model.initial[rows[r]!]!,
      measuredTime: learnedAt[r] === null ? null : learnedAt[r]! * eta,
      ntkTime: ntkStepTime(model, eta, xi, targets[r]!),
      lfpTime: lfpTime(d, xi, sigmaB, data.period),
    })),
    networkValues: Array.from(last),
    ntkValues: Array.from(ntkResidual, (u, i) => data.ys[i]! + u),
  };
}

function learningRate(requested: number | undefined, fastest: number): number {
  if (requested === undefined) return 1 / fastest;
  const limit = 2 / fastest;
  if (!(Number.isFinite(requested) && requested > 0 && requested < limit)) {
    throw new InputError(`--learning-rate ${requested} is invalid: gradient descent is `
      + `stable for 0 < η < 2/λ_max = ${limit.toPrecision(4)} (λ_max of K/n)`);
  }
  return requested;
}

/** Step 0, about 12 steps spaced evenly in log(step), and the last. */
function checkpointSteps(steps: number): number[] {
  const out = [0];
  for (let k = 0; k <= 12; k++) out.push(Math.round(steps ** (k / 12)));
  return [...new Set(out)];
}

function checkpoint(model: NtkModel, eta: number, step: number,
  residual: ArrayLike<number>, xis: number[]): Checkpoint {
  const { xs, ys } = model.data;
  const ntk = residualAfterSteps(model.flow, eta, step);
  const loss = (u: ArrayLike<number>) => {
    let s = 0;
    for (let i = 0; i < u.length; i++) s += u[i]! ** 2;
    return s / (2 * u.length);
  };
  let difference = 0;
  let norm = 0;
  for (let i = 0; i < ys.length; i++) {
    difference += (residual[i]! - ntk[i]!) ** 2;
    norm += ys[i]! ** 2;
  }
  return {
    step, time: eta * step, networkLoss: loss(residual), ntkLoss: loss(ntk),
    relDifference: Math.sqrt(difference / norm),
    networkAmplitudes: spectrum(residual, xs, xis),
    ntkAmplitudes: spectrum(ntk, xs, xis),
  };
}

/** Returns η times the (real) number of steps the NTK amplitude needs to reach target. */
function ntkStepTime(model: NtkModel, eta: number, xi: number,
  target: number): number | null {
  const curve = amplitudeCurve(model.flow, model.data.xs, xi,
    (rate, k) => Math.abs(1 - eta * rate) ** k);
  const steps = firstCrossing(curve, target, 1e-3, 100 / (eta * model.rateRange[1]));
  return steps === null ? null : eta * steps;
}
