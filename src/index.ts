/**
 * lfp-toolkit: Fourier transforms of neural-network activations, the
 * coefficients A(ξ) and B(ξ) of the Linear Frequency Principle, and their
 * decay laws, in closed form where one exists.
 *
 * Conventions. The Fourier transform is unitary in ordinary frequency,
 * `F[f](ξ) = ∫ f(x) e^{−2πiξ·x} dx`. For a two-layer network with biases
 * b ~ N(0, σ_b²), σ_b ≫ 1, the residual evolves for ξ ≠ 0 as
 *
 * ```text
 * ∂_t F[u](ξ) = −(1/σ_b) [A(ξ) F[u_ρ](ξ) − ∇_ξ·(B(ξ) ∇_ξ F[u_ρ](ξ))],
 * A = G_σ + σ_a² G_σ',  B = σ_a² G_σ'/(4π²),
 * G_g(ξ) = c_d |ξ|^{−(d−1)} E_r[|F[g](|ξ|/r)|²/r],
 * c_d = Γ(d/2)/(√2 π^{(d+1)/2}),
 * ```
 *
 * with r = |w| the norm of a first-layer weight. Every coefficient this
 * package returns is σ_b·A or σ_b·B.
 *
 * Start with {@link derive}: it takes a built-in name ("gelu",
 * "elu(0.5)") or a formula in x ("x*tanh(log(1+exp(x)))") and returns the
 * whole derivation.
 *
 * @packageDocumentation
 */
import {
  derive as deriveActivation,
  type DeriveOptions,
  type Derivation,
} from './derive.js';
import type { Expr } from './expr/tree.js';
import { parseActivation } from './expr/parse.js';
import { toText as printText } from './expr/print.js';
import { toLatex as printLatex } from './expr/latex.js';
import { resolveActivation } from './activations.js';
import {
  fourierTransform as transformExpression,
  type TransformResult,
} from './fourier/transform.js';
import type { CoefficientForm, CoefficientForms } from './kernel/forms.js';
import {
  coefficientAt as evaluateCoefficient,
  type Magnitude,
} from './evaluate/coefficients.js';
import {
  transformAt as evaluateTransform,
  type TransformPoint,
} from './evaluate/transforms.js';
import type { LawResult } from './asymptotics/laws.js';
import { derivationJson as jsonOf } from './output/json.js';
import { derivationLatex as latexOf } from './output/latex-document.js';
import { derivationText as textOf } from './output/text.js';
import { verifyActivation as verify, type VerifyOptions } from './verify/run.js';
import type { CheckResult } from './verify/result.js';
import { NotDerivableError } from './errors.js';

export { resolveKernelOptions } from './derive.js';
export type { DeriveOptions, Derivation, Degenerate } from './derive.js';
export { BUILTINS, resolveActivation } from './activations.js';
export type { Builtin, ParameterSpec, ResolvedActivation } from './activations.js';

export type { Expr } from './expr/tree.js';
export { parseActivation } from './expr/parse.js';
export type { Parsed } from './expr/parse.js';
export { derivative } from './expr/derivative.js';

export type {
  TransformResult,
  ClosedTransform,
  NumericalTransform,
  NoTransform,
} from './fourier/transform.js';
export type { Distribution, PointTerm } from './fourier/distribution.js';
export type { TransformPoint, ComplexText } from './evaluate/transforms.js';

export { coefficientForms } from './kernel/forms.js';
export type { CoefficientForm, CoefficientForms } from './kernel/forms.js';
export type { KernelOptions, WeightModel } from './kernel/weights.js';
export { magnitudeText } from './evaluate/coefficients.js';
export type { Magnitude } from './evaluate/coefficients.js';

export { coefficientLaws } from './asymptotics/coefficients.js';
export type { CoefficientLaws } from './asymptotics/coefficients.js';
export type { DecayLaw, LawResult } from './asymptotics/laws.js';

export { lawJson, lawExpr } from './output/json.js';
export type { Formula, Exact, LawJson } from './output/json.js';

export type { VerifyOptions } from './verify/run.js';
export type { CheckResult } from './verify/result.js';

export { buildReport } from './report/build.js';
export type { ReportData, ReportOptions } from './report/build.js';
export { writeReport } from './report/write.js';
export type { WrittenReport } from './report/write.js';
export { buildTable } from './report/table.js';
export type { TableRequest, TableRow, LawCell, ValueCell } from './report/table.js';
export { formatTable, TABLE_FORMATS } from './report/table-format.js';
export type { TableFormat } from './report/table-format.js';

