/**
 * Closed forms at a requested number of correct digits. The expression
 * is evaluated at two working precisions, digits + g and digits + g + 10.
 * Their difference bounds the error of the more precise value, because
 * the error from rounding and cancellation shrinks by about 10 digits
 * from one to the other. When fewer than the requested digits agree,
 * the guard g grows by the shortfall and both evaluations are repeated.
 */
import type { Expr } from '../expr/tree.js';
import {
  type BigFloat, type PreciseComplex, abs, add, neg,
} from '../precise/index.js';
import { evaluateAtDigits } from './precise-compile.js';
import {
  type CorrectDigits, correctDigits, maxBound, relativeFloor,
} from './precise-digits.js';

/** The first guard, in digits, and the step between the two precisions. */
const FIRST_GUARD = 10;
const PRECISION_STEP = 10;
const MAX_ATTEMPTS = 3;

export interface ClosedValue {
  readonly re: CorrectDigits;
  readonly im: CorrectDigits;
  /** The value at the higher of the two working precisions. */
  readonly value: PreciseComplex;
  /** Bounds on the absolute error of each part of `value`. */
  readonly reError: BigFloat;
  readonly imError: BigFloat;
  /** The two working precisions of the last attempt, in digits. */
  readonly workingDigits: readonly [number, number];
}

/**
 * Bounds the error of `precise` by its distance to `coarse`, and never
 * below the rounding level of `coarse` (the two can agree exactly).
 */
function partError(coarse: BigFloat, precise: BigFloat, coarseDigits: number): BigFloat {
  const difference = abs(add(coarse, neg(precise), precise.bits + coarse.bits + 8));
  return maxBound(difference, relativeFloor(precise, coarseDigits));
}

function attempt(e: Expr, vars: Readonly<Record<string, string>>, digits: number,
  guard: number): ClosedValue {
  const low = digits + guard;
  const high = low + PRECISION_STEP;
  const coarse = evaluateAtDigits(e, vars, low);
  const value = evaluateAtDigits(e, vars, high);
  const reError = partError(coarse.re, value.re, low);
  const imError = partError(coarse.im, value.im, low);
  return {
    re: correctDigits(value.re, reError, digits),
    im: correctDigits(value.im, imError, digits),
    value, reError, imError, workingDigits: [low, high],
  };
}

const shortfall = (part: CorrectDigits, digits: number) =>
  part.exactZero ? 0 : Math.max(0, digits - part.digits);

/**
 * Evaluates a closed form with variables given as decimal strings and
 * returns each part with at most `digits` correct digits.
 */
export function evaluateClosed(
  e: Expr,
  vars: Readonly<Record<string, string>>,
  digits: number,
): ClosedValue {
  let guard = FIRST_GUARD;
  let result = attempt(e, vars, digits, guard);
  for (let k = 1; k < MAX_ATTEMPTS; k++) {
    const missing = Math.max(shortfall(result.re, digits), shortfall(result.im, digits));
    if (missing === 0) break;
    guard += missing + PRECISION_STEP;
    result = attempt(e, vars, digits, guard);
  }
  return result;
}
