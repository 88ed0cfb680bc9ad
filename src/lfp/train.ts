/**
 * `lfp train`: a finite network (network.ts) trained by gradient descent
 * on 1-d data, compared step by step with the infinite-width prediction
 * for the same step size (ntk-flow.ts) and with the LFP model
 * (lfp-flow.ts). The network differs from the NTK by its finite width:
 * its kernel at initialisation fluctuates by O(m^{−1/2}) and moves during
 * training by O(m^{−1/2}); the NTK differs from the LFP model by
 * O(σ_b^{−2}). The run repeats at smaller widths to show the first part
 * shrinking.
 */
import type { Derivation } from '../derive.js';
import { InputError } from '../errors.js';
import type { TrainingData } from './data.js';
import { fastActivation } from './fast-activation.js';
import { MAX_WIDTH, gradientStep, initialNetwork, predict } from './network.js';
import { seededRandom } from './random.js';
import { lfpPrediction, ntkModel, type NtkModel } from './dynamics.js';
import { residualAfterSteps, residualAtTime } from './ntk-flow.js';
import { lfpCrossing, type LfpModel } from './lfp-flow.js';
import { significant, spectrum } from './spectrum.js';
import { LEARNED_FRACTION, amplitudeCurve, firstCrossing } from './convergence.js';

export interface TrainOptions {
  readonly width: number;
  readonly steps: number;
  readonly seed: number;
  readonly sigmaB: number;
  /** Step size; default 1/λ_max of K/n, half the stability limit. */
  readonly learningRate?: number;
  /** Widths of the repeat runs that show the finite-width part shrink. */
  readonly scanWidths?: readonly number[];
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
  /** `|F[u_ρ](ξ)|` of the network's and the NTK's residual, per frequency row. */
  readonly networkAmplitudes: number[];
  readonly ntkAmplitudes: number[];
  /** The same under the LFP model (gradient flow to time η·step); empty without one. */
  readonly lfpAmplitudes: number[];
  /** ‖f_network − f_LFP‖ / ‖y‖ over the data; null without an LFP model. */
  readonly lfpRelDifference: number | null;
}

export interface FrequencyComparison {
  readonly xi: number;
  readonly initial: number;
  /** Training times (η·steps) until the amplitude is 10 % of `initial`. */
  readonly measuredTime: number | null;
  readonly ntkTime: number | null;
  /** The same time under the LFP model (gradient flow). */
  readonly lfpTime: number | null;
}

/** One repeat run at another width, same seed, steps and step size. */
export interface WidthRun {
  readonly width: number;
  /** Times until each frequency row is learned, as in `rows`. */
  readonly measuredTimes: (number | null)[];
  /** Largest ‖f_network − f_NTK‖ / ‖y‖ over the checkpoints. */
  readonly maxRelDifference: number;
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
  readonly lfpValues: number[] | null;
  /** Reason there is no LFP prediction, when there is none. */
  readonly lfpUnavailable?: string;
  /**
   * Degree D of the polynomials the LFP model takes as learned at once
   * (lfp-flow.ts); −1 when none, null without an LFP model.
   */
  readonly lfpDegree: number | null;
  /** The run at `width` and the repeats at the scan widths, widest first. */
  readonly widthRuns: WidthRun[];
}

export const MAX_STEPS = 1_000_000;

export function trainNetwork(d: Derivation, data: TrainingData,
  options: TrainOptions): Training {
  const { width, steps, seed, sigmaB } = options;
  checkRun(steps, seed, data);
  checkWidth(width, '--width', 'an even integer');
  for (const w of options.scanWidths ?? []) {
    checkWidth(w, '--scan-widths entry', 'even integers, or "none"');
  }
  const model = ntkModel(d, data, sigmaB);
  const eta = learningRate(options.learningRate, model.rateRange[0]);
  const lfp = lfpPrediction(d, data, sigmaB);
  const lfpFlow = 'model' in lfp ? lfp.model : undefined;
  const rows = significant(model.initial);
  const setup: RunSetup = {
    d, data, model, lfp: lfpFlow, eta, steps, seed, sigmaB,
    xis: rows.map((k) => model.frequencies[k]!),
    targets: rows.map((k) => LEARNED_FRACTION * model.initial[k]!),
    marks: new Set(checkpointSteps(steps)),
  };
  const widths = [width, ...(options.scanWidths ?? [])];
  const total = steps * widths.reduce((s, w) => s + w, 0);
  let done = 0;
  const runs = widths.map((w) => {
    const run = runNetwork(setup, w, (step) => options.onProgress?.(
      Math.round(((done + step * w) / total) * steps), steps));
    done += steps * w;
    return run;
  });
  const main = runs[0]!;
  const xs = data.xs;
  return {
    width, steps, seed, sigmaB, learningRate: eta, checkpoints: main.checkpoints,
    rows: setup.xis.map((xi, r) => ({
      xi, initial: model.initial[rows[r]!]!,
      measuredTime: main.measuredTimes[r]!,
      ntkTime: ntkStepTime(model, eta, xi, setup.targets[r]!),
      lfpTime: lfpFlow ? lfpCrossing(lfpFlow, xs, xi, setup.targets[r]!) : null,
    })),
    networkValues: main.values,
    ntkValues: Array.from(residualAfterSteps(model.flow, eta, steps), (u, i) => data.ys[i]! + u),
    lfpValues: lfpFlow ? learned(lfpFlow, data, eta * steps) : null,
    ...('why' in lfp ? { lfpUnavailable: lfp.why } : {}),
    lfpDegree: lfpFlow ? lfpFlow.degree : null,
    widthRuns: runs.map((r, k) => ({
      width: widths[k]!, measuredTimes: r.measuredTimes,
      maxRelDifference: Math.max(...r.checkpoints.map((c) => c.relDifference)),
    })),
  };
}