export { LfpError, InputError, NotDerivableError, ConvergenceError } from './errors.js';

// The LFP model against training in d = 1 (docs/lfp-model.md).
export { sampleTarget, parseData } from './lfp/data.js';
export type { TrainingData, GridOptions } from './lfp/data.js';
export { checkOperator } from './lfp/operator.js';
export type { OperatorCheck, OperatorCheckOptions, OperatorPoint } from './lfp/operator.js';
export { computeDynamics, ntkModel } from './lfp/dynamics.js';
export type { Dynamics, DynamicsOptions, FrequencyTimes, Snapshot, NtkModel } from './lfp/dynamics.js';
export { lfpModel, lfpCrossing } from './lfp/lfp-flow.js';
export type { LfpModel } from './lfp/lfp-flow.js';
export { lfpGram } from './lfp/lfp-gram.js';
export type { LfpGram } from './lfp/lfp-gram.js';
export { inverseCoefficient } from './lfp/inverse-coefficient.js';
export type { CoefficientProfile, InverseTable } from './lfp/inverse-coefficient.js';
export { trainNetwork } from './lfp/train.js';
export type { TrainOptions, Training, Checkpoint, FrequencyComparison, WidthRun } from './lfp/train.js';
export { fpNorm } from './lfp/fpnorm.js';
export { lfpInterpolant } from './lfp/interpolant.js';
export type { LfpInterpolant } from './lfp/interpolant.js';
export { windowedSeminormSquared } from './lfp/fp-seminorm.js';
export type { FpNorm } from './lfp/fpnorm.js';

/**
 * Derives everything about one activation: the parsed expression, its
 * derivative, the Fourier transforms of σ and σ', the coefficients σ_b·A
 * and σ_b·B, and their decay laws at high and low frequency.
 *
 * @param spec - A built-in name with optional parameters ("relu",
 *   "elu(0.5)", "leaky_relu(alpha=0.2)") or a formula in x.
 * @param options - Input dimension `dim` (default 1), weight model
 *   `weights` ('gaussian', the default, or 'sphere'), `sigmaW`, `sigmaA`
 *   and `r0` (default 1 each).
 * @returns The derivation. `degenerate` is set, with the reason, when the
 *   coefficients do not exist at ξ ≠ 0; `kernel` and `laws` are absent
 *   then, and when the transform has no closed form.
 * @throws InputError for text that does not parse or options out of range.
 */
export function derive(spec: string, options: DeriveOptions = {}): Derivation {
  return deriveActivation(spec, options);
}

/** Prints an expression as text that {@link parseActivation} reads back. */
export function toText(e: Expr): string {
  return printText(e);
}

/**
 * Prints an expression as LaTeX: `\frac`, `\operatorname{csch}`,
 * `\left|\xi\right|`, H for the step and δ for point masses. The output
 * parses in KaTeX.
 */
export function toLatex(e: Expr): string {
  return printLatex(e);
}

/**
 * Converts a derivation to the JSON that `lfp derive --json` prints, with
 * every formula as `text` and `latex` and every decay-law constant as
 * `{ exact, value }`.
 */
export function derivationJson(d: Derivation): ReturnType<typeof jsonOf> {
  return jsonOf(d);
}

/**
 * Formats a derivation as a LaTeX `align` block, or with `standalone` as a
 * document that compiles with amsmath (the output of `lfp derive --latex`).
 */
export function derivationLatex(d: Derivation, standalone = false): string {
  return latexOf(d, standalone);
}

/** Formats a derivation as the plain text that `lfp derive` prints. */
export function derivationText(d: Derivation): string {
  return textOf(d);
}

/**
 * Evaluates the regular parts of F[σ] and F[σ'] at one ξ ≠ 0, from the
 * closed form, or by quadrature of the defining integral when there is
 * none. In that case `method` is 'numerical quadrature' and `error`
 * estimates the absolute error.
 *
 * @throws InputError for ξ = 0 or a non-finite ξ; NotDerivableError when
 *   σ has no transform.
 */
export function transformAt(d: Derivation, xi: number): TransformPoint {
  return evaluateTransform(d, xi);
}

