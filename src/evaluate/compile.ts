/**
 * Double-precision evaluation of expressions as plain functions, for
 * the hot loops of quadrature. An expression is compiled to JavaScript
 * (double-compile.ts) when it can be. A value that the compiled function
 * rejects comes from the tree-walking evaluator over the complex field,
 * so every function of the grammar is covered and the results are those
 * of the complex field.
 *
 * NOTE: the two routes order products and quotients differently, so
 * near the ends of the double range a compiled value can be finite where
 * the tree walker throws an overflow error. For example 1e300·1e-20/1e-10
 * is 1e290 here, but the tree walker forms 1e300·(1/1e-10) first.
 */
import type { Expr } from '../expr/tree.js';
import { stableForm } from './stable.js';
import { evaluate } from '../expr/evaluate.js';
import { complexField, xcomplexField } from '../numeric/complex-field.js';
import type { Complex } from '../numeric/complex.js';
import type { XComplex } from '../numeric/xcomplex.js';
import { fromReal, isZero, log as xlog } from '../numeric/xcomplex.js';
import { compileDouble, type Compiled } from './double-compile.js';

type Extra = Record<string, number>;

/** f of the inputs in order, by walking the tree in the complex field. */
function treeWalking(e: Expr, inputs: readonly string[]) {
  return (...values: number[]): Complex => {
    const bound: Record<string, Complex> = {};
    inputs.forEach((k, i) => (bound[k] = { re: values[i]!, im: 0 }));
    return evaluate(e, complexField, bound);
  };
}

/** Lists the symbol `name` first, then the other bound symbols. */
function inputsOf(name: string, extra: Extra): string[] {
  return [name, ...Object.keys(extra).filter((k) => k !== name)];
}

/** Binds the inputs after the first, giving a function of t alone. */
function ofFirst<T>(f: Compiled<T>, name: string, extra: Extra) {
  const rest = inputsOf(name, extra).slice(1).map((k) => extra[k]!);
  return rest.length === 0 ? f : (t: number) => f(t, ...rest);
}

/** f(t) as a complex double, with t bound to the symbol `name`. */
export function complexFunction(e: Expr, name: string, extra: Extra = {}) {
  const inputs = inputsOf(name, extra);
  const slow = treeWalking(e, inputs);
  const f = compileDouble(e, inputs, 'finite', 'complex', slow) ?? slow;
  return ofFirst(f, name, extra) as (t: number) => Complex;
}

/** stableForm builds a new tree on every call, so its result is kept. */
const stableForms = new WeakMap<Expr, Expr>();

function stableOf(e: Expr): Expr {
  let stable = stableForms.get(e);
  if (!stable) {
    stable = stableForm(e);
    stableForms.set(e, stable);
  }
  return stable;
}

/**
 * Real part of f(t), for real functions such as activations, evaluated in
 * the stable form of stable.ts.
 */
export function realFunction(e: Expr, name: string, extra: Extra = {}) {
  const stable = stableOf(e);
  const inputs = inputsOf(name, extra);
  const walk = treeWalking(stable, inputs);
  const slow = (...values: number[]) => walk(...values).re;
  const f = compileDouble(stable, inputs, 'finite', 'real', slow) ?? slow;
  return ofFirst(f, name, extra) as (t: number) => number;
}

/** The fallback of normalRangeValue, one function so that it is cached. */
const notANumber = () => Number.NaN;

/**
 * Evaluates f at the given bindings in doubles when every step stays in
 * the normal double range (nonzero, finite, not subnormal), because the
 * value then has the digits that extendedValue would give. Returns
 * undefined otherwise, and for complex expressions.
 */
export function normalRangeValue(e: Expr, vars: Extra): number | undefined {
  const names = Object.keys(vars);
  const f = compileDouble(e, names, 'normal', 'real', notANumber);
  if (!f) return undefined;
  const v = f(...names.map((k) => vars[k]!));
  return Number.isNaN(v) ? undefined : v;
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