function checkRun(steps: number, seed: number, data: TrainingData): void {
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
}

/** Checked before the kernel is built, which takes seconds. */
function checkWidth(w: number, name: string, expected: string): void {
  if (!Number.isInteger(w) || w < 2 || w % 2 !== 0 || w > MAX_WIDTH) {
    throw new InputError(`${name} ${w} is invalid: expected ${expected} from 2 to `
      + `${MAX_WIDTH} (neurons are initialised in pairs)`);
  }
}

interface RunSetup {
  readonly d: Derivation;
  readonly data: TrainingData;
  readonly model: NtkModel;
  readonly lfp: LfpModel | undefined;
  readonly eta: number;
  readonly steps: number;
  readonly seed: number;
  readonly sigmaB: number;
  readonly xis: number[];
  readonly targets: number[];
  readonly marks: ReadonlySet<number>;
}

/** Trains one network and records when each frequency row is learned. */
function runNetwork(s: RunSetup, width: number, onStep: (step: number) => void) {
  const { data, eta, steps } = s;
  const act = fastActivation(s.d);
  const net = initialNetwork(s.d, width, s.sigmaB, seededRandom(s.seed));
  const learnedAt: (number | null)[] = s.xis.map(() => null);
  const checkpoints: Checkpoint[] = [];
  for (let step = 0; step <= steps; step++) {
    const residual = step < steps
      ? gradientStep(net, act, data.xs, data.ys, eta)
      : predict(net, act, data.xs).map((f, i) => f - data.ys[i]!);
    spectrum(residual, data.xs, s.xis).forEach((a, r) => {
      if (learnedAt[r] === null && a <= s.targets[r]!) learnedAt[r] = step;
    });
    if (s.marks.has(step)) checkpoints.push(checkpoint(s, step, residual));
    if (step < steps) onStep(step + 1);
  }
  return {
    checkpoints,
    measuredTimes: learnedAt.map((k) => (k === null ? null : k * eta)),
    values: Array.from(predict(net, act, data.xs)),
  };
}

/** The function learned under the LFP model after time t. */
function learned(lfp: LfpModel, data: TrainingData, t: number): number[] {
  return Array.from(residualAtTime(lfp.flow, t), (u, i) => data.ys[i]! + u);
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

function checkpoint(s: RunSetup, step: number, residual: ArrayLike<number>): Checkpoint {
  const { xs, ys } = s.data;
  const ntk = residualAfterSteps(s.model.flow, s.eta, step);
  const lfp = s.lfp ? residualAtTime(s.lfp.flow, s.eta * step) : undefined;
  return {
    step, time: s.eta * step, networkLoss: loss(residual), ntkLoss: loss(ntk),
    relDifference: relativeDistance(residual, ntk, ys),
    networkAmplitudes: spectrum(residual, xs, s.xis),
    ntkAmplitudes: spectrum(ntk, xs, s.xis),
    lfpAmplitudes: lfp ? spectrum(lfp, xs, s.xis) : [],
    lfpRelDifference: lfp ? relativeDistance(residual, lfp, ys) : null,
  };
}

function loss(u: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < u.length; i++) s += u[i]! ** 2;
  return s / (2 * u.length);
}

/** ‖u − v‖ / ‖y‖. */
function relativeDistance(u: ArrayLike<number>, v: ArrayLike<number>,
  y: ArrayLike<number>): number {
  let difference = 0;
  let norm = 0;
  for (let i = 0; i < y.length; i++) {
    difference += (u[i]! - v[i]!) ** 2;
    norm += y[i]! ** 2;
  }
  return Math.sqrt(difference / norm);
}

/** Returns η times the (real) number of steps the NTK amplitude needs to reach target. */
function ntkStepTime(model: NtkModel, eta: number, xi: number,
  target: number): number | null {
  const curve = amplitudeCurve(model.flow, model.data.xs, xi,
    (rate, k) => Math.abs(1 - eta * rate) ** k);
  const steps = firstCrossing(curve, target, 1e-3, 100 / (eta * model.rateRange[1]));
  return steps === null ? null : eta * steps;
}
