/**
 * ∫_0^∞ f(r) dr for positive radial integrands by the trapezoidal rule
 * in s = ln r, checked by the midpoint sum at the same step:
 *   ∫_0^∞ f(r) dr = ∫_−∞^∞ g(s) ds,  g(s) = f(e^s) e^s.
 *
 * Method. For the LFP integrands of tanh, sigmoid, softplus, SiLU and
 * ELU, |F(ξ/r)|² has its poles on the imaginary r axis, at Im s = ±π/2,
 * and the Gaussian e^(−r²/2) keeps decaying only while |Im s| < π/4, so
 * g is analytic in the strip |Im s| < π/4. It decays double-exponentially
 * at both ends, or like e^((p+1)s) where f ~ r^p as r → 0. By Poisson
 * summation the trapezoidal rule of step h then errs by about
 * S(a) e^(−2πa/h) for any a inside the strip, where S(a) = ∫|g(t + ia)| dt
 * (trapezoid-line.ts). Near a peak of width σ in s, S(a) grows like
 * e^(a²/2σ²), and minimising over a gives the exponent of lineStep. Far
 * in the tail the peak is narrow (σ ≈ 0.021 for tanh at ξ = 1000), so
 * the peak and not the strip sets the step there.
 *
 * Check. The midpoint sum M(h) has the leading error term of T(h) with
 * the opposite sign (midpoint-line.ts), so |T − M| is about twice the
 * error of T, and serves as its error bound (at least the rounding
 * floor). The value is T, and the result records whether T and M agree
 * to the requested digits. A strip narrower than assumed, or a kink,
 * shows as a disagreement, and the caller (precise-radial.ts) then
 * integrates by other rules.
 */
import { ConvergenceError } from '../errors.js';
import {
  type BigFloat, ONE, abs, add, exp, fromNumber, mul, mulPow2, neg, toNumber,
} from '../precise/index.js';
import {
  type GridSampler, gridPoint,
} from '../precise/quadrature/line-grid.js';
import { midpointLine } from '../precise/quadrature/midpoint-line.js';
import { trapezoidLine } from '../precise/quadrature/trapezoid-line.js';
import { agreementDigits, maxBound } from './precise-digits.js';
import { type LogPeak, locateLogPeak } from './precise-log-peak.js';
import type { RadialIntegrand } from './precise-radial.js';

export interface LineIntegral {
  /** The trapezoidal sum T(h), the value. */
  readonly trapezoid: BigFloat;
  /** The midpoint sum M(h) at the same step. */
  readonly midpoint: BigFloat;
  /** Bound on the error of `trapezoid`: |T − M|, at least the rounding floor. */
  readonly error: BigFloat;
  /** Leading digits on which T and M agree. */
  readonly agreement: number;
  /** True when T and M agree to the requested digits over the whole range. */
  readonly agreed: boolean;
  readonly trapezoidEvaluations: number;
  readonly midpointEvaluations: number;
  /** The step h in s. */
  readonly step: number;
  readonly peak: LogPeak;
}

export interface LineOptions {
  /** Half-width a of the strip of analyticity in s; default STRIP_HALF_WIDTH. */
  readonly stripHalfWidth?: number;
}

/**
 * The strip half-width assumed, below the π/4 of the Gaussian because
 * S(a) grows without bound as a nears π/4. At π/6 the sums of tanh at
 * ξ = 1 and 60 digits reach the aimed-for digits and one more.
 */
export const STRIP_HALF_WIDTH = Math.PI / 6;
/** Digits beyond the request that the step aims for. */
const STEP_GUARD_DIGITS = 4;
/** Digits beyond the request below which the dropped tails stay. */
const TAIL_GUARD_DIGITS = 10;
/**
 * Nodes of each sum allowed per requested digit, about where the two
 * rules of precise-radial.ts become cheaper, because their breakpoints
 * grow geometrically towards r = 0 where the grid in s has to walk.
 * Measured: ELU's A at 200 digits takes 31 000 evaluations by the two
 * rules and 2 × 17 800 by the sums. ReLU's radial average at 50 digits
 * takes 8 500 and 2 × 2 700. So the two cost the same near 80 nodes
 * per digit.
 */
const NODES_PER_DIGIT = 75;
/** Bits of e^s beyond the working precision, for the recurrence. */
const RECURRENCE_GUARD_BITS = 24;
/** e^s is recomputed by exp every this many nodes, not by recurrence. */
const RECURRENCE_LENGTH = 32;

/**
 * Returns the largest step h whose error exponent
 *   E(h) = min over 0 < a ≤ strip of 2πa/h − a²/(2σ²)
 * reaches (digits + STEP_GUARD_DIGITS) ln 10. The minimum lies at
 * a = 2πσ²/h, where E = 2π²σ²/h², unless that a is outside the strip.
 */
