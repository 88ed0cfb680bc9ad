/**
 * Rewrites an activation into a sum of terms that the transform rules
 * recognise:
 *
 * - logistic forms 1/(1 + e^u) become (1 − tanh(u/2))/2, and
 *   e^u/(1 + e^u) becomes (1 + tanh(u/2))/2;
 * - erfc(u) becomes 1 − erf(u);
 * - heaviside, abs, sign, max, min and conditions become conditions, which are
 *   lifted out of function arguments, powers and products
 *   (f(c ? a : b) = c ? f(a) : f(b)) and then written with steps:
 *   (t > 0 ? a : b) = a·H(t) + b·H(−t);
 * - products are multiplied out.
 */
import type { Expr } from '../expr/tree.js';
import {
  HALF, ONE, ZERO, add, call, cond, mapTree, mul, neg, num, pow, same, sub,
} from '../expr/tree.js';
import { expand } from '../expr/expand.js';
import * as Q from '../expr/rational.js';

export function normalize(e: Expr): Expr[] {
  let r = rewriteLogistic(e);
  r = mapTree(r, (n) => (n.kind === 'call' && n.fn === 'erfc' ? sub(ONE, call('erf', n.args[0]!)) : undefined));
  r = mapTree(r, toCondition);
  r = mapTree(r, liftCondition);
  r = mapTree(r, conditionToSteps);
  const expanded = expand(r);
  return expanded.kind === 'add' ? [...expanded.terms] : [expanded];
}

/**
 * Writes 1/(1 + e^u) and e^u/(1 + e^u) with tanh(u/2), so that
 * e^x/(1 + e^x) is seen to be bounded rather than exponentially growing.
 */
export function rewriteLogistic(e: Expr): Expr {
  // Products e^u/(1 + e^u) first, before the power alone is rewritten.
  const r = mapTree(e, (n) => (n.kind === 'mul' ? logisticProduct(n.factors) : undefined));
  return mapTree(r, logisticRule);
}

/** Returns the exponent u when e = 1 + exp(u), else undefined. */
function onePlusExp(e: Expr): Expr | undefined {
  if (e.kind !== 'add' || e.terms.length !== 2) return undefined;
  const [a, b] = e.terms as [Expr, Expr];
  if (!same(b, ONE) || a.kind !== 'call' || a.fn !== 'exp') return undefined;
  return a.args[0];
}

function logisticRule(n: Expr): Expr | undefined {
  if (n.kind !== 'pow' || n.exp.kind !== 'num') return undefined;
  const u = onePlusExp(n.base);
  const k = n.exp.value;
  if (!u || !Q.isInteger(k) || k.num >= 0n) return undefined;
  const logistic = mul(HALF, sub(ONE, call('tanh', mul(HALF, u))));
  return pow(logistic, num(-k.num));
}

/** e^u · (1 + e^u)^(−1) = (1 + tanh(u/2))/2, inside a product. */
function logisticProduct(factors: readonly Expr[]): Expr | undefined {
  for (const f of factors) {
    if (f.kind !== 'pow' || f.exp.kind !== 'num' || f.exp.value.num >= 0n) continue;
    const u = onePlusExp(f.base);
    const numerator = u && factors.find((g) => g.kind === 'call' && g.fn === 'exp' && same(g.args[0]!, u));
    if (!u || !numerator) continue;
    const rest = factors.filter((g) => g !== f && g !== numerator);
    const k = f.exp.value.num;
    const upper = mul(HALF, add(ONE, call('tanh', mul(HALF, u))));
    const lower = mul(HALF, sub(ONE, call('tanh', mul(HALF, u))));
    return mul(upper, pow(lower, num(-k - 1n)), ...rest);
  }
  return undefined;
}

function toCondition(n: Expr): Expr | undefined {
  if (n.kind !== 'call') return undefined;
  const [u, v] = n.args as [Expr, Expr];
  switch (n.fn) {
    case 'heaviside': return cond(u, true, ONE, ZERO);
    case 'abs': return cond(u, true, u, neg(u));
    case 'sign': return cond(u, true, ONE, num(-1));
    case 'max': return cond(sub(u, v), true, u, v);
    case 'min': return cond(sub(u, v), true, v, u);
    default: return undefined;
  }
}

function liftCondition(n: Expr): Expr | undefined {
  if (n.kind === 'call') {
    const k = n.args.findIndex((a) => a.kind === 'cond');
    if (k < 0) return undefined;
    const c = n.args[k] as Expr & { kind: 'cond' };
    const withArg = (a: Expr) => call(n.fn, ...n.args.map((x, j) => (j === k ? a : x)));
    return cond(c.test, c.strict, liftCondition(withArg(c.then)) ?? withArg(c.then),
      liftCondition(withArg(c.otherwise)) ?? withArg(c.otherwise));
  }
  if (n.kind === 'pow' && n.base.kind === 'cond') {
    const c = n.base;
    return cond(c.test, c.strict, pow(c.then, n.exp), pow(c.otherwise, n.exp));
  }
  if (n.kind === 'mul') {
    const c = n.factors.find((f) => f.kind === 'cond') as (Expr & { kind: 'cond' }) | undefined;
    if (!c) return undefined;
    const rest = n.factors.filter((f) => f !== c);
    const then = mul(c.then, ...rest);
    const otherwise = mul(c.otherwise, ...rest);
    return cond(c.test, c.strict, liftCondition(then) ?? then, liftCondition(otherwise) ?? otherwise);
  }
  return undefined;
}

function conditionToSteps(n: Expr): Expr | undefined {
  if (n.kind !== 'cond') return undefined;
  const up = same(n.then, ZERO) ? ZERO : mul(n.then, call('heaviside', n.test));
  const down = same(n.otherwise, ZERO) ? ZERO : mul(n.otherwise, call('heaviside', neg(n.test)));
  return add(up, down);
}
