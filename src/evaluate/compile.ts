/**
 * Double-precision evaluation of expressions as plain functions, for
 * the hot loops of quadrature. Values come from the complex field, so
 * every function of the grammar is covered.
 */
import type { Expr } from '../expr/tree.js';
import { stableForm } from './stable.js';
import { evaluate } from '../expr/evaluate.js';
import { complexField, xcomplexField } from '../numeric/complex-field.js';
import type { Complex } from '../numeric/complex.js';
import type { XComplex } from '../numeric/xcomplex.js';
import { fromReal, isZero, log as xlog } from '../numeric/xcomplex.js';

/** f(t) as a complex double, with t bound to the symbol `name`. */
export function complexFunction(e: Expr, name: string, extra: Record<string, number> = {}) {
  const bound: Record<string, Complex> = {};
  for (const [k, v] of Object.entries(extra)) bound[k] = { re: v, im: 0 };
  return (t: number): Complex => evaluate(e, complexField, { ...bound, [name]: { re: t, im: 0 } });
}

/**
 * Real part of f(t), for real functions such as activations, evaluated in
 * the stable form of stable.ts.
 */
export function realFunction(e: Expr, name: string, extra: Record<string, number> = {}) {
  const f = complexFunction(stableForm(e), name, extra);
  return (t: number): number => f(t).re;
}

/** f at the given bindings in extended range (no underflow to 0). */
export function extendedValue(e: Expr, vars: Record<string, number>): XComplex {
  const bound: Record<string, XComplex> = {};
  for (const [k, v] of Object.entries(vars)) bound[k] = fromReal(v);
  return evaluate(e, xcomplexField, bound);
}

/** Natural log of |f| in extended range: −Infinity where f = 0. */
export function logAbs(e: Expr, vars: Record<string, number>): number {
  const v = extendedValue(e, vars);
  return isZero(v) ? -Infinity : xlog(v).re;
}
