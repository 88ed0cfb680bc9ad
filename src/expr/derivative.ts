/**
 * Symbolic derivative in the sense of distributions: a jump of size J at
 * x = c contributes J·δ(x − c), so heaviside' = δ, abs' = sign,
 * sign' = 2δ and max(x, 0)' = heaviside(x).
 */
import { InputError, NotDerivableError } from '../errors.js';
import type { Expr, FnName } from './tree.js';
import {
  ONE, PI, ZERO, add, call, cond, depends, isNum, mapTree, mul, neg, num, pow,
  rational, sub, substitute, MINUS_ONE, HALF,
} from './tree.js';

export function derivative(e: Expr, name = 'x'): Expr {
  return siftDeltas(diff(e, name), name);
}

function diff(e: Expr, name: string): Expr {
  if (!depends(e, name)) return ZERO;
  switch (e.kind) {
    case 'sym':
      return ONE;
    case 'add':
      return add(...e.terms.map((t) => diff(t, name)));
    case 'mul':
      return productRule(e.factors, name);
    case 'pow':
      return diffLifted(e, name) ?? powerRule(e.base, e.exp, name);
    case 'call':
      return diffLifted(e, name) ?? callRule(e.fn, e.args, name);
    case 'cond':
      return condRule(e, name);
    default:
      return ZERO;
  }
}

/** Functions whose derivative rule already accounts for their own jumps. */
const STEPS = new Set<FnName>(['heaviside', 'sign', 'dirac']);

/**
 * Differentiates e after lifting a step out of it, because the chain
 * rule f(g)' = f'(g)·g' fails when g jumps: for g = H(u) it
 * would give f'(H(0))·δ(u), while the jump of f(g) is f(1) − f(0). So a
 * step inside a nonlinear function or power is first lifted out,
 * f(H(u)) = (u > 0 ? f(1) : f(0)), and the condition rule differentiates
 * that. Returns undefined when e has no step to lift.
 */
function diffLifted(e: Expr, name: string): Expr | undefined {
  if (e.kind === 'call' && (STEPS.has(e.fn) || e.fn === 'max' || e.fn === 'min' || e.fn === 'abs')) {
    return undefined;
  }
  if (e.kind === 'pow' && !isNum(e.exp)) return undefined;
  const step = findStep(e.kind === 'pow' ? [e.base] : (e as Expr & { kind: 'call' }).args, name);
  if (!step) return undefined;
  const [whenPositive, otherwise] = step.fn === 'sign' ? [ONE, MINUS_ONE] : [ONE, ZERO];
  const test = step.args[0]!;
  const replaced = (value: Expr) => mapTree(e, (n) => (n.key === step.key ? value : undefined));
  return diff(cond(test, true, replaced(whenPositive), replaced(otherwise)), name);
}

/** Finds the first heaviside or sign call with an x-dependent argument inside `parts`. */
function findStep(parts: readonly Expr[], name: string): (Expr & { kind: 'call' }) | undefined {
  for (const p of parts) {
    if (p.kind === 'call' && (p.fn === 'heaviside' || p.fn === 'sign') && depends(p.args[0]!, name)) {
      return p;
    }
    const inner = findStep(childrenOf(p), name);
    if (inner) return inner;
  }
  return undefined;
}

function childrenOf(e: Expr): readonly Expr[] {
  switch (e.kind) {
    case 'add': return e.terms;
    case 'mul': return e.factors;
    case 'pow': return [e.base, e.exp];
    case 'call': return e.args;
    case 'cond': return [e.test, e.then, e.otherwise];
    default: return [];
  }
}

function productRule(factors: readonly Expr[], name: string): Expr {
  return add(...factors.map((f, k) => {
    const others = factors.filter((_, j) => j !== k);
    return mul(diff(f, name), ...others);
  }));
}

function powerRule(base: Expr, exp: Expr, name: string): Expr {
  if (!depends(exp, name)) {
    return mul(exp, pow(base, sub(exp, ONE)), diff(base, name));
  }
  // d(b^e) = b^e (e' log b + e b'/b)
  const logPart = mul(diff(exp, name), call('log', base));
  const basePart = mul(exp, diff(base, name), pow(base, MINUS_ONE));
  return mul(pow(base, exp), add(logPart, basePart));
}

