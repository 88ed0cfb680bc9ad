/**
 * Behaviour of an activation as x → +∞ and x → −∞: its polynomial part
 * P(x) and the class of the remainder. This decides whether a tempered
 * Fourier transform exists and fixes the point terms at ξ = 0.
 *
 * Why the polynomial parts fix the point terms: f = P₊H(x) + P₋H(−x) + q
 * with q decaying, so F[q] has no point mass. Since x^k H(−x) =
 * x^k − x^k H(x) and F[x^k] = (i/2π)^k δ^(k), both x^k H(x) and
 * x^k H(−x) carry the point term (i/2π)^k δ^(k)/2. Hence the point terms
 * are Σ_k (a_k⁺ + a_k⁻)/2 (i/2π)^k δ^(k), with a_k± the coefficients of P±.
 */
import type { Expr, FnName } from '../expr/tree.js';
import {
  ONE, ZERO, add, call, depends, isNum, mul, num, pow, same,
} from '../expr/tree.js';
import { polynomialCoefficients } from '../expr/expand.js';
import { constantValue } from '../expr/constant.js';
import { toText } from '../expr/print.js';
import * as Q from '../expr/rational.js';

/** Remainder classes, from best to worst. */
const REST = ['none', 'exp', 'alg', 'osc'] as const;
export type Rest = (typeof REST)[number];

export type Asymptotic =
  | { kind: 'poly'; poly: Expr; rest: Rest }
  | { kind: 'growth'; why: string }
  | { kind: 'unknown'; why: string };

const poly = (p: Expr, rest: Rest = 'none'): Asymptotic => ({ kind: 'poly', poly: p, rest });
const worst = (a: Rest, b: Rest): Rest => (REST.indexOf(a) >= REST.indexOf(b) ? a : b);

/** Asymptotic behaviour of e as x → side·∞. */
export function asymptotic(e: Expr, side: 1 | -1): Asymptotic {
  if (!depends(e, 'x')) return poly(e);
  switch (e.kind) {
    case 'sym': return poly(e);
    case 'add': return sumOf(e.terms.map((t) => asymptotic(t, side)));
    case 'mul': return productOf(e.factors.map((f) => asymptotic(f, side)), e);
    case 'pow': return powerOf(e.base, e.exp, side, e);
    case 'call': return callOf(e.fn, e.args, side, e);
    case 'cond': return branchOf(e, side);
    default: return { kind: 'unknown', why: `cannot analyse ${toText(e)} at infinity` };
  }
}

function firstBad(list: Asymptotic[]): Asymptotic | undefined {
  return list.find((a) => a.kind === 'growth') ?? list.find((a) => a.kind === 'unknown');
}

function sumOf(list: Asymptotic[]): Asymptotic {
  const bad = firstBad(list);
  if (bad) return bad;
  const parts = list as { poly: Expr; rest: Rest }[];
  return poly(add(...parts.map((p) => p.poly)), parts.map((p) => p.rest).reduce(worst, 'none'));
}

function productOf(list: Asymptotic[], e: Expr): Asymptotic {
  const bad = firstBad(list);
  if (bad) return bad;
  let acc = { poly: ONE as Expr, rest: 'none' as Rest };
  for (const a of list as { poly: Expr; rest: Rest }[]) {
    const rest = crossRest(acc, a);
    if (!rest) return { kind: 'unknown', why: `the decay of ${toText(e)} at infinity is not determined` };
    acc = { poly: mul(acc.poly, a.poly), rest };
  }
  return poly(acc.poly, acc.rest);
}

/** Remainder of (P₁ + r₁)(P₂ + r₂) beyond P₁P₂. */
function crossRest(a: { poly: Expr; rest: Rest }, b: { poly: Expr; rest: Rest }): Rest | undefined {
  const aZero = a.rest === 'none' && same(a.poly, ZERO);
  const bZero = b.rest === 'none' && same(b.poly, ZERO);
  if (aZero || bZero) return 'none';
  if (a.rest === 'exp' && same(a.poly, ZERO)) return 'exp';
  if (b.rest === 'exp' && same(b.poly, ZERO)) return 'exp';
  const degA = degree(a.poly);
  const degB = degree(b.poly);
  const slow = (r: Rest) => r === 'alg' || r === 'osc';
  if ((slow(a.rest) && degB > 0) || (slow(b.rest) && degA > 0)) return undefined;
  return worst(a.rest, b.rest);
}

function degree(p: Expr): number {
  const c = polynomialCoefficients(p);
  return c ? c.length - 1 : Infinity;
}

/** +1 or −1 when e → ±∞ along the side, 0 when it tends to a constant. */
export function direction(a: Asymptotic, side: 1 | -1): -1 | 0 | 1 | undefined {
  if (a.kind !== 'poly' || a.rest === 'osc') return undefined;
  const c = polynomialCoefficients(a.poly);
  if (!c) return undefined;
  const deg = c.length - 1;
  if (deg <= 0) return 0;
  const lead = constantValue(c[deg]!) * side ** deg;
  return lead > 0 ? 1 : lead < 0 ? -1 : undefined;
}

function branchOf(e: Expr & { kind: 'cond' }, side: 1 | -1): Asymptotic {
  const d = direction(asymptotic(e.test, side), side);
  if (d === 1) return asymptotic(e.then, side);
  if (d === -1) return asymptotic(e.otherwise, side);
  return { kind: 'unknown', why: `the test ${toText(e.test)} > 0 does not settle at infinity` };
}

