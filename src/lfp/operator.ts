/**
 * The operator check: F[∫K(x,x') u(x') dx'](ξ) computed from the kernel
 * of the network (kernel-side.ts) against the LFP operator
 * (1/σ_b)[A F[u] − ∇·(B ∇F[u])] (lfp-side.ts), at several σ_b. The
 * relative difference falls like σ_b⁻², and extrapolating σ_b·F[∫K u]
 * to σ_b → ∞ removes it, so the extrapolated agreement measures the
 * coefficients themselves, c_d and the 1/(4π²) of B included.
 *
 * In d > 1 the test function u is radial, the one whose projection on
 * every line through 0 is the 1-d test function p (so F[u](ξ) =
 * F[p](|ξ|), by the projection-slice theorem). Each neuron σ(w·x + b)
 * is a ridge, whose transform lies on the line through w; averaged over
 * the direction of w it leaves the two directions ±ξ/|ξ|, with weight
 * Γ(d/2)/(π^{d/2}|ξ|^{d−1}). What remains is the 1-d computation with
 * w = ±|w| and p. The part of x·x' across ξ drops out, because u is
 * radial and so p has no first moment across any line.
 */
import type { Derivation } from '../derive.js';
import { InputError, NotDerivableError } from '../errors.js';
import { realFunction } from '../evaluate/compile.js';
import { findAsymptotes } from './asymptotes.js';
import { kernelSide, type Channels } from './kernel-side.js';
import { lfpSide, type LfpChannels } from './lfp-side.js';
import { compositeRule, partition } from './panel-rule.js';
import { extrapolateToZero } from './richardson.js';
import { gamma } from '../numeric/gamma.js';
import { gaussianCosine, type TestFunction } from './test-function.js';
import type { SamplingSetup } from './bias-samples.js';

export interface OperatorCheckOptions {
  /** Frequencies ξ > 0. */
  readonly xis: readonly number[];
  /** Bias widths σ_b, at least two; default 10, 20, 40. */
  readonly sigmaBs?: readonly number[];
  /** Frequency ω of the test function exp(−x²/2)cos(ωx); default 3. */
  readonly omega?: number;
  /** Divides every panel width (1 standard, 2 for a resolution check). */
  readonly refine?: number;
}

/** One σ_b: the two sides of `F[∫K u](ξ)` and their relative difference. */
export interface OperatorRow {
  readonly sigmaB: number;
  /** Real part of the kernel side. */
  readonly kernel: number;
  /** Imaginary part of the kernel side, 0 up to rounding for an even u. */
  readonly kernelImaginary: number;
  readonly lfp: number;
  readonly relError: number;
  /** Estimated error of the w quadrature in `kernel`. */
  readonly quadratureError: number;
}

export interface ChannelComparison {
  /** σ_b·(kernel side) extrapolated to σ_b → ∞. */
  readonly kernel: number;
  /** The σ_b-free LFP value. */
  readonly lfp: number;
  readonly relError: number;
}

export interface OperatorPoint {
  readonly xi: number;
  readonly rows: readonly OperatorRow[];
  /** log₂ of successive error ratios over log₂ of the σ_b ratios: about 2. */
  readonly observedOrders: readonly number[];
  readonly extrapolated: ChannelComparison;
  readonly channels: {
    readonly sigma: ChannelComparison;
    readonly constant: ChannelComparison;
    readonly linear: ChannelComparison;
  };
}

export interface OperatorCheck {
  readonly sigmaBs: readonly number[];
  readonly omega: number;
  readonly points: readonly OperatorPoint[];
  /** Largest extrapolated relative error over the points. */
  readonly worstExtrapolated: number;
  /** Number of first-layer weights at which the kernel side was evaluated. */
  readonly weightNodes: number;
}

const DEFAULT_SIGMA_BS = [10, 20, 40] as const;

export function checkOperator(d: Derivation,
  options: OperatorCheckOptions): OperatorCheck {
  requireKernel(d);
  const xis = validXis(options.xis);
  const sigmaBs = validSigmaBs(options.sigmaBs ?? DEFAULT_SIGMA_BS);
  const test = gaussianCosine(options.omega ?? 3);
  const refine = options.refine ?? 1;

  const setup = samplingSetup(d, test, refine);
  const side = kernelSide({ derivation: d, setup, xis, sigmaBs });
  const points = xis.map((xi, i) => {
    const scale = directionWeight(d.options.dim, xi);
    const values = side.values[i]!.map((c) => scaled(c, scale));
    const errors = side.wRuleError[i]!.map((e) => e * scale);
    return comparePoint(xi, sigmaBs, values, errors, lfpSide(d, test, xi));
  });
  const worstExtrapolated = Math.max(...points.map((p) => p.extrapolated.relError));
  return {
    sigmaBs, omega: test.omega, points, worstExtrapolated, weightNodes: side.nodesUsed,
  };
}

/** Γ(d/2)/(π^{d/2}|ξ|^{d−1}): the average over directions of w, 1 in d = 1. */
function directionWeight(dim: number, xi: number): number {
  return gamma(dim / 2) / (Math.PI ** (dim / 2) * xi ** (dim - 1));
}

function scaled(c: Channels, s: number): Channels {
  const times = (p: Channels['sigma']) => ({ re: s * p.re, im: s * p.im });
  return { sigma: times(c.sigma), constant: times(c.constant), linear: times(c.linear) };
}

