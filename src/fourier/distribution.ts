/**
 * Fourier transforms as tempered distributions: a regular part, read as
 * the Hadamard finite part at ξ = 0, plus point terms c·δ^(k)(ξ − ξ0).
 */
import type { Expr } from '../expr/tree.js';
import { I, PI, ZERO, add, mul, num, rational, same } from '../expr/tree.js';

export interface PointTerm {
  /** Location of the point mass (0 for every activation that has a limit). */
  readonly at: Expr;
  /** Order k of the derivative δ^(k). */
  readonly order: number;
  readonly coeff: Expr;
}

export interface Distribution {
  /** A function of the symbol `xi`, valid for ξ ≠ 0 and ξ off `points`. */
  readonly regular: Expr;
  readonly points: readonly PointTerm[];
}

/** Merges point terms at the same place and order; drops zeros. */
export function collectPoints(points: readonly PointTerm[]): PointTerm[] {
  const groups = new Map<string, PointTerm>();
  for (const p of points) {
    const key = `${p.at.key}|${p.order}`;
    const g = groups.get(key);
    groups.set(key, g ? { ...g, coeff: add(g.coeff, p.coeff) } : p);
  }
  return [...groups.values()]
    .filter((p) => !same(p.coeff, ZERO))
    .sort((a, b) => a.order - b.order);
}

/**
 * Point terms of 2πiξ·T from those of T, by
 * ξ·δ^(k)(ξ − ξ0) = ξ0·δ^(k)(ξ − ξ0) − k·δ^(k−1)(ξ − ξ0),
 * since (ξ − ξ0)·δ^(k)(ξ − ξ0) = −k·δ^(k−1)(ξ − ξ0).
 */
export function pointsTimesTwoPiIXi(points: readonly PointTerm[]): PointTerm[] {
  const factor = mul(num(2), PI, I);
  const out: PointTerm[] = [];
  for (const p of points) {
    if (!same(p.at, ZERO)) out.push({ ...p, coeff: mul(factor, p.at, p.coeff) });
    if (p.order > 0) {
      out.push({ at: p.at, order: p.order - 1, coeff: mul(factor, rational(-p.order), p.coeff) });
    }
  }
  return collectPoints(out);
}
