/**
 * The derivation pipeline: activation text → expression → derivative →
 * Fourier transforms → LFP coefficients → decay laws, with the
 * degenerate cases recognised and explained.
 */
import type { Expr } from './expr/tree.js';
import { same, ZERO, size } from './expr/tree.js';
import { parseActivation } from './expr/parse.js';
import { derivative } from './expr/derivative.js';
import { InputError } from './errors.js';
import { evaluate } from './expr/evaluate.js';
import { xcomplexField } from './numeric/complex-field.js';
import { fromReal } from './numeric/xcomplex.js';
import * as Q from './expr/rational.js';
import { resolveActivation, type ResolvedActivation } from './activations.js';
import { fourierTransform, type TransformResult } from './fourier/transform.js';
import { coefficientForms, type CoefficientForms } from './kernel/forms.js';
import { coefficientLaws, withoutDivergent, type CoefficientLaws } from './asymptotics/coefficients.js';
import type { KernelOptions, WeightModel } from './kernel/weights.js';

export interface DeriveOptions {
  /** Input dimension; text is accepted so that bad values are reported as given. */
  readonly dim?: number | string;
  readonly weights?: 'gaussian' | 'sphere';
  readonly sigmaW?: string | number;
  readonly sigmaA?: string | number;
  readonly r0?: string | number;
}

/** Reason the LFP coefficients at ξ ≠ 0 do not exist in the usual sense. */
export interface Degenerate {
  readonly kind: 'point-masses' | 'polynomial' | 'no-transform';
  readonly reason: string;
}

export interface Derivation {
  readonly activation: ResolvedActivation;
  readonly expression: Expr;
  readonly derivative: Expr;
  readonly options: KernelOptions;
  readonly transform: TransformResult;
  readonly kernel?: CoefficientForms;
  readonly laws?: CoefficientLaws;
  readonly degenerate?: Degenerate;
}

/** Nodes allowed in an activation, to bound the work of the rules. */
const MAX_NODES = 400;

export function derive(spec: string, options: DeriveOptions = {}): Derivation {
  const activation = resolveActivation(spec);
  const { expr } = parseActivation(activation.formula, activation.parameters);
  if (size(expr) > MAX_NODES) {
    throw new InputError(`the activation has ${size(expr)} nodes; the limit is ${MAX_NODES}`);
  }
  checkReal(expr, activation.name);
  const kernelOptions = resolveKernelOptions(options);
  const base = { activation, expression: expr, derivative: derivative(expr), options: kernelOptions };
  const transform = fourierTransform(expr);
  const degenerate = classify(transform);
  if (degenerate || transform.kind !== 'closed') return { ...base, transform, degenerate };
  const kernel = coefficientForms(transform.sigma.regular, transform.dsigma.regular, kernelOptions);
  // A coefficient that diverges has no decay law at either end.
  const divergence = (f: CoefficientForms['A']) => (f.kind === 'divergent' ? f.why : undefined);
  const laws = withoutDivergent(coefficientLaws(transform, kernelOptions),
    { A: divergence(kernel.A), B: divergence(kernel.B) });
  return { ...base, transform, kernel, laws };
}

/** Points where an activation is checked to be real; none is a likely kink. */
const SAMPLE_POINTS = [-5.9126, -2.3819, -0.7314, -0.1592, 0.1273, 0.6849, 1.9417, 6.3181];

/**
 * Rejects formulas that are not real functions of real x, such as log(x)
 * or x^(1/2) (complex for x < 0, whose real part the numerical routines
 * would silently use), and log(0), which has no value anywhere. Values
 * are taken in extended range, so 1e400*x is finite.
 *
 * NOTE: only the sample points are checked, so a formula that is complex
 * on a short interval between them (log(x^2 − 0.01)) passes.
 */
function checkReal(expr: Expr, name: string): void {
  let finite = 0;
  for (const x of SAMPLE_POINTS) {
    let v;
    try {
      v = evaluate(expr, xcomplexField, { x: fromReal(x) });
    } catch {
      continue;
    }
    if (!Number.isFinite(v.re) || !Number.isFinite(v.im)) continue;
    finite += 1;
    // The larger component of the mantissa is in [0.5, 1).
    if (Math.abs(v.im) > 1e-9) {
      throw new InputError(
        `activation ${clip(name)} is not real at x = ${x}: an activation must be a real `
        + 'function of every real x; put abs(x) inside log and fractional powers, '
        + 'e.g. log(abs(x)) or abs(x)^(1/2)',
      );
    }
  }
  if (finite === 0) {
    throw new InputError(
      `activation ${clip(name)} has no finite value at any of the points x = `
      + `${SAMPLE_POINTS.join(', ')}: an activation must be a real function with finite values`,
    );
  }
}

const clip = (t: string) => (t.length > 60 ? `${t.slice(0, 57)}...` : t);

function classify(t: TransformResult): Degenerate | undefined {
  if (t.kind === 'nonexistent') return { kind: 'no-transform', reason: t.reason };
  if (t.kind !== 'closed') return undefined;
  if (!same(t.sigma.regular, ZERO)) return undefined;
  const away = t.sigma.points.filter((p) => !same(p.at, ZERO));
  if (away.length > 0) {
    const what = away.some((p) => p.order > 0) ? 'derivatives of point masses' : 'a pair of point masses';
    return {
      kind: 'point-masses',
      reason: `the transform is ${what} at ξ = ±a/(2π), so the kernel concentrates `
        + 'where |ξ| = r·a/(2π): A is a density in r of order one, not a coefficient of order 1/σ_b',
    };
  }
  return {
    kind: 'polynomial',
    reason: 'the transform is supported at ξ = 0 (a polynomial), so there is no coefficient at ξ ≠ 0',
  };
}

/** Checks and fills in d, the weight model and σ_a. */
export function resolveKernelOptions(o: DeriveOptions): KernelOptions {
  const text = String(o.dim ?? 1).trim();
  const dim = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isInteger(dim) || dim < 1 || dim > 1000) {
    throw new InputError(`dimension d = "${text}" is invalid: d must be an integer from 1 to 1000`);
  }
  const sigmaA = positiveNumber('sigma-a', o.sigmaA ?? 1, true);
  const kind = o.weights ?? 'gaussian';
  let weights: WeightModel;
  if (kind === 'gaussian') weights = { kind, sigmaW: positiveNumber('sigma-w', o.sigmaW ?? 1) };
  else if (kind === 'sphere') weights = { kind, r0: positiveNumber('r0', o.r0 ?? 1) };
  else throw new InputError(`unknown weight model "${String(kind)}": use gaussian or sphere`);
  return { dim, weights, sigmaA };
}

function positiveNumber(name: string, value: string | number, allowZero = false): Q.Rational {
  const text = String(value).trim();
  const r = Q.parseDecimal(text);
  if (!r || (!allowZero && Q.isZero(r)) || Q.cmp(r, Q.rat(10n ** 6n)) > 0) {
    const range = allowZero ? 'a number from 0 to 1e6' : 'a positive number up to 1e6';
    throw new InputError(`--${name} = "${text}" is invalid: expected ${range}`);
  }
  return r;
}
