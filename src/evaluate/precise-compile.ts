/**
 * Arbitrary-precision evaluation of an expression many times over, as
 * in a quadrature. Every subexpression that does not depend on the free
 * variables is evaluated once and bound to a fresh symbol: π², √2, c_d,
 * and inside a radial integrand everything that depends on ξ alone.
 * Each call then only redoes the work that depends on the free variables.
 */
import type { Expr } from '../expr/tree.js';
import {
  children, mapChildren, pow, someNode, sym,
} from '../expr/tree.js';
import { evaluate } from '../expr/evaluate.js';
import {
  type PreciseComplex, type PreciseField, preciseField,
} from '../precise/index.js';

/** A compiled expression: its value for the free variables, at one precision. */
export type PreciseFunction = (vars: Readonly<Record<string, PreciseComplex>>) =>
  PreciseComplex;

/** Prefix of the symbols that stand for folded subexpressions. */
const FOLDED = '__folded';

function dependsOnAny(e: Expr, names: readonly string[]): boolean {
  return someNode(e, (n) => n.kind === 'sym' && names.includes(n.name));
}

/**
 * Replaces each largest subexpression that is free of `free` by a
 * symbol bound to its value. Numbers stay as they are, and so do
 * integer exponents, because the evaluator computes x^n by exact
 * products only when n is a literal integer.
 */
function fold(
  e: Expr,
  free: readonly string[],
  evaluateConstant: (c: Expr) => PreciseComplex,
  bindings: Record<string, PreciseComplex>,
): Expr {
  if (e.kind === 'num' || (e.kind === 'sym' && free.includes(e.name))) return e;
  const constant = e.kind === 'const'
    || (children(e).length > 0 && !dependsOnAny(e, free));
  if (constant) {
    const name = `${FOLDED}${Object.keys(bindings).length}`;
    bindings[name] = evaluateConstant(e);
    return sym(name);
  }
  if (e.kind === 'pow' && e.exp.kind === 'num') {
    return pow(fold(e.base, free, evaluateConstant, bindings), e.exp);
  }
  return mapChildren(e, (c) => fold(c, free, evaluateConstant, bindings));
}

/**
 * Compiles `e` for repeated evaluation in `field`, with the variables in
 * `fixed` bound once and those named in `free` bound at each call.
 */
export function compilePrecise(
  e: Expr,
  field: PreciseField,
  fixed: Readonly<Record<string, PreciseComplex>>,
  free: readonly string[],
): PreciseFunction {
  const bindings: Record<string, PreciseComplex> = { ...fixed };
  const folded = fold(e, free, (c) => evaluate(c, field, fixed), bindings);
  return (vars) => evaluate(folded, field, { ...bindings, ...vars });
}

/** Evaluates `e` once at `digits` digits, with variables given as decimal strings. */
export function evaluateAtDigits(
  e: Expr,
  vars: Readonly<Record<string, string>>,
  digits: number,
): PreciseComplex {
  const field = preciseField(digits);
  const bound: Record<string, PreciseComplex> = {};
  for (const [name, text] of Object.entries(vars)) {
    bound[name] = field.fromDecimalString(text);
  }
  return evaluate(e, field, bound);
}
