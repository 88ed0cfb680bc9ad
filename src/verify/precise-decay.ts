/**
 * The decay of a function of x: the half-width L beyond which |f| stays
 * below e^−drop times its maximum, and the digits lost to cancellation
 * inside [−L, L].
 *
 * Values come from arbitrary-precision evaluation, not doubles, because
 * derivatives of activations often cancel in the tail: softplus'' as
 * e^x/(1 + e^x) − e^{2x}/(1 + e^x)² is e^{−x} after losing x/ln 10
 * digits, and in doubles it never falls below about 1e-16. Each value is
 * evaluated at two precisions P and P + 10 digits, with P doubled until
 * they agree, so the loss is measured rather than guessed.
 */
import type { Expr } from '../expr/tree.js';
import { compilePrecise, type PreciseFunction } from '../evaluate/precise-compile.js';
import { agreementDigits } from '../evaluate/precise-digits.js';
import {
  absComplex, fromNumber, fromReal, log2Abs, preciseField,
} from '../precise/index.js';

export interface Decay {
  /** L: |f(x)| < e^−drop max |f| for |x| ≥ L on the scan grid. */
  readonly halfWidth: number;
  /** Largest number of digits lost to cancellation at a grid point inside [−L, L]. */
  readonly lossDigits: number;
}

const FIRST_DIGITS = 20;
const PRECISION_STEP = 10;
/** Digits on which the two evaluations must agree to trust ln|f|. */
const TRUSTED_DIGITS = 5;
const MAX_WORKING_DIGITS = 2000;
const STEPS_PER_OCTAVE = 8;
const MAX_OCTAVES = 12;
const NEAR_ORIGIN = 8;

interface LogValue { log: number; lossDigits: number }

/** Evaluates ln|f(x)| with the precision raised until it is trustworthy. */
function makeLogEvaluator(f: Expr): (x: number) => LogValue {
  const compiled = new Map<number, PreciseFunction>();
  const at = (digits: number, x: number) => {
    const field = preciseField(digits);
    let fn = compiled.get(digits);
    if (!fn) {
      fn = compilePrecise(f, field, {}, ['x']);
      compiled.set(digits, fn);
    }
    return absComplex(fn({ x: fromReal(fromNumber(x)) }), field.precBits);
  };
  return (x) => {
    for (let p = FIRST_DIGITS; p <= MAX_WORKING_DIGITS; p *= 2) {
      const coarse = at(p, x);
      const fine = at(p + PRECISION_STEP, x);
      if (fine.man === 0n && coarse.man === 0n) return { log: -Infinity, lossDigits: 0 };
      const agreement = agreementDigits(coarse, fine);
      if (agreement >= TRUSTED_DIGITS) {
        const lost = Math.ceil(Math.max(0, p - Math.min(agreement, p)));
        return { log: log2Abs(fine) * Math.LN2, lossDigits: lost };
      }
    }
    return { log: Number.NaN, lossDigits: MAX_WORKING_DIGITS };
  };
}

/**
 * Walks outwards on one side from |x| = 1 by eighth octaves and returns
 * the first |x| of a full octave of values below `level`, or undefined
 * when none is found before |x| = 4096.
 */
function sideHalfWidth(g: (x: number) => LogValue, side: 1 | -1, level: number,
  losses: number[]): number | undefined {
  let runStart: number | undefined;
  let run = 0;
  for (let k = 0; k <= MAX_OCTAVES * STEPS_PER_OCTAVE; k++) {
    const x = 2 ** (k / STEPS_PER_OCTAVE);
    const v = g(side * x);
    if (Number.isNaN(v.log)) return undefined;
    if (v.log < level) {
      runStart ??= x;
      run += 1;
      if (run > STEPS_PER_OCTAVE) return runStart;
    } else {
      runStart = undefined;
      run = 0;
      losses.push(v.lossDigits);
    }
  }
  return undefined;
}

/** Returns where f decays by `drop` (in ln) and its cancellation, or undefined. */
export function findDecay(f: Expr, drop: number): Decay | undefined {
  const g = makeLogEvaluator(f);
  const near = Array.from({ length: 16 * NEAR_ORIGIN + 1 },
    (_, j) => j / 8 - NEAR_ORIGIN);
  const nearValues = near.map(g);
  const logMax = Math.max(...nearValues.map((v) => v.log));
  if (!Number.isFinite(logMax)) return undefined;
  const losses = nearValues.map((v) => v.lossDigits);
  const level = logMax - drop;
  const upper = sideHalfWidth(g, 1, level, losses);
  const lower = upper === undefined ? undefined : sideHalfWidth(g, -1, level, losses);
  if (upper === undefined || lower === undefined) return undefined;
  return { halfWidth: Math.max(upper, lower), lossDigits: Math.max(...losses) };
}
