/**
 * F[f](ξ) = ∫ f(x) e^(−2πiξx) dx at high precision by the trapezoidal
 * rule on the real line (trapezoid-line.ts), for f that is analytic in
 * a strip |Im x| < a and decays exponentially: the derivatives of tanh,
 * the logistic sigmoid, softplus, GELU, SiLU. The strip comes from the
 * expression (expr/strip-width.ts). Without one (a kink, a step, an
 * unknown denominator) this path does not apply, and callers use
 * tanh-sinh with breakpoints instead.
 *
 * Step: the rule's error is about M e^(−2πa/h), where the factor
 * e^(−2πiξx) grows like e^(2π|ξ|a) at Im x = ∓a. F itself is roughly
 * e^(−2π|ξ|a) times ∫|f| (an estimate from the nearest singularity, up
 * to powers of ξ), so a relative target of B bits needs about
 *   2πa/h ≥ (B + MARGIN_BITS) ln 2 + 4π|ξ|a.
 * The same e^(−2π|ξ|a) sets the bits added for cancellation when the
 * target is relative. For entire f (the Gaussian in GELU'') the bound
 * holds for every a, but M grows with a, so the step is designed for
 * a = STRIP_CAP. These choices only set the starting step and
 * precision, because the rule halves the step or adds bits while its
 * own estimate misses the target.
 */
import { InputError } from '../errors.js';
import type { Expr } from '../expr/tree.js';
import { type Parity, parity } from '../expr/parity.js';
import { stripHalfWidth } from '../expr/strip-width.js';
import {
  type BigFloat, type Bound, PreciseComplex, ZERO, abs, mulExact, neg, parseDecimal,
  workingBits,
} from '../precise/index.js';
import type { GridSample, GridSampler } from '../precise/quadrature/line-grid.js';
import {
  type MidpointLineResult, midpointLine,
} from '../precise/quadrature/midpoint-line.js';
import {
  type TrapezoidLineResult, trapezoidLine,
} from '../precise/quadrature/trapezoid-line.js';
import { rotations } from './grid-sequences.js';
import { compileGrid } from './precise-grid.js';

/** A function of x that is negligible for |x| ≥ halfWidth. */
export interface DecayingFunction {
  readonly expr: Expr;
  readonly halfWidth: number;
  /** Digits that evaluating f loses to cancellation inside [−L, L]. */
  readonly lossDigits: number;
}

/** The facts about f that the trapezoidal path needs. */
export interface LinePlan {
  /** Half-width of the strip of analyticity around the real axis. */
  readonly strip: number;
  readonly parity: Parity;
}

export interface LineFourierOptions {
  readonly digits: number;
  /** Also accept this absolute error in each part. */
  readonly absoluteTolerance?: Bound;
  /** Throw when the accuracy is not reached. */
  readonly strict?: boolean;
}

export interface LineFourierResult {
  readonly value: PreciseComplex;
  readonly reError: BigFloat;
  readonly imError: BigFloat;
  readonly trapezoid: TrapezoidLineResult;
}

/**
 * Headroom for the rule's estimate, which adds its own margin and fits
 * from the coarser levels. With 16 bits less, F[sech²](7) at 50 digits
 * needed one more halving of the step.
 */
const MARGIN_BITS = 12;
/** The strip half-width the step assumes for an entire f. */
const STRIP_CAP = 3;
const LOG2_10 = Math.log2(10);
/**
 * Nodes may lie out to twice the half-width L of f, because findDecay
 * accepts L only after a full octave [L, 2L] of samples below its level.
 * The rule itself stops earlier, where the terms fall below its
 * precision. A relative target raises that precision when F(ξ) is small.
 */
const RANGE_FACTOR = 2;
/**
 * Bits of ξ beyond the sampling precision: rotations() needs 64 bits
 * more than its working precision, which is 16 bits above the sampling.
 */
const FREQUENCY_EXTRA_BITS = 80;

/**
 * Returns the strip and parity of f when the trapezoidal rule on the
 * real line applies to it, or undefined when f has no known strip of
 * analyticity (which includes every f with a kink or a jump).
 */
export function linePlan(f: Expr): LinePlan | undefined {
  const strip = stripHalfWidth(f);
  return strip > 0 ? { strip, parity: parity(f) } : undefined;
}

/** Returns the strip half-width the step is designed for. */
function designStrip(plan: LinePlan): number {
  return Number.isFinite(plan.strip) ? plan.strip : STRIP_CAP;
}

