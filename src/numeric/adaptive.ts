/**
 * Globally adaptive Gauss–Kronrod (G7–K15) quadrature, in the manner of
 * QUADPACK's qag/qagi without extrapolation: the segment with the largest
 * error estimate is bisected until the total estimate meets the
 * tolerance or the evaluation budget is spent.
 */
import type { QuadOptions, QuadResult, Segment } from './quadrature-options.js';
import {
  finish, guard, requireLimits, resolveOptions, segments,
} from './quadrature-options.js';
import { kronrod15 } from './gauss-kronrod.js';
import type { RuleResult } from './gauss-kronrod.js';

const EVALUATIONS_PER_RULE = 15;

interface Piece extends RuleResult {
  segment: Segment;
  start: number;
  end: number;
}

/** A binary max-heap of pieces ordered by error estimate. */
class PieceHeap {
  readonly items: Piece[] = [];

  push(p: Piece): void {
    const items = this.items;
    items.push(p);
    let k = items.length - 1;
    while (k > 0) {
      const parent = (k - 1) >> 1;
      if (items[parent]!.error >= items[k]!.error) break;
      [items[parent], items[k]] = [items[k]!, items[parent]!];
      k = parent;
    }
  }

  pop(): Piece {
    const items = this.items;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length === 0) return top;
    items[0] = last;
    const errorAt = (i: number) => (i < items.length ? items[i]!.error : -Infinity);
    let k = 0;
    for (;;) {
      const left = 2 * k + 1;
      const right = left + 1;
      let largest = k;
      if (errorAt(left) > errorAt(largest)) largest = left;
      if (errorAt(right) > errorAt(largest)) largest = right;
      if (largest === k) return top;
      [items[largest], items[k]] = [items[k]!, items[largest]!];
      k = largest;
    }
  }
}

function evaluatePiece(segment: Segment, start: number, end: number): Piece {
  return { ...kronrod15(segment.integrand, start, end), segment, start, end };
}

/** Returns true when [start, end] is too short to bisect in doubles. */
function isUnsplittable(p: Piece): boolean {
  const mid = (p.start + p.end) / 2;
  return !(mid > Math.min(p.start, p.end) && mid < Math.max(p.start, p.end));
}

function totals(pieces: readonly Piece[]): [number, number] {
  let value = 0;
  let error = 0;
  for (const p of pieces) {
    value += p.value;
    error += p.error;
  }
  return [value, error];
}

/**
 * ∫_a^b f(x) dx by adaptive Gauss–Kronrod quadrature. Either limit may be
 * infinite; a > b gives the negated integral over [b, a]. Converged means
 * the estimated error is at most max(absTol, relTol·|value|). A NaN or
 * infinite integrand value throws InputError naming the point.
 */
export function integrate(f: (x: number) => number, a: number, b: number,
  options: QuadOptions = {}): QuadResult {
  const opts = resolveOptions(options);
  requireLimits(a, b);
  if (a === b) return { value: 0, error: 0, converged: true, evaluations: 0 };
  if (a > b) {
    const flipped = integrate(f, b, a, { ...options, strict: false });
    return finish({ ...flipped, value: -flipped.value }, opts.strict, 'integrate');
  }

  const heap = new PieceHeap();
  const done: Piece[] = [];
  for (const s of segments(guard(f), a, b, opts.breakpoints)) {
    heap.push(evaluatePiece(s, s.start, s.end));
  }
  let evaluations = heap.items.length * EVALUATIONS_PER_RULE;
  // Running totals, updated as pieces are replaced; recomputed exactly
  // before a decision so their drift cannot decide convergence.
  let [value, error] = totals(heap.items);

  for (;;) {
    const tolerance = Math.max(opts.absTol, opts.relTol * Math.abs(value));
    const budgetLeft = evaluations + 2 * EVALUATIONS_PER_RULE <= opts.maxEvaluations;
    if (error <= tolerance || !budgetLeft || heap.items.length === 0) {
      [value, error] = totals([...heap.items, ...done]);
      const converged = error <= Math.max(opts.absTol, opts.relTol * Math.abs(value));
      if (converged || !budgetLeft || heap.items.length === 0) {
        return finish({ value, error, converged, evaluations }, opts.strict, 'integrate');
      }
    }

    const worst = heap.pop();
    if (isUnsplittable(worst)) {
      done.push(worst);
      continue;
    }
    const mid = (worst.start + worst.end) / 2;
    const left = evaluatePiece(worst.segment, worst.start, mid);
    const right = evaluatePiece(worst.segment, mid, worst.end);
    heap.push(left);
    heap.push(right);
    value += left.value + right.value - worst.value;
    error += left.error + right.error - worst.error;
    evaluations += 2 * EVALUATIONS_PER_RULE;
  }
}
