/**
 * The refinement loop shared by the quadrature rules: each subinterval
 * produces a sequence of ever finer approximations (tanh-sinh levels,
 * Gauss–Legendre degrees), and the loop refines the subintervals whose
 * estimated error is still too large for the requested accuracy.
 *
 * Error estimate. Both rules converge exponentially in the number of
 * nodes, and each refinement doubles the nodes. So once convergence has
 * set in, the relative error of an approximation is about the square of
 * the relative error of the previous one. With relative changes
 * d1 = log2 |Q_k − Q_(k−1)|/|Q_k| and d2 = log2 |Q_k − Q_(k−2)|/|Q_k|,
 * the estimate is 2^(max(d1²/d2, 2 d1) + 4) |Q_k|, never below the
 * rounding floor: d1²/d2 extrapolates the ratio of the last two relative
 * changes, and the factor 2^4 covers the scatter seen in tests (the
 * exp-sinh rule on e^−x at 30 digits lands within a factor 2 of it).
 * It is an estimate, not a bound. While the changes are not shrinking
 * it is |Q_k − Q_(k−1)|.
 */

/** Safety margin, in bits, on the extrapolated error. */
const MARGIN_BITS = 4;
import {
  BigFloat, ZERO, abs, add, cmp, div, fromBigInt, fromNumber, log2Abs, mul, mulPow2,
  neg, round, toNumber,
} from '../bigfloat.js';
import { formatDecimal } from '../decimal.js';
import { type QuadratureResult, QuadratureConvergenceError } from './types.js';

/** One subinterval's sequence of approximations. */
export interface Refinement {
  /** Successive approximations, coarsest first. */
  readonly approximations: readonly BigFloat[];
  /** Absolute rounding floor of the latest approximation. */
  readonly roundingFloor: BigFloat;
  readonly evaluations: number;
  /** Computes the next approximation, or returns false at the refinement limit. */
  refine(): boolean;
}

export interface RefinementTarget {
  readonly method: string;
  readonly digits: number;
  readonly precBits: number;
  readonly minimumSteps: number;
  readonly absoluteTolerance?: BigFloat;
  readonly strict: boolean;
}

/** Returns |v| × 2^e for a real e, to about 50 significant bits. */
function scaleByPowerOfTwo(v: BigFloat, e: number): BigFloat {
  const whole = Math.floor(e);
  return mulPow2(mul(abs(v), fromNumber(2 ** (e - whole)), 60), whole);
}

/** Estimates the absolute error of the latest approximation. */
export function errorEstimate(r: Refinement, prec: number): BigFloat {
  const q = r.approximations;
  const k = q.length - 1;
  const latest = q[k]!;
  if (k === 0) return abs(latest);

  const change = abs(add(latest, neg(q[k - 1]!), prec));
  let estimate = change;
  if (k >= 2 && change.man !== 0n && latest.man !== 0n) {
    const d1 = log2Abs(change) - log2Abs(latest);
    const d2 = log2Abs(add(latest, neg(q[k - 2]!), prec)) - log2Abs(latest);
    if (d1 < d2 && d2 < 0) {
      const exponent = Math.max((d1 * d1) / d2, 2 * d1) + MARGIN_BITS;
      estimate = scaleByPowerOfTwo(latest, exponent);
    }
  }
  return cmp(estimate, r.roundingFloor) < 0 ? r.roundingFloor : estimate;
}

function sum(values: readonly BigFloat[], prec: number): BigFloat {
  return values.reduce((total, v) => add(total, v, prec), ZERO);
}

/** Returns the error budget: 10^−digits |total|, or the larger absolute tolerance. */
function allowedError(total: BigFloat, target: RefinementTarget): BigFloat {
  const power = fromBigInt(10n ** BigInt(target.digits));
  const relative = div(abs(total), power, 64);
  const absolute = target.absoluteTolerance;
  return absolute && cmp(absolute, relative) > 0 ? absolute : relative;
}

/** Refines until the summed error estimate meets the target or no piece can refine. */
export function refineUntilConverged(
  pieces: readonly Refinement[],
  target: RefinementTarget,
): QuadratureResult {
  const prec = target.precBits;
  for (;;) {
    const total = sum(pieces.map((p) => p.approximations.at(-1)!), prec);
    const errors = pieces.map((p) => errorEstimate(p, prec));
    const error = sum(errors, prec);
    const allowed = allowedError(total, target);
    const ready = pieces.every((p) => p.approximations.length >= target.minimumSteps);
    if (ready && cmp(error, allowed) <= 0) {
      return finish(pieces, total, error, true, target);
    }

    const share = mulPow2(mul(allowed, fromNumber(1 / pieces.length), 64), -1);
    let progressed = false;
    pieces.forEach((p, i) => {
      const early = p.approximations.length < target.minimumSteps;
      if (early || cmp(errors[i]!, share) > 0) progressed = p.refine() || progressed;
    });
    if (!progressed) return finish(pieces, total, error, false, target);
  }
}

function finish(
  pieces: readonly Refinement[],
  total: BigFloat,
  error: BigFloat,
  converged: boolean,
  target: RefinementTarget,
): QuadratureResult {
  const evaluations = pieces.reduce((n, p) => n + p.evaluations, 0);
  const value = round(total, target.precBits);
  const result = { value, errorEstimate: error, converged, evaluations };
  if (converged || !target.strict) return result;
  throw new QuadratureConvergenceError(
    `${target.method} quadrature did not reach ${target.digits} digits: the ` +
      `value ${formatDecimal(total, 20)} has an estimated error of ` +
      `${formatDecimal(error, 3)} after ${evaluations} evaluations. Add ` +
      'breakpoints at kinks, jumps or narrow peaks, or raise the refinement limit.',
    result,
    { value: toNumber(total), error: toNumber(error), evaluations },
  );
}