/** Returns 2πa|ξ| in nats: the growth of e^(−2πiξx) at the strip's edge. */
function frequencyNats(plan: LinePlan, xi: number): number {
  return 2 * Math.PI * designStrip(plan) * Math.abs(xi);
}

/** Returns the step expected to give `bits` bits relative to |F(ξ)|. */
function lineStep(plan: LinePlan, xi: number, bits: number): number {
  const a = designStrip(plan);
  const nats = (bits + MARGIN_BITS) * Math.LN2 + 2 * frequencyNats(plan, xi);
  return (2 * Math.PI * a) / nats;
}

/**
 * Returns the sampler of f(x)·cos 2πξx and −f(x)·sin 2πξx, the real and
 * imaginary parts of the integrand, without the part that vanishes by
 * parity: for even f only the cosine part, for odd f only the sine part.
 */
function fourierSampler(f: DecayingFunction, xi: string, plan: LinePlan): GridSampler {
  const values = compileGrid(f.expr);
  const lossBits = Math.ceil(f.lossDigits * LOG2_10);
  return (grid) => {
    const prec = grid.prec;
    const valueAt = values({ ...grid, prec: prec + lossBits });
    const frequency = parseDecimal(xi, prec + FREQUENCY_EXTRA_BITS);
    const phaseAt = rotations(frequency, grid);
    return (k): GridSample => {
      const value = valueAt(k);
      const { cos, sin } = phaseAt(k);
      // Exact products: the rule's sum rounds each term once.
      const parts: BigFloat[] = [];
      if (plan.parity !== 'odd') parts.push(mulExact(value, cos));
      if (plan.parity !== 'even') parts.push(neg(mulExact(value, sin)));
      return { values: parts, envelope: abs(value) };
    };
  };
}

/** Places the computed parts into (re, im), with exact zeros where parity puts them. */
function assemble(parts: readonly BigFloat[], plan: LinePlan): [BigFloat, BigFloat] {
  if (plan.parity === 'even') return [parts[0]!, ZERO];
  if (plan.parity === 'odd') return [ZERO, parts[0]!];
  return [parts[0]!, parts[1]!];
}

/**
 * Computes F[f](ξ) for ξ given as a decimal string, with `digits`
 * digits relative to the larger part of F(ξ) unless an absolute
 * tolerance is given. Throws InputError for an invalid ξ and, when
 * `strict` is set, TrapezoidConvergenceError when the estimate does not
 * meet the target.
 */
export function lineFourier(
  f: DecayingFunction,
  xi: string,
  plan: LinePlan,
  options: LineFourierOptions,
): LineFourierResult {
  const xiValue = Number(xi);
  if (!Number.isFinite(xiValue)) {
    throw new InputError(`ξ = "${xi}" is invalid: expected a finite decimal number`);
  }
  const relative = options.absoluteTolerance === undefined;
  const cancellationBits = Math.ceil(frequencyNats(plan, xiValue) / Math.LN2);
  const trapezoid = trapezoidLine(fourierSampler(f, xi, plan), {
    digits: options.digits,
    step: lineStep(plan, xiValue, workingBits(options.digits)),
    halfWidth: RANGE_FACTOR * f.halfWidth,
    even: plan.parity !== 'none',
    absoluteTolerance: options.absoluteTolerance,
    extraBits: relative ? cancellationBits : 0,
    strict: options.strict,
  });
  const [re, im] = assemble(trapezoid.values, plan);
  const [reError, imError] = assemble(trapezoid.errorEstimates, plan);
  return { value: new PreciseComplex(re, im), reError, imError, trapezoid };
}

export interface MidpointFourierResult {
  readonly value: PreciseComplex;
  readonly midpoint: MidpointLineResult;
}

/**
 * Computes F[f](ξ) by the midpoint sum at the step and over the range of
 * an earlier lineFourier result: nodes disjoint from the trapezoidal
 * rule's, for an independent check of that result.
 */
export function midpointFourier(
  f: DecayingFunction,
  xi: string,
  plan: LinePlan,
  trapezoid: TrapezoidLineResult,
): MidpointFourierResult {
  const midpoint = midpointLine(fourierSampler(f, xi, plan), {
    step: trapezoid.step,
    range: trapezoid.range,
    even: plan.parity !== 'none',
    precBits: trapezoid.precBits,
  });
  const [re, im] = assemble(midpoint.values, plan);
  return { value: new PreciseComplex(re, im), midpoint };
}
