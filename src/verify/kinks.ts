/**
 * Points where a piecewise activation has a kink or jump (roots of the
 * affine arguments of steps, conditions, max, min, abs and sign), so that
 * quadrature panels can be aligned with them.
 */
import type { Expr } from '../expr/tree.js';
import { children, div, neg, someNode, sub } from '../expr/tree.js';
import { affineParts } from '../expr/derivative.js';
import { constantValue } from '../expr/constant.js';

const PIECEWISE = new Set(['heaviside', 'sign', 'abs', 'max', 'min', 'dirac']);

export function kinks(e: Expr): number[] {
  const out = new Set<number>();
  const visit = (n: Expr): void => {
    const u = switchArgument(n);
    const p = u && affineParts(u);
    const a = p ? constantValue(p.a) : NaN;
    if (p && a !== 0 && Number.isFinite(a)) out.add(constantValue(neg(div(p.b, p.a))));
    children(n).forEach(visit);
  };
  visit(e);
  return [...out].filter(Number.isFinite).sort((a, b) => a - b);
}

/** Returns the expression whose sign switches the piece, if `n` is piecewise. */
function switchArgument(n: Expr): Expr | undefined {
  if (n.kind === 'cond') return n.test;
  if (n.kind !== 'call' || !PIECEWISE.has(n.fn)) return undefined;
  return n.fn === 'max' || n.fn === 'min' ? sub(n.args[0]!, n.args[1]!) : n.args[0];
}

export function containsPointMass(e: Expr): boolean {
  return someNode(e, (n) => n.kind === 'call' && n.fn === 'dirac');
}