function powerOf(base: Expr, exponent: Expr, side: 1 | -1, e: Expr): Asymptotic {
  const b = asymptotic(base, side);
  // Growth is only ever exponential here, so its reciprocal decays so.
  if (b.kind === 'growth' && isNum(exponent) && Q.cmp(exponent.value, Q.ZERO) < 0) {
    return poly(ZERO, 'exp');
  }
  if (b.kind !== 'poly' || depends(exponent, 'x') || !isNum(exponent)) {
    return b.kind === 'growth' ? b : { kind: 'unknown', why: `cannot analyse ${toText(e)} at infinity` };
  }
  const k = exponent.value;
  const d = direction(b, side);
  if (d === 0 && b.rest !== 'osc') return constantPower(b, k, e);
  if (d === undefined) return { kind: 'unknown', why: `cannot analyse ${toText(e)} at infinity` };
  if (Q.cmp(k, Q.ZERO) < 0) return poly(ZERO, 'alg');
  if (Q.isInteger(k) && b.rest === 'none') return poly(pow(b.poly, exponent));
  if (Q.isInteger(k) && b.rest === 'exp') return poly(pow(b.poly, exponent), 'exp');
  return { kind: 'unknown', why: `${toText(e)} grows like a non-integer power` };
}

function constantPower(b: { poly: Expr; rest: Rest }, k: Q.Rational, e: Expr): Asymptotic {
  if (!same(b.poly, ZERO)) return poly(pow(b.poly, num(k)), b.rest);
  if (Q.cmp(k, Q.ZERO) > 0) return poly(ZERO, b.rest);
  if (b.rest === 'exp') return { kind: 'growth', why: `${toText(e)} grows exponentially` };
  return { kind: 'unknown', why: `${toText(e)} grows at infinity` };
}

/** Limits of bounded functions as their argument goes to +∞ or −∞. */
const LIMITS: Partial<Record<FnName, [Expr, Expr]>> = {
  tanh: [ONE, num(-1)], erf: [ONE, num(-1)], sign: [ONE, num(-1)],
  coth: [ONE, num(-1)], sech: [ZERO, ZERO], csch: [ZERO, ZERO],
  heaviside: [ONE, ZERO], erfc: [ZERO, num(2)], dirac: [ZERO, ZERO],
};

function callOf(fn: FnName, args: readonly Expr[], side: 1 | -1, e: Expr): Asymptotic {
  if (fn === 'log') {
    const arg = asymptotic(args[0]!, side);
    if (arg.kind === 'poly' && direction(arg, side) === 0) return poly(call('log', arg.poly), arg.rest);
    return logOf(args[0]!, side, e);
  }
  if (fn === 'max' || fn === 'min') return extremumOf(fn, args, side);
  const u = asymptotic(args[0]!, side);
  if (u.kind !== 'poly') return u;
  const d = direction(u, side);
  if (fn === 'sin' || fn === 'cos') return d === 0 ? poly(e, u.rest) : poly(ZERO, 'osc');
  if (d === undefined) return { kind: 'unknown', why: `the argument of ${fn} does not settle at infinity` };
  // f(c + r) = f(c) + O(r) for f smooth at the limit c.
  if (d === 0) return poly(call(fn, u.poly), u.rest);
  const limits = LIMITS[fn];
  if (limits) {
    const exact = fn === 'heaviside' || fn === 'sign' || fn === 'dirac';
    return poly(d > 0 ? limits[0] : limits[1], exact ? 'none' : 'exp');
  }
  if (fn === 'exp') {
    return d < 0 ? poly(ZERO, 'exp') : { kind: 'growth', why: `${toText(e)} grows exponentially` };
  }
  if (fn === 'sinh' || fn === 'cosh') return { kind: 'growth', why: `${toText(e)} grows exponentially` };
  if (fn === 'abs') return poly(mul(num(d), u.poly), u.rest);
  return { kind: 'unknown', why: `no asymptotic rule for ${fn} at infinity` };
}

function extremumOf(fn: 'max' | 'min', args: readonly Expr[], side: 1 | -1): Asymptotic {
  const [u, v] = args as [Expr, Expr];
  const d = direction(asymptotic(add(u, mul(num(-1), v)), side), side);
  if (d === undefined || d === 0) {
    return { kind: 'unknown', why: `${fn} of arguments whose difference does not settle at infinity` };
  }
  const first = fn === 'max' ? d > 0 : d < 0;
  return asymptotic(first ? u : v, side);
}

/** log(c + e^v) = v + log(1 + c e^{−v}) when v → +∞. */
function logOf(arg: Expr, side: 1 | -1, e: Expr): Asymptotic {
  const terms = arg.kind === 'add' ? arg.terms : [arg];
  for (const t of terms) {
    if (t.kind !== 'call' || t.fn !== 'exp') continue;
    const v = asymptotic(t.args[0]!, side);
    const others = terms.filter((o) => o !== t).map((o) => asymptotic(o, side));
    const bounded = others.every((o) => o.kind === 'poly' && degree(o.poly) <= 0);
    if (direction(v, side) === 1 && bounded && v.kind === 'poly') return poly(v.poly, 'exp');
  }
  return { kind: 'unknown', why: `${toText(e)} grows like a logarithm; its transform needs terms this toolkit does not derive` };
}