/** The dimensions where the check has been run against its tests. */
const MAX_DIM = 3;

function requireKernel(d: Derivation): void {
  const name = d.activation.name;
  if (d.options.dim > MAX_DIM) {
    throw new InputError(`dimension d = ${d.options.dim} is not supported by the `
      + `operator check: it runs in d = 1 to ${MAX_DIM}`);
  }
  if (d.degenerate) throw new NotDerivableError(`${name}: ${d.degenerate.reason}`);
  if (!d.kernel || d.transform.kind !== 'closed') {
    throw new NotDerivableError(`${name} has no closed-form Fourier transform, `
      + 'which both sides of the operator check need');
  }
  for (const form of [d.kernel.Gsigma, d.kernel.Gdsigma, d.kernel.B]) {
    if (form.kind === 'divergent') throw new NotDerivableError(`${name}: ${form.why}`);
  }
}

function validXis(xis: readonly number[]): number[] {
  if (xis.length === 0) throw new InputError('no frequency given: the check needs ξ > 0');
  for (const xi of xis) {
    if (!(Number.isFinite(xi) && xi >= 0.05 && xi <= 5)) {
      throw new InputError(`ξ = ${xi} is invalid: the operator check accepts `
        + '0.05 ≤ ξ ≤ 5 (the test function has no weight beyond ξ ≈ 3, and at small ξ '
        + 'the terms of order e^{−2πσ_bξ} that the LFP expansion drops are no longer '
        + 'negligible)');
    }
  }
  return [...xis];
}

function validSigmaBs(sigmaBs: readonly number[]): number[] {
  const sorted = [...new Set(sigmaBs)].sort((a, b) => a - b);
  if (sorted.length < 2) {
    throw new InputError(`σ_b list ${sigmaBs.join(',')} is invalid: give at least two `
      + 'different values, e.g. 10,20,40, so that the extrapolation has '
      + 'something to use');
  }
  for (const s of sorted) {
    if (!(Number.isFinite(s) && s >= 5 && s <= 1000)) {
      throw new InputError(`σ_b = ${s} is invalid: expected a number from 5 to 1000 `
        + '(the LFP operator is the large-σ_b limit)');
    }
  }
  return sorted;
}

function samplingSetup(d: Derivation, test: TestFunction,
  refine: number): Omit<SamplingSetup, 'xiMax'> {
  const sigma = realFunction(d.expression, 'x');
  const dsigma = realFunction(d.derivative, 'x');
  return {
    sigma, dsigma, test, refine,
    sigmaLines: findAsymptotes(sigma, `σ = ${d.activation.name}`),
    dsigmaLines: findAsymptotes(dsigma, `σ' of ${d.activation.name}`),
    moments: moments(test),
  };
}

/** ∫ x^n u(x) dx for n = 0, 1, 2. */
function moments(test: TestFunction): [number, number, number] {
  const x = test.halfWidth;
  const rule = compositeRule(partition(-x, x, 0.25));
  const out: [number, number, number] = [0, 0, 0];
  rule.nodes.forEach((t, k) => {
    const f = rule.weights[k]! * test.value(t);
    out[0] += f;
    out[1] += f * t;
    out[2] += f * t * t;
  });
  return out;
}

function comparePoint(xi: number, sigmaBs: readonly number[], values: readonly Channels[],
  errors: readonly number[], lfp: LfpChannels): OperatorPoint {
  const lfpTotal = lfp.sigma + lfp.constant + lfp.linear;
  const rows = sigmaBs.map((sigmaB, j): OperatorRow => {
    const v = values[j]!;
    const kernel = v.sigma.re + v.constant.re + v.linear.re;
    const right = lfpTotal / sigmaB;
    return {
      sigmaB, kernel, lfp: right,
      kernelImaginary: v.sigma.im + v.constant.im + v.linear.im,
      relError: relative(kernel, right),
      quadratureError: errors[j]!,
    };
  });
  const channel = (pick: (c: Channels) => number, want: number) =>
    extrapolated(sigmaBs, values.map(pick), want);
  return {
    xi, rows, observedOrders: orders(rows),
    extrapolated: channel((c) => c.sigma.re + c.constant.re + c.linear.re, lfpTotal),
    channels: {
      sigma: channel((c) => c.sigma.re, lfp.sigma),
      constant: channel((c) => c.constant.re, lfp.constant),
      linear: channel((c) => c.linear.re, lfp.linear),
    },
  };
}

function extrapolated(sigmaBs: readonly number[], kernel: readonly number[],
  lfp: number): ChannelComparison {
  const h = sigmaBs.map((s) => 1 / (s * s));
  const scaled = kernel.map((v, j) => v * sigmaBs[j]!);
  const limit = extrapolateToZero(h, scaled);
  return { kernel: limit, lfp, relError: relative(limit, lfp) };
}

function relative(got: number, want: number): number {
  return want === 0 ? Math.abs(got) : Math.abs(got - want) / Math.abs(want);
}

function orders(rows: readonly OperatorRow[]): number[] {
  const out: number[] = [];
  for (let j = 0; j + 1 < rows.length; j++) {
    const a = rows[j]!;
    const b = rows[j + 1]!;
    out.push(Math.log(a.relError / b.relError) / Math.log(b.sigmaB / a.sigmaB));
  }
  return out;
}
