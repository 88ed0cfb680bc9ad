/**
 * Integrals over r ∈ (0, ∞) of positive integrands at a requested
 * number of digits, each confirmed by two independent rules.
 *
 * First the trapezoidal and midpoint sums in s = ln r at the same step
 * (precise-radial-line.ts). For the LFP integrands, whose transforms
 * are analytic in a strip around the real s axis, they cost a few
 * hundred evaluations, or a few thousand where f vanishes only like a
 * power of r as r → 0. When they disagree, or their range or step cannot be
 * found, the result comes from the two rules below, and it records why:
 *
 * 1. locate the peak and the support in double precision (precise-peak.ts),
 *    dropping the parts where f is below e^−D times its maximum, with
 *    D = (digits + 10) ln 10, which changes the integral by far less
 *    than its last requested digit;
 * 2. tanh-sinh with breakpoints at the peak and at peak ± 2^j widths;
 * 3. Gauss–Legendre on a different partition: pieces 0.8 widths long,
 *    offset from the peak, growing by 1.5 beyond 30 pieces;
 * 4. the error bound is the larger of |tanh-sinh − Gauss–Legendre| and
 *    both rules' own estimates.
 */
import { ConvergenceError } from '../errors.js';
import {
  type BigFloat, type Integrand, type QuadratureResult, abs, add, gaussLegendre,
  neg, tanhSinh,
} from '../precise/index.js';
import { agreementDigits, maxBound } from './precise-digits.js';
import { type PeakLocation, locatePeak } from './precise-peak.js';
import { type LineIntegral, integrateLine } from './precise-radial-line.js';

export interface RadialIntegrand {
  /** ln f(r) in double precision and extended range, for locating the peak. */
  readonly logAbs: (r: number) => number;
  /** f(r) at the node's working precision. */
  readonly value: Integrand;
}

/** One rule's result, as compared with the other rule's. */
export interface RuleSum {
  /** The rule, such as "tanh-sinh" or "midpoint sum in ln r". */
  readonly rule: string;
  readonly value: BigFloat;
  readonly evaluations: number;
  /** False when the rule missed its own error target. */
  readonly converged: boolean;
}

export interface RadialIntegral {
  /** The value of the first rule. */
  readonly value: BigFloat;
  /** Bound on the absolute error of `value`. */
  readonly error: BigFloat;
  /** The two independent rules whose agreement confirms the value. */
  readonly rules: readonly [RuleSum, RuleSum];
  /** Leading digits on which the two rules agree. */
  readonly agreement: number;
  /** The digits requested of each rule. */
  readonly workingDigits: number;
  /** The reason tanh-sinh and Gauss–Legendre replaced the sums in ln r. */
  readonly fallback?: string;
}

/** Digits beyond the request below which the dropped tails stay. */
const TAIL_GUARD_DIGITS = 10;
const GEOMETRIC_STEPS = 40;
const UNIFORM_PIECES = 30;
const GL_SPACING = 0.8;
const GL_GROWTH = 1.5;
/** Grading towards r = 0 when the support reaches it. */
const TS_ORIGIN_RATIO = 2;
const GL_ORIGIN_RATIO = 3;
const ORIGIN_STEPS = 12;

const inside = (lower: number, upper: number) => (x: number) => x > lower && x < upper;

/** Breakpoints of the tanh-sinh rule: the peak and peak ± 2^j widths. */
export function tanhSinhBreakpoints(p: PeakLocation): number[] {
  const points = [p.peak];
  for (let j = 0; j < GEOMETRIC_STEPS; j++) {
    points.push(p.peak - p.width * 2 ** j, p.peak + p.width * 2 ** j);
  }
  const lowest = Math.min(...points.filter(inside(p.lower, p.upper)));
  const grading = p.lower === 0 ? originGrading(lowest, TS_ORIGIN_RATIO) : [];
  return distinct([...points, ...grading].filter(inside(p.lower, p.upper)));
}