/** Derivative of f at u, as a function of u, for one-argument f. */
const OUTER: Partial<Record<FnName, (u: Expr) => Expr>> = {
  exp: (u) => call('exp', u),
  log: (u) => pow(u, MINUS_ONE),
  abs: (u) => call('sign', u),
  sign: (u) => mul(num(2), dirac(u)),
  heaviside: (u) => dirac(u),
  tanh: (u) => pow(call('sech', u), num(2)),
  sinh: (u) => call('cosh', u),
  cosh: (u) => call('sinh', u),
  sech: (u) => neg(mul(call('sech', u), call('tanh', u))),
  csch: (u) => neg(mul(call('csch', u), call('coth', u))),
  coth: (u) => neg(pow(call('csch', u), num(2))),
  erf: (u) => mul(num(2), pow(PI, neg(HALF)), call('exp', neg(pow(u, num(2))))),
  erfc: (u) => mul(num(-2), pow(PI, neg(HALF)), call('exp', neg(pow(u, num(2))))),
  sin: (u) => call('cos', u),
  cos: (u) => neg(call('sin', u)),
};

export const dirac = (u: Expr, order = 0) => call('dirac', u, num(order));

function callRule(fn: FnName, args: readonly Expr[], name: string): Expr {
  const [u, v] = args as [Expr, Expr];
  if (fn === 'max' || fn === 'min') {
    const s = fn === 'max' ? 1 : -1;
    const uWins = call('heaviside', mul(rational(s), sub(u, v)));
    const vWins = call('heaviside', mul(rational(s), sub(v, u)));
    return add(mul(uWins, diff(u, name)), mul(vWins, diff(v, name)));
  }
  if (fn === 'dirac') {
    if (!isNum(v)) throw new NotDerivableError('dirac order must be a number');
    return mul(call('dirac', u, add(v, ONE)), diff(u, name));
  }
  // log|v|' = v'/v, which is 1/x for log(abs(x)) rather than sign(x)/abs(x).
  if (fn === 'log' && u.kind === 'call' && u.fn === 'abs') {
    return mul(diff(u.args[0]!, name), pow(u.args[0]!, MINUS_ONE));
  }
  const outer = OUTER[fn];
  if (!outer) {
    throw new NotDerivableError(
      `no derivative rule for ${fn} of an argument depending on ${name}; ` +
      `differentiable functions: ${Object.keys(OUTER).join(', ')}, max, min, dirac`,
    );
  }
  return mul(outer(u), diff(u, name));
}

/** Differentiates a condition; its jump (then − otherwise) at test = 0 becomes a δ term. */
function condRule(e: Expr & { kind: 'cond' }, name: string): Expr {
  const smooth = cond(e.test, e.strict, diff(e.then, name), diff(e.otherwise, name));
  const jump = mul(sub(e.then, e.otherwise), dirac(e.test), diff(e.test, name));
  return add(smooth, jump);
}

/**
 * Returns {a, b} with u = a·x + b when u is affine in x, else undefined.
 */
export function affineParts(u: Expr, name = 'x'): { a: Expr; b: Expr } | undefined {
  const a = diff(u, name);
  if (depends(a, name) || containsDelta(a)) return undefined;
  return { a, b: substitute(u, name, ZERO) };
}

function containsDelta(e: Expr): boolean {
  if (e.kind === 'call') return e.fn === 'dirac' || e.args.some(containsDelta);
  if (e.kind === 'add') return e.terms.some(containsDelta);
  if (e.kind === 'mul') return e.factors.some(containsDelta);
  if (e.kind === 'pow') return containsDelta(e.base) || containsDelta(e.exp);
  return false;
}

/**
 * Applies f(x)·δ(x − c) = f(c)·δ(x − c) to each product with one δ of
 * order 0 at an affine argument, so that jumps of size 0 vanish.
 */
export function siftDeltas(e: Expr, name = 'x'): Expr {
  if (e.kind === 'add') return add(...e.terms.map((t) => siftDeltas(t, name)));
  if (e.kind !== 'mul') return e;
  const deltas = e.factors.filter((f) => f.kind === 'call' && f.fn === 'dirac');
  if (deltas.length !== 1) return e;
  const delta = deltas[0] as Expr & { kind: 'call' };
  if (!isNum(delta.args[1]!) || delta.args[1].value.num !== 0n) return e;
  const parts = affineParts(delta.args[0]!, name);
  if (!parts || !isNum(parts.a)) return e;
  const at = neg(mul(parts.b, pow(parts.a, MINUS_ONE)));
  const rest = e.factors.filter((f) => f !== delta);
  const value = valueAt(mul(...rest), name, at);
  return value ? mul(value, delta) : e;
}

/**
 * f(c), or undefined when f is singular at c (x^{-1} at 0): then
 * f(x)·δ(x − c) is not a distribution and is left as written.
 */
function valueAt(f: Expr, name: string, at: Expr): Expr | undefined {
  try {
    return substitute(f, name, at);
  } catch (err) {
    if (err instanceof InputError) return undefined;
    throw err;
  }
}

