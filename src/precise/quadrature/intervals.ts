/**
 * Interval ends and breakpoints: parsing, validation and the split of
 * [a, b] into subintervals, each with at most one infinite end.
 */
import { InputError } from '../../errors.js';
import { BigFloat, abs, cmp, fromNumber, neg } from '../bigfloat.js';
import { parseDecimal } from '../decimal.js';
import type { Bound, Integrand } from './types.js';

/** A finite end, or −∞ / +∞. */
export type End = BigFloat | -1 | 1;

export interface Subinterval {
  readonly lower: End;
  readonly upper: End;
}

export const isFiniteEnd = (end: End): end is BigFloat => typeof end !== 'number';

export function parseEnd(bound: Bound, prec: number): End {
  if (bound instanceof BigFloat) return bound;
  if (typeof bound === 'string') return parseDecimal(bound, prec);
  if (bound === Infinity) return 1;
  if (bound === -Infinity) return -1;
  if (Number.isNaN(bound)) {
    throw new InputError(
      'an interval end or breakpoint is NaN; pass a finite number or ±Infinity',
    );
  }
  return fromNumber(bound);
}

/** Returns the sign of a − b for interval ends. */
export function compareEnds(a: End, b: End): number {
  if (isFiniteEnd(a) && isFiniteEnd(b)) return cmp(a, b);
  const rank = (e: End) => (isFiniteEnd(e) ? 0 : e);
  return Math.sign(rank(a) - rank(b));
}

/**
 * Splits [lower, upper] at the breakpoints into subintervals. Requires
 * lower < upper and every breakpoint strictly between them.
 */
export function splitInterval(
  lower: End,
  upper: End,
  breakpoints: readonly End[],
): Subinterval[] {
  if (compareEnds(lower, upper) >= 0) {
    throw new InputError('the lower end of the interval must be below the upper end');
  }
  const points = [...breakpoints].sort(compareEnds);
  for (const p of points) {
    if (!isFiniteEnd(p) || compareEnds(p, lower) <= 0 || compareEnds(p, upper) >= 0) {
      throw new InputError(
        'each breakpoint must be finite and lie strictly inside the interval ' +
          'of integration',
      );
    }
  }
  const distinct = points.filter(
    (p, i) => i === 0 || compareEnds(p, points[i - 1]!) !== 0,
  );
  const cuts = [lower, ...distinct, upper];
  const pieces: Subinterval[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    pieces.push({ lower: cuts[i]!, upper: cuts[i + 1]! });
  }
  return pieces;
}

/** Parses an absolute tolerance into a non-negative BigFloat (undefined passes). */
export function parseTolerance(
  bound: Bound | undefined,
  prec: number,
): BigFloat | undefined {
  if (bound === undefined) return undefined;
  const value = parseEnd(bound, prec);
  if (!isFiniteEnd(value)) {
    throw new InputError(
      'absoluteTolerance must be a finite number, received ±Infinity',
    );
  }
  return abs(value);
}

/**
 * Parses the ends of ∫_a^b and orders them: for a > b the ends swap and
 * the integrand changes sign, since ∫_a^b f = −∫_b^a f.
 */
export function orientInterval(a: Bound, b: Bound, f: Integrand, prec: number) {
  const lower = parseEnd(a, prec);
  const upper = parseEnd(b, prec);
  if (compareEnds(lower, upper) <= 0) return { lower, upper, integrand: f };
  const negated: Integrand = (x, node) => neg(f(x, node));
  return { lower: upper, upper: lower, integrand: negated };
}
