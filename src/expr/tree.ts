/**
 * The toolkit's immutable expression tree.
 *
 * Nodes are built only through the constructors below, which apply
 * automatic simplification (flattening, exact rational arithmetic,
 * collection of like terms and of powers of one base), so two equal
 * expressions built by different routes share one canonical `key`.
 */
import * as Q from './rational.js';
import type { Rational } from './rational.js';
import { simplifyCall } from './functions.js';
import { simplifyPow } from './power.js';

export const FUNCTIONS = [
  'exp', 'log', 'abs', 'sign', 'heaviside', 'dirac', 'max', 'min',
  'tanh', 'sinh', 'cosh', 'sech', 'csch', 'coth',
  'erf', 'erfc', 'sin', 'cos', 'gamma', 'besselk',
  // log(1 + u) without cancellation; introduced only by evaluate/stable.ts.
  'log1p',
] as const;
export type FnName = (typeof FUNCTIONS)[number];

export type ConstName = 'pi' | 'e' | 'i';

export interface Num { readonly kind: 'num'; readonly key: string; readonly value: Rational }
export interface Const { readonly kind: 'const'; readonly key: string; readonly name: ConstName }
export interface Sym { readonly kind: 'sym'; readonly key: string; readonly name: string }
export interface Add { readonly kind: 'add'; readonly key: string; readonly terms: readonly Expr[] }
export interface Mul { readonly kind: 'mul'; readonly key: string; readonly factors: readonly Expr[] }
export interface Pow { readonly kind: 'pow'; readonly key: string; readonly base: Expr; readonly exp: Expr }
/** `dirac` takes a second argument, the order of the derivative of δ. */
export interface Call { readonly kind: 'call'; readonly key: string; readonly fn: FnName; readonly args: readonly Expr[] }
/** `test > 0 ? then : otherwise` (or `>=` when `strict` is false). */
export interface Cond {
  readonly kind: 'cond';
  readonly key: string;
  readonly test: Expr;
  readonly strict: boolean;
  readonly then: Expr;
  readonly otherwise: Expr;
}

export type Expr = Num | Const | Sym | Add | Mul | Pow | Call | Cond;

export function num(value: Rational | number | bigint): Num {
  const r = typeof value === 'object' ? value : Q.rat(BigInt(value));
  return { kind: 'num', key: `#${Q.toString(r)}`, value: r };
}

export const ZERO = num(0);
export const ONE = num(1);
export const MINUS_ONE = num(-1);
export const HALF = num(Q.rat(1, 2));

export const PI: Const = { kind: 'const', key: '$pi', name: 'pi' };
export const E: Const = { kind: 'const', key: '$e', name: 'e' };
export const I: Const = { kind: 'const', key: '$i', name: 'i' };

export function sym(name: string): Sym {
  return { kind: 'sym', key: `@${name}`, name };
}

export const X = sym('x');
export const XI = sym('xi');

export const isNum = (e: Expr): e is Num => e.kind === 'num';
export const isZero = (e: Expr) => isNum(e) && Q.isZero(e.value);
export const isOne = (e: Expr) => isNum(e) && Q.isOne(e.value);
export const same = (a: Expr, b: Expr) => a.key === b.key;

/** Ordering used to sort factors: coefficient, π, i, symbols, calls. */
function rank(e: Expr): number {
  switch (e.kind) {
    case 'num': return 0;
    case 'const': return e.name === 'pi' ? 1 : e.name === 'i' ? 2 : 3;
    case 'sym': return 4;
    case 'pow': return rank(e.base);
    case 'call': return 5;
    case 'add': return 6;
    case 'cond': return 7;
    case 'mul': return 8;
  }
}

function baseKey(e: Expr): string {
  return e.kind === 'pow' ? e.base.key : e.key;
}