export function lineStep(width: number, digits: number, strip: number): number {
  const nats = (digits + STEP_GUARD_DIGITS) * Math.LN10;
  const byPeak = Math.PI * width * Math.sqrt(2 / nats);
  if ((2 * Math.PI * width * width) / byPeak <= strip) return byPeak;
  const growth = (strip * strip) / (2 * width * width);
  return (2 * Math.PI * strip) / (nats + growth);
}

/**
 * Samples g(peak.peak + x)·2^−scale at the grid points x. Along a grid,
 * e^s is multiplied by e^step from node to node, and recomputed every
 * RECURRENCE_LENGTH nodes so that rounding errors cannot pile up.
 *
 * trapezoidLine stops walking outwards at the first two nodes whose
 * envelope is below 2^−(prec+8) of the largest, about 1 here. Inside
 * [peak.lower, peak.upper] the envelope is kept at 2^−(prec+6) or more,
 * so that a dip of g inside the range cannot end the walk early.
 */
function logSampler(f: RadialIntegrand, peak: LogPeak,
  scale: number): GridSampler {
  const shift = fromNumber(peak.peak);
  const [lower, upper] = [peak.lower - peak.peak, peak.upper - peak.peak];
  return (grid) => {
    const wp = grid.prec + RECURRENCE_GUARD_BITS;
    const ratio = exp(grid.step, wp);
    const node = { precBits: grid.prec };
    const inRange = mulPow2(ONE, -grid.prec - 6);
    const [start, step] = [toNumber(grid.start), toNumber(grid.step)];
    let r = shift;
    return (k) => {
      r = k % RECURRENCE_LENGTH === 0
        ? exp(add(shift, gridPoint(grid, k), wp), wp)
        : mul(r, ratio, wp);
      const value = mulPow2(mul(f.value(r, node), r, grid.prec), -scale);
      const x = start + k * step;
      const inside = x >= lower && x <= upper;
      const size = abs(value);
      return { values: [value], envelope: inside ? maxBound(size, inRange) : size };
    };
  };
}

/**
 * Returns the step, or throws ConvergenceError when the peak has no
 * usable width or the range needs too many nodes.
 */
function checkedStep(peak: LogPeak, digits: number, strip: number): number {
  const reached = { value: 0, error: Infinity, evaluations: 0 };
  const step = lineStep(peak.width, digits, strip);
  if (!(Number.isFinite(step) && step > 0)) {
    throw new ConvergenceError('the peak in ln r has no positive finite ' +
      'width, so no step for the sums in ln r can be chosen', reached);
  }
  const nodes = (peak.upper - peak.lower) / step;
  const budget = NODES_PER_DIGIT * digits;
  if (nodes <= budget) return step;
  throw new ConvergenceError(`the step ${step.toPrecision(3)} in ln r would ` +
    `need ${Math.ceil(nodes)} nodes per sum, more than the ${budget} allowed ` +
    `at ${digits} digits`, reached);
}

/**
 * Integrates f over (0, ∞) by the trapezoidal and midpoint sums in
 * s = ln r at `digits` digits. Throws ConvergenceError when the range
 * of s cannot be found (locateLogPeak) or needs more than
 * NODES_PER_DIGIT · digits nodes.
 */
export function integrateLine(f: RadialIntegrand, digits: number,
  options: LineOptions = {}): LineIntegral {
  const drop = (digits + TAIL_GUARD_DIGITS) * Math.LN10;
  const peak = locateLogPeak(f.logAbs, drop);
  const strip = options.stripHalfWidth ?? STRIP_HALF_WIDTH;
  const step = checkedStep(peak, digits, strip);
  // A power of 2 near 1/g(peak) scales exactly and keeps the sums near 1.
  const scale = Math.round(peak.logMax / Math.LN2);
  const sampler = logSampler(f, peak, scale);
  const halfWidth = Math.max(peak.upper - peak.peak, peak.peak - peak.lower) + 1;
  // maxLevel 2 stops at the step h, because the agreement with M(h)
  // decides, not the rule's own fit, which assumes an error e^(−c/h) and
  // so overstates it where the peak sets the step. Level 0 (4h) finds
  // the range, and levels 0 and 1 reuse nodes of T(h).
  const t = trapezoidLine(sampler, { digits, step, halfWidth, maxLevel: 2 });
  const m = midpointLine(sampler, {
    step: t.step, range: t.range, precBits: t.precBits,
  });
  const trapezoid = mulPow2(t.values[0]!, scale);
  const midpoint = mulPow2(m.values[0]!, scale);
  const difference = abs(add(trapezoid, neg(midpoint), t.precBits + 8));
  const floor = mulPow2(m.roundingFloor, scale);
  const agreement = agreementDigits(midpoint, trapezoid);
  const incomplete = t.shortfall === 'range' || t.shortfall === 'precision';
  return {
    trapezoid, midpoint, error: maxBound(difference, floor), agreement,
    agreed: agreement >= digits && !incomplete,
    trapezoidEvaluations: t.evaluations, midpointEvaluations: m.evaluations,
    step, peak,
  };
}