/**
 * Evaluates one coefficient form (`derive(...).kernel.A` or `.B`) at
 * |ξ| > 0. The
 * result carries `log10` as well as `value`, because far in the tail the
 * coefficient is below the smallest double and `value` is 0.
 *
 * @throws InputError for |ξ| ≤ 0 or a divergent form; ConvergenceError
 *   when the quadrature over r stops short of its tolerance, with what it
 *   reached.
 */
export function coefficientAt(form: CoefficientForm, xi: number): Magnitude {
  return evaluateCoefficient(form, xi);
}

/**
 * Runs the checks of `lfp verify`: closed-form transforms against their
 * defining integral, σ_b·A and σ_b·B against an independent average over
 * r, and each decay law against the coefficient over several decades.
 * Each result gives the measured disagreement and its tolerance.
 */
export function verifyActivation(
  spec: string,
  options: VerifyOptions = {},
): CheckResult[] {
  return verify(spec, options);
}

/**
 * Fourier transforms of an activation σ and of σ', as distributions: a
 * regular part for ξ ≠ 0 plus point terms at ξ = 0 (δ and its
 * derivatives), in the convention `F[f](ξ) = ∫ f(x) e^{−2πiξx} dx`.
 *
 * @param activation - A built-in name or a formula in x, or an expression
 *   from {@link parseActivation}.
 * @returns `kind: 'closed'` with both transforms, `'numerical'` with the
 *   reason when no rule applies, or `'nonexistent'` when σ is not a
 *   tempered distribution.
 * @throws InputError for text that does not parse.
 */
export function fourierTransform(activation: string | Expr): TransformResult {
  if (typeof activation !== 'string') return transformExpression(activation);
  const resolved = resolveActivation(activation);
  return transformExpression(parseActivation(resolved.formula, resolved.parameters).expr);
}

/**
 * Derives the LFP coefficients σ_b·A and σ_b·B of an activation, each as a closed
 * form in |ξ| or as an integral over r evaluated by quadrature.
 *
 * @throws NotDerivableError when the coefficients do not exist at ξ ≠ 0
 *   (sin and cos, polynomials) or the transform has no closed form.
 */
export function lfpCoefficients(
  spec: string,
  options: DeriveOptions = {},
): CoefficientForms {
  const d = deriveActivation(spec, options);
  if (d.degenerate)
    throw new NotDerivableError(`${d.activation.name}: ${d.degenerate.reason}`);
  if (!d.kernel) {
    throw new NotDerivableError(
      `${d.activation.name} has no closed-form transform, so its ` +
        'coefficients have no closed form; verifyActivation integrates them numerically',
    );
  }
  return d.kernel;
}

/** σ_b·A and σ_b·B at one |ξ|, with log10 for values below the double range. */
export interface CoefficientValues {
  readonly xi: number;
  readonly A: Magnitude;
  readonly B: Magnitude;
}

/**
 * Evaluates σ_b·A and σ_b·B at each |ξ| > 0.
 *
 * @throws InputError for |ξ| ≤ 0, NotDerivableError as
 *   {@link lfpCoefficients}, ConvergenceError when the quadrature over r
 *   stops short of its tolerance.
 */
export function coefficientValues(
  spec: string,
  xi: readonly number[],
  options: DeriveOptions = {},
): CoefficientValues[] {
  const forms = lfpCoefficients(spec, options);
  return xi.map((x) => ({
    xi: x,
    A: coefficientAt(forms.A, x),
    B: coefficientAt(forms.B, x),
  }));
}

/**
 * Derives the decay law C |ξ|^{−p} (log 1/|ξ|)^L exp(−c |ξ|^β) of σ_b·A or σ_b·B
 * as |ξ| → ∞ (`'high'`) or |ξ| → 0 (`'low'`), with exact constants.
 *
 * @returns `kind: 'law'` with the law, or `'zero'`, `'divergent'` or
 *   `'unavailable'` with the reason.
 * @throws NotDerivableError as {@link lfpCoefficients}.
 */
export function decayLaw(
  spec: string,
  coefficient: 'A' | 'B',
  limit: 'high' | 'low',
  options: DeriveOptions = {},
): LawResult {
  const d = deriveActivation(spec, options);
  if (!d.laws) {
    const reason = d.degenerate?.reason ?? 'the transform has no closed form';
    throw new NotDerivableError(`${d.activation.name} has no decay laws: ${reason}`);
  }
  return d.laws[limit][coefficient];
}