export function compareFactors(a: Expr, b: Expr): number {
  const r = rank(a) - rank(b);
  if (r !== 0) return r;
  const ka = baseKey(a);
  const kb = baseKey(b);
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** Splits a term into its rational coefficient and the rest. */
export function splitCoefficient(e: Expr): [Rational, Expr] {
  if (e.kind === 'num') return [e.value, ONE];
  if (e.kind === 'mul' && e.factors[0]!.kind === 'num') {
    const rest = e.factors.slice(1);
    return [e.factors[0]!.value, rest.length === 1 ? rest[0]! : rawMul(rest)];
  }
  return [Q.ONE, e];
}

function rawMul(factors: readonly Expr[]): Mul {
  const key = `*(${factors.map((f) => f.key).join(',')})`;
  return { kind: 'mul', key, factors };
}

function rawAdd(terms: readonly Expr[]): Add {
  return { kind: 'add', key: `+(${terms.map((t) => t.key).join(',')})`, terms };
}

export function add(...input: Expr[]): Expr {
  const groups = new Map<string, { coeff: Rational; rest: Expr }>();
  const visit = (t: Expr) => {
    if (t.kind === 'add') return t.terms.forEach(visit);
    const [c, rest] = splitCoefficient(t);
    const g = groups.get(rest.key);
    if (g) g.coeff = Q.add(g.coeff, c);
    else groups.set(rest.key, { coeff: c, rest });
  };
  input.forEach(visit);

  const terms: Expr[] = [];
  for (const { coeff, rest } of groups.values()) {
    if (Q.isZero(coeff)) continue;
    terms.push(mul(num(coeff), rest));
  }
  if (terms.length === 0) return ZERO;
  if (terms.length === 1) return terms[0]!;
  // Numbers last, the rest by key, so the order is canonical.
  terms.sort((a, b) => {
    const na = isNum(a) ? 1 : 0;
    const nb = isNum(b) ? 1 : 0;
    if (na !== nb) return na - nb;
    const ka = splitCoefficient(a)[1].key;
    const kb = splitCoefficient(b)[1].key;
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  return rawAdd(terms);
}

export function mul(...input: Expr[]): Expr {
  let coeff = Q.ONE;
  const groups = new Map<string, { base: Expr; exps: Expr[]; first: Expr }>();
  const visit = (f: Expr) => {
    if (f.kind === 'mul') return f.factors.forEach(visit);
    if (f.kind === 'num') {
      coeff = Q.mul(coeff, f.value);
      return;
    }
    const base = f.kind === 'pow' ? f.base : f;
    const exp = f.kind === 'pow' ? f.exp : ONE;
    const g = groups.get(base.key);
    if (g) g.exps.push(exp);
    else groups.set(base.key, { base, exps: [exp], first: f });
  };
  input.forEach(visit);
  if (Q.isZero(coeff)) return ZERO;
  mergeExponentials(groups);

  const factors: Expr[] = [];
  let merged = false;
  for (const { base, exps, first } of groups.values()) {
    // A lone factor is already canonical; only merged powers are rebuilt.
    const p = exps.length === 1 ? first : pow(base, add(...exps));
    if (exps.length > 1 || p.kind === 'mul' || p.kind === 'num') merged = true;
    factors.push(p);
  }
  // A merged power may have produced numbers or new products: rebuild.
  if (merged) return mulSettled(coeff, factors);
  return assembleMul(coeff, factors);
}

/** e^a·e^b = e^{a+b}: the exponentials of a product share one group. */
function mergeExponentials(groups: Map<string, { base: Expr; exps: Expr[]; first: Expr }>) {
  const args: Expr[] = [];
  for (const [key, g] of groups) {
    if (g.base.kind !== 'call' || g.base.fn !== 'exp' || g.exps.length !== 1 || !isOne(g.exps[0]!)) continue;
    args.push(g.base.args[0]!);
    groups.delete(key);
  }
  if (args.length === 0) return;
  const merged = args.length === 1 ? call('exp', args[0]!) : call('exp', add(...args));
  if (isOne(merged)) return;
  groups.set(merged.key, { base: merged, exps: [ONE], first: merged });
}

function mulSettled(coeff: Rational, factors: Expr[]): Expr {
  let c = coeff;
  const rest: Expr[] = [];
  const visit = (f: Expr) => {
    if (f.kind === 'mul') return f.factors.forEach(visit);
    if (f.kind === 'num') c = Q.mul(c, f.value);
    else rest.push(f);
  };
  factors.forEach(visit);
  const keys = new Set(rest.map(baseKey));
  if (keys.size < rest.length) return mul(num(c), ...rest);
  return assembleMul(c, rest);
}

function assembleMul(coeff: Rational, factors: Expr[]): Expr {
  if (Q.isZero(coeff)) return ZERO;
  factors.sort(compareFactors);
  if (!Q.isOne(coeff)) factors.unshift(num(coeff));
  if (factors.length === 0) return ONE;
  if (factors.length === 1) return factors[0]!;
  return rawMul(factors);
}

export function pow(base: Expr, exp: Expr): Expr {
  const simple = simplifyPow(base, exp);
  if (simple) return simple;
  return { kind: 'pow', key: `^(${base.key},${exp.key})`, base, exp };
}

export function call(fn: FnName, ...args: Expr[]): Expr {
  const simple = simplifyCall(fn, args);
  if (simple) return simple;
  const key = `${fn}(${args.map((a) => a.key).join(',')})`;
  return { kind: 'call', key, fn, args };
}

export function cond(test: Expr, strict: boolean, then: Expr, otherwise: Expr): Expr {
  if (isNum(test)) {
    const s = Q.cmp(test.value, Q.ZERO);
    return s > 0 || (s === 0 && !strict) ? then : otherwise;
  }
  if (same(then, otherwise)) return then;
  const key = `?(${test.key},${strict ? '>' : '>='},${then.key},${otherwise.key})`;
  return { kind: 'cond', key, test, strict, then, otherwise };
}

export const neg = (e: Expr) => mul(MINUS_ONE, e);
export const sub = (a: Expr, b: Expr) => add(a, neg(b));
export const div = (a: Expr, b: Expr) => mul(a, pow(b, MINUS_ONE));
export const sqrt = (e: Expr) => pow(e, HALF);
export const exp = (e: Expr) => call('exp', e);
export const abs = (e: Expr) => call('abs', e);
export const rational = (n: number | bigint, d: number | bigint = 1) => num(Q.rat(n, d));

/** True when `e` is a product with a negative rational coefficient. */
export function hasNegativeCoefficient(e: Expr): boolean {
  return Q.cmp(splitCoefficient(e)[0], Q.ZERO) < 0;
}

/** True when the symbol `name` occurs in `e`. */
export function depends(e: Expr, name: string): boolean {
  switch (e.kind) {
    case 'num':
    case 'const':
      return false;
    case 'sym':
      return e.name === name;
    case 'add':
      return e.terms.some((t) => depends(t, name));
    case 'mul':
      return e.factors.some((f) => depends(f, name));
    case 'pow':
      return depends(e.base, name) || depends(e.exp, name);
    case 'call':
      return e.args.some((a) => depends(a, name));
    case 'cond':
      return [e.test, e.then, e.otherwise].some((a) => depends(a, name));
  }
}

/** Returns the direct subexpressions of `e`. */
export function children(e: Expr): readonly Expr[] {
  switch (e.kind) {
    case 'add': return e.terms;
    case 'mul': return e.factors;
    case 'pow': return [e.base, e.exp];
    case 'call': return e.args;
    case 'cond': return [e.test, e.then, e.otherwise];
    default: return [];
  }
}

/** True when some node of `e` satisfies the predicate. */
export function someNode(e: Expr, predicate: (n: Expr) => boolean): boolean {
  return predicate(e) || children(e).some((c) => someNode(c, predicate));
}

/** Rebuilds `e` bottom-up, replacing each node by `f(node)` if defined. */
export function mapTree(e: Expr, f: (node: Expr) => Expr | undefined): Expr {
  const rebuilt = mapChildren(e, (c) => mapTree(c, f));
  return f(rebuilt) ?? rebuilt;
}

export function mapChildren(e: Expr, f: (child: Expr) => Expr): Expr {
  switch (e.kind) {
    case 'num':
    case 'const':
    case 'sym':
      return e;
    case 'add':
      return add(...e.terms.map(f));
    case 'mul':
      return mul(...e.factors.map(f));
    case 'pow':
      return pow(f(e.base), f(e.exp));
    case 'call':
      return call(e.fn, ...e.args.map(f));
    case 'cond':
      return cond(f(e.test), e.strict, f(e.then), f(e.otherwise));
  }
}

export function substitute(e: Expr, name: string, value: Expr): Expr {
  return mapTree(e, (n) => (n.kind === 'sym' && n.name === name ? value : undefined));
}

/** Counts the nodes of `e`; used to bound work on large inputs. */
export function size(e: Expr): number {
  let n = 1;
  switch (e.kind) {
    case 'add': e.terms.forEach((t) => (n += size(t))); break;
    case 'mul': e.factors.forEach((t) => (n += size(t))); break;
    case 'pow': n += size(e.base) + size(e.exp); break;
    case 'call': e.args.forEach((t) => (n += size(t))); break;
    case 'cond': n += size(e.test) + size(e.then) + size(e.otherwise); break;
    default: break;
  }
  return n;
}