/** Breakpoints of the Gauss–Legendre rule, none at the peak itself. */
export function gaussLegendreBreakpoints(p: PeakLocation): number[] {
  const points: number[] = [];
  for (const side of [-1, 1]) {
    let offset = 0.5 * GL_SPACING * p.width;
    let step = GL_SPACING * p.width;
    for (let j = 0; j < UNIFORM_PIECES + GEOMETRIC_STEPS; j++) {
      points.push(p.peak + side * offset);
      if (j >= UNIFORM_PIECES) step *= GL_GROWTH;
      offset += step;
    }
  }
  const lowest = Math.min(...points.filter(inside(p.lower, p.upper)));
  const grading = p.lower === 0 ? originGrading(lowest, GL_ORIGIN_RATIO) : [];
  return distinct([...points, ...grading].filter(inside(p.lower, p.upper)));
}

function originGrading(from: number, ratio: number): number[] {
  return Array.from({ length: ORIGIN_STEPS }, (_, j) => from * ratio ** -(j + 1));
}

function distinct(points: number[]): number[] {
  return [...new Set(points)].sort((a, b) => a - b);
}

/**
 * Integrates f over (0, ∞) at `digits` digits: by the trapezoidal and
 * midpoint sums in ln r when they agree to `digits` digits, otherwise
 * by tanh-sinh and Gauss–Legendre.
 */
export function integrateRadial(f: RadialIntegrand,
  digits: number): RadialIntegral {
  let reason: string;
  try {
    const line = integrateLine(f, digits);
    if (line.agreed) return lineIntegral(line, digits);
    reason = `the trapezoidal and midpoint sums in ln r agree to only ` +
      `${line.agreement.toFixed(1)} digits`;
  } catch (error) {
    if (!(error instanceof ConvergenceError)) throw error;
    reason = error.message;
  }
  return { ...integrateByTwoRules(f, digits), fallback: reason };
}

function lineIntegral(line: LineIntegral, digits: number): RadialIntegral {
  // The sums have no error target of their own: their agreement is the test.
  const sum = (rule: string, value: BigFloat, evaluations: number): RuleSum =>
    ({ rule, value, evaluations, converged: true });
  return {
    value: line.trapezoid,
    error: line.error,
    rules: [
      sum('trapezoidal sum in ln r', line.trapezoid, line.trapezoidEvaluations),
      sum('midpoint sum in ln r', line.midpoint, line.midpointEvaluations),
    ],
    agreement: line.agreement,
    workingDigits: digits,
  };
}

function ruleSum(rule: string, result: QuadratureResult): RuleSum {
  const { value, evaluations, converged } = result;
  return { rule, value, evaluations, converged };
}

/**
 * Integrates f over (0, ∞) with tanh-sinh and Gauss–Legendre, each at
 * `digits` digits, on the support found from f.logAbs.
 */
export function integrateByTwoRules(f: RadialIntegrand,
  digits: number): RadialIntegral {
  const drop = (digits + TAIL_GUARD_DIGITS) * Math.LN10;
  const location = locatePeak(f.logAbs, drop);
  const { lower, upper } = location;
  const ts = tanhSinh(f.value, lower, upper, {
    digits, breakpoints: tanhSinhBreakpoints(location),
  });
  const gl = gaussLegendre(f.value, lower, upper, {
    digits, breakpoints: gaussLegendreBreakpoints(location),
  });
  const difference = abs(add(ts.value, neg(gl.value), ts.value.bits + 8));
  const estimates = maxBound(ts.errorEstimate, gl.errorEstimate);
  return {
    value: ts.value,
    error: maxBound(difference, estimates),
    rules: [ruleSum('tanh-sinh', ts), ruleSum('Gauss–Legendre', gl)],
    agreement: agreementDigits(gl.value, ts.value),
    workingDigits: digits,
  };
}
