/**
 * `lfp dynamics`: training of the infinite-width network on 1-d data
 * (ntk-flow.ts), reported per frequency. For each frequency of the
 * initial residual it gives the time at which the amplitude has fallen
 * to 10 %, with the LFP estimate of that time. It also gives the learned
 * function and the spectrum of the residual at chosen times.
 *
 * LFP prediction: the same training under the LFP model, with the
 * kernel built from the closed forms of A and B (lfp-flow.ts), timed the
 * same way. It differs from the NTK time by O(σ_b^{−2}) relative.
 */
import type { Derivation } from '../derive.js';
import { InputError, NotDerivableError } from '../errors.js';
import { lfpCrossing, lfpModel, type LfpModel } from './lfp-flow.js';
import type { TrainingData } from './data.js';
import { fastActivation } from './fast-activation.js';
import { ntkGram } from './ntk.js';
import { ntkFlow, residualAtTime, type NtkFlow } from './ntk-flow.js';
import { frequencyGrid, significant, spectrum } from './spectrum.js';
import { LEARNED_FRACTION, amplitudeCurve, firstCrossing } from './convergence.js';

export interface FrequencyTimes {
  readonly xi: number;
  /** `|F[u_ρ](ξ)|` of the initial residual −y. */
  readonly initial: number;
  /** Time of gradient flow until the amplitude is 10 % of `initial`; null if never. */
  readonly ntkTime: number | null;
  /** The same time under the LFP model; null when it has no kernel or never gets there. */
  readonly lfpTime: number | null;
}

export interface Snapshot {
  readonly time: number;
  /** The learned function f(x_i) = y_i + u(x_i). */
  readonly values: number[];
  /** `|F[u_ρ](ξ_k)|` of the residual at every frequency of the grid. */
  readonly spectrum: number[];
  /** Root mean square of the residual. */
  readonly rmsResidual: number;
}

export interface Dynamics {
  readonly sigmaB: number;
  readonly frequencies: number[];
  readonly rows: FrequencyTimes[];
  readonly snapshots: Snapshot[];
  /** Largest and smallest positive eigenvalue of K/n: the fastest and slowest rates. */
  readonly rateRange: readonly [number, number];
  /** Reason there is no LFP prediction, when there is none. */
  readonly lfpUnavailable?: string;
  /** Degree of the polynomials the LFP model takes as learned at once; null without one. */
  readonly lfpDegree: number | null;
}

export interface DynamicsOptions {
  readonly sigmaB: number;
  /** Times of the snapshots; default: 0 and 8 times spanning the convergence times. */
  readonly times?: readonly number[];
}

/** The NTK model of one activation on one data set. */
export interface NtkModel {
  readonly flow: NtkFlow;
  readonly data: TrainingData;
  readonly frequencies: number[];
  readonly initial: number[];
  /** Fastest rate and the slowest one that is not rounding noise. */
  readonly rateRange: readonly [number, number];
}

export function ntkModel(d: Derivation, data: TrainingData, sigmaB: number): NtkModel {
  requireSigmaB(sigmaB);
  const gram = ntkGram(d, fastActivation(d), sigmaB, data.xs);
  const flow = ntkFlow(gram, data.ys);
  const frequencies = frequencyGrid(data.xs.length, data.period);
  const initial = spectrum(data.ys, data.xs, frequencies);
  const fastest = flow.rates[0]!;
  const positive = [...flow.rates].filter((r) => r > 1e-13 * fastest);
  const rateRange = [fastest, Math.min(...positive)] as const;
  return { flow, data, frequencies, initial, rateRange };
}

export function requireSigmaB(sigmaB: number): void {
  if (!(Number.isFinite(sigmaB) && sigmaB > 0 && sigmaB <= 1000)) {
    throw new InputError(`--sigma-b ${sigmaB} is invalid: `
      + 'expected a number in (0, 1000]');
  }
}

export function computeDynamics(d: Derivation, data: TrainingData,
  options: DynamicsOptions): Dynamics {
  const model = ntkModel(d, data, options.sigmaB);
  const lfp = lfpPrediction(d, data, options.sigmaB);
  const [fastest, slowest] = model.rateRange;
  const rows = significant(model.initial).map((k): FrequencyTimes => {
    const xi = model.frequencies[k]!;
    const decay = (rate: number, t: number) => Math.exp(-rate * t);
    const curve = amplitudeCurve(model.flow, data.xs, xi, decay);
    const target = LEARNED_FRACTION * model.initial[k]!;
    return {
      xi, initial: model.initial[k]!,
      ntkTime: firstCrossing(curve, target, 1e-3 / fastest, 100 / slowest),
      lfpTime: 'model' in lfp ? lfpCrossing(lfp.model, data.xs, xi, target) : null,
    };
  });
  const times = options.times ?? defaultTimes(rows, fastest);
  const snapshots = times.map((t) => snapshot(model, t));
  return {
    sigmaB: options.sigmaB, frequencies: model.frequencies, rows, snapshots,
    rateRange: model.rateRange,
    ...('why' in lfp ? { lfpUnavailable: lfp.why } : {}),
    lfpDegree: 'model' in lfp ? lfp.model.degree : null,
  };
}

/** Builds the LFP model on the data, or returns the reason it cannot be built. */
export function lfpPrediction(d: Derivation, data: TrainingData,
  sigmaB: number): { model: LfpModel } | { why: string } {
  try {
    return { model: lfpModel(d, data, sigmaB) };
  } catch (e) {
    if (e instanceof NotDerivableError || e instanceof InputError) return { why: e.message };
    throw e;
  }
}

function defaultTimes(rows: readonly FrequencyTimes[], fastest: number): number[] {
  const found = rows.flatMap((r) => (r.ntkTime === null ? [] : [r.ntkTime]));
  const lo = found.length ? 0.1 * Math.min(...found) : 1 / fastest;
  const hi = found.length ? 10 * Math.max(...found) : 1000 / fastest;
  const count = 8;
  const geometric = Array.from({ length: count }, (_, k) =>
    lo * (hi / lo) ** (k / (count - 1)));
  return [0, ...geometric];
}

function snapshot(model: NtkModel, time: number): Snapshot {
  if (!(Number.isFinite(time) && time >= 0)) {
    throw new InputError(`--times entry ${time} is invalid: `
      + 'times must be finite and ≥ 0');
  }
  const u = residualAtTime(model.flow, time);
  const values = Array.from(u, (r, i) => model.data.ys[i]! + r);
  const rms = Math.sqrt(u.reduce((s, r) => s + r * r, 0) / u.length);
  return {
    time, values, rmsResidual: rms,
    spectrum: spectrum(u, model.data.xs, model.frequencies),
  };
}
