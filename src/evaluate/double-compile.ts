/**
 * Compiles an expression to a JavaScript function in doubles through
 * the lowering of `lfp codegen` (one step per distinct subexpression)
 * and `new Function`. The helpers come in as arguments, not globals.
 *
 * The compiled source is cached per expression object, input list,
 * guard and result kind. Expressions are immutable, so a cached function
 * never goes stale, and a WeakMap lets it go with its expression.
 */
import type { Expr } from '../expr/tree.js';
import type { Complex } from '../numeric/complex.js';
import { complexField } from '../numeric/complex-field.js';
import { LfpError } from '../errors.js';
import { lower } from '../codegen/lower.js';
import { DOUBLE_RUNTIME } from './double-runtime.js';
import { doubleSource, type Guard, type ResultKind } from './double-source.js';

export type { Guard, ResultKind } from './double-source.js';

/** A function of the inputs in order. */
export type Compiled<T> = (...inputs: number[]) => T;

type Factory = (runtime: typeof DOUBLE_RUNTIME, field: typeof complexField,
  fallback: Compiled<unknown>) => Compiled<unknown> | undefined;

/** One compiled source, with the function made for each fallback. */
interface Entry {
  readonly factory: Factory;
  readonly byFallback: WeakMap<Compiled<unknown>, Compiled<unknown>>;
}

/** null marks an expression that compiled doubles do not cover. */
const cache = new WeakMap<Expr, Map<string, Entry | null>>();

/**
 * Compiles `e`, or returns null when the lowering or the printer rejects
 * it, or when a step that does not depend on the inputs fails the guard
 * or throws, because every evaluation would then fall back.
 */
function build(e: Expr, inputs: readonly string[], guard: Guard,
  kind: ResultKind): Entry | null {
  try {
    const body = doubleSource(lower(e, inputs), inputs, guard, kind);
    const factory = new Function('R', 'F', 'fallback', body) as Factory;
    const probe = factory(DOUBLE_RUNTIME, complexField, () => undefined);
    return probe ? { factory, byFallback: new WeakMap() } : null;
  } catch (error) {
    if (error instanceof LfpError) return null;
    throw error;
  }
}

function entryOf(e: Expr, inputs: readonly string[], guard: Guard,
  kind: ResultKind): Entry | null {
  let forExpr = cache.get(e);
  if (!forExpr) {
    forExpr = new Map();
    cache.set(e, forExpr);
  }
  const key = `${guard} ${kind} ${inputs.join(' ')}`;
  let entry = forExpr.get(key);
  if (entry === undefined) {
    entry = build(e, inputs, guard, kind);
    forExpr.set(key, entry);
  }
  return entry;
}

/**
 * Returns `e` compiled as a function of `inputs` that calls `fallback`
 * with the same inputs where a step fails the guard or throws an
 * LfpError. Returns undefined when `e` uses something that compiled
 * doubles do not cover (a power with a symbolic exponent, a symbol
 * outside `inputs`, a complex step under the 'normal' guard). The same
 * fallback gives the same function.
 */
export function compileDouble(e: Expr, inputs: readonly string[],
  guard: Guard, kind: 'real',
  fallback: Compiled<number>): Compiled<number> | undefined;
export function compileDouble(e: Expr, inputs: readonly string[],
  guard: Guard, kind: 'complex',
  fallback: Compiled<Complex>): Compiled<Complex> | undefined;
export function compileDouble(e: Expr, inputs: readonly string[],
  guard: Guard, kind: ResultKind,
  fallback: Compiled<unknown>): Compiled<unknown> | undefined {
  const entry = entryOf(e, inputs, guard, kind);
  if (!entry) return undefined;
  let compiled = entry.byFallback.get(fallback);
  if (!compiled) {
    compiled = entry.factory(DOUBLE_RUNTIME, complexField, fallback)!;
    entry.byFallback.set(fallback, compiled);
  }
  return compiled;
}
