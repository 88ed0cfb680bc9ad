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
 *
 * Exponential growth carries its sign (+1 towards +∞, −1 towards −∞, 0
 * when it oscillates or the sign is not known), so that exp(−exp(x))
 * decays and H(x)·e^{−x} vanishes for x < 0. A growing factor times an
 * exponentially decaying one is left undecided ('unknown'), because the
 * rates are not compared.
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

/** Sign of a growing function: 0 when it oscillates or is not known. */
export type GrowthSign = -1 | 0 | 1;

export type Asymptotic =
  | { kind: 'poly'; poly: Expr; rest: Rest }
  | { kind: 'growth'; why: string; sign: GrowthSign }
  | { kind: 'unknown'; why: string };

type Poly = Asymptotic & { kind: 'poly' };
type Growth = Asymptotic & { kind: 'growth' };

const poly = (p: Expr, rest: Rest = 'none'): Poly => ({ kind: 'poly', poly: p, rest });
const growth = (why: string, sign: GrowthSign): Growth => ({ kind: 'growth', why, sign });
const unknown = (why: string): Asymptotic => ({ kind: 'unknown', why });
const worst = (a: Rest, b: Rest): Rest => (REST.indexOf(a) >= REST.indexOf(b) ? a : b);

/** Text of an expression for messages, cut to about 60 characters. */
export function shown(e: Expr): string {
  const t = toText(e);
  return t.length > 60 ? `${t.slice(0, 57)}...` : t;
}

const grows = (e: Expr) => `${shown(e)} grows exponentially`;

/** Asymptotic behaviour of e as x → side·∞. */
export function asymptotic(e: Expr, side: 1 | -1): Asymptotic {
  if (!depends(e, 'x')) return poly(e);
  switch (e.kind) {
    case 'sym': return poly(e);
    case 'add': return sumOf(e.terms.map((t) => asymptotic(t, side)));
    case 'mul': return productOf(e.factors.map((f) => asymptotic(f, side)), side, e);
    case 'pow': return powerOf(e.base, e.exp, side, e);
    case 'call': return callOf(e.fn, e.args, side, e);
    case 'cond': return branchOf(e, side);
    default: return unknown(`cannot analyse ${shown(e)} at infinity`);
  }
}

function sumOf(list: Asymptotic[]): Asymptotic {
  const growing = list.filter((a): a is Growth => a.kind === 'growth');
  if (growing.length > 0) return sumWithGrowth(growing);
  const bad = list.find((a) => a.kind === 'unknown');
  if (bad) return bad;
  const parts = list as Poly[];
  return poly(add(...parts.map((p) => p.poly)), parts.map((p) => p.rest).reduce(worst, 'none'));
}

/**
 * Decides a sum with growing terms. It grows unless two of them may
 * cancel, so terms of opposite or unknown sign are left undecided
 * (sinh(x) − e^x/2 decays).
 */
function sumWithGrowth(growing: Growth[]): Asymptotic {
  const sign = growing[0]!.sign;
  if (growing.length > 1 && growing.some((g) => g.sign !== sign || g.sign === 0)) {
    return unknown(`growing terms of opposite or unknown sign may cancel: ${growing.map((g) => g.why).join('; ')}`);
  }
  // A polynomial or bounded part cannot cancel exponential growth.
  return growing[0]!;
}

/** True for a factor that is exactly 0 beyond some point (a step). */
const vanishes = (a: Asymptotic) => a.kind === 'poly' && a.rest === 'none' && same(a.poly, ZERO);

function productOf(list: Asymptotic[], side: 1 | -1, e: Expr): Asymptotic {
  if (list.some(vanishes)) return poly(ZERO);
  const growing = list.filter((a): a is Growth => a.kind === 'growth');
  const bad = list.find((a) => a.kind === 'unknown');
  if (growing.length > 0) return productWithGrowth(growing, list, side, e);
  if (bad) return bad;
  let acc: { poly: Expr; rest: Rest } = { poly: ONE, rest: 'none' };
  for (const a of list as Poly[]) {
    const rest = crossRest(acc, a);
    if (!rest) return unknown(`the decay of ${shown(e)} at infinity is not determined`);
    acc = { poly: mul(acc.poly, a.poly), rest };
  }
  return poly(acc.poly, acc.rest);
}

/**
 * Decides growth times other factors. Times factors that do not decay
 * exponentially it still grows, with the product of the signs. Against
 * an exponentially decaying factor (sech, e^{−x²}, 1/(1 + e^x)) the
 * outcome depends on the rates, which are not compared here.
 */
function productWithGrowth(growing: Growth[], list: Asymptotic[], side: 1 | -1, e: Expr): Asymptotic {
  let sign = growing.reduce((s, g) => s * g.sign, 1);
  for (const a of list) {
    if (a.kind === 'unknown') return a;
    if (a.kind === 'growth') continue;
    if (same(a.poly, ZERO)) {
      if (a.rest === 'exp') {
        return unknown(`${shown(e)}: exponential growth against exponential decay is not resolved`);
      }
      sign = 0;
      continue;
    }
    sign *= signAtInfinity(a, side);
  }
  return growth(growing[0]!.why, sign as GrowthSign);
}

/** Returns the sign of a nonzero polynomial part as x → side·∞, or 0 when unknown. */
function signAtInfinity(a: Poly, side: 1 | -1): GrowthSign {
  const c = polynomialCoefficients(a.poly);
  if (!c) return 0;
  const deg = c.length - 1;
  const lead = constantValue(c[deg]!) * side ** deg;
  if (lead > 0) return 1;
  if (lead < 0) return -1;
  return 0;
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
  if (a.kind === 'growth') return a.sign === 0 ? undefined : a.sign;
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
  return unknown(`the test ${shown(e.test)} > 0 does not settle at infinity`);
}

function powerOf(base: Expr, exponent: Expr, side: 1 | -1, e: Expr): Asymptotic {
  // c^u = exp(u log c) for a constant c > 0.
  if (!depends(base, 'x') && constantValue(base) > 0) {
    return callOf('exp', [mul(exponent, call('log', base))], side, e);
  }
  const b = asymptotic(base, side);
  if (b.kind === 'growth' && isNum(exponent)) return powerOfGrowth(b, exponent.value, e);
  if (b.kind !== 'poly' || depends(exponent, 'x') || !isNum(exponent)) {
    return b.kind === 'growth' ? b : unknown(`cannot analyse ${shown(e)} at infinity`);
  }
  const k = exponent.value;
  const d = direction(b, side);
  if (d === 0 && b.rest !== 'osc') return constantPower(b, k, e);
  if (d === undefined) return unknown(`cannot analyse ${shown(e)} at infinity`);
  if (Q.cmp(k, Q.ZERO) < 0) return poly(ZERO, 'alg');
  if (Q.isInteger(k) && b.rest === 'none') return poly(pow(b.poly, exponent));
  if (Q.isInteger(k) && b.rest === 'exp') return poly(pow(b.poly, exponent), 'exp');
  return unknown(`${shown(e)} grows like a non-integer power`);
}

/** Decides g^k for growing g: it decays exponentially for k < 0 and grows for k > 0. */
function powerOfGrowth(b: Growth, k: Q.Rational, e: Expr): Asymptotic {
  if (Q.cmp(k, Q.ZERO) < 0) return poly(ZERO, 'exp');
  // An even power is positive whatever the sign of the base.
  if (Q.isInteger(k)) return growth(b.why, k.num % 2n === 0n ? 1 : b.sign);
  if (b.sign > 0) return growth(b.why, 1);
  return unknown(`${shown(e)}: a non-integer power of a function that may be negative`);
}

function constantPower(b: Poly, k: Q.Rational, e: Expr): Asymptotic {
  if (!same(b.poly, ZERO)) return poly(pow(b.poly, num(k)), b.rest);
  if (Q.cmp(k, Q.ZERO) > 0) return poly(ZERO, b.rest);
  if (b.rest === 'exp') return growth(grows(e), 0);
  return unknown(`${shown(e)} grows at infinity`);
}

/** Limits of bounded functions as their argument goes to +∞ or −∞. */
const LIMITS: Partial<Record<FnName, [Expr, Expr]>> = {
  tanh: [ONE, num(-1)], erf: [ONE, num(-1)], sign: [ONE, num(-1)],
  coth: [ONE, num(-1)], sech: [ZERO, ZERO], csch: [ZERO, ZERO],
  heaviside: [ONE, ZERO], erfc: [ZERO, num(2)], dirac: [ZERO, ZERO],
};

/** Functions whose value at a limit is reached exactly, not up to e^{−x}. */
const EXACT = new Set<FnName>(['heaviside', 'sign', 'dirac']);

function callOf(fn: FnName, args: readonly Expr[], side: 1 | -1, e: Expr): Asymptotic {
  if (fn === 'log') {
    const arg = asymptotic(args[0]!, side);
    if (arg.kind === 'poly' && direction(arg, side) === 0) return poly(call('log', arg.poly), arg.rest);
    return logOf(args[0]!, side, e);
  }
  if (fn === 'max' || fn === 'min') return extremumOf(fn, args, side);
  const u = asymptotic(args[0]!, side);
  if (u.kind === 'unknown') return u;
  if (fn === 'sin' || fn === 'cos') {
    return u.kind === 'poly' && direction(u, side) === 0 ? poly(call(fn, u.poly), u.rest) : poly(ZERO, 'osc');
  }
  const d = direction(u, side);
  if (d === undefined) return unboundedArgument(fn, u, e);
  // f(c + r) = f(c) + O(r) for f smooth at the limit c.
  if (d === 0) return poly(call(fn, (u as Poly).poly), (u as Poly).rest);
  if (fn === 'abs') {
    return u.kind === 'growth' ? growth(grows(e), 1) : poly(mul(num(d), u.poly), u.rest);
  }
  return limitOf(fn, d, e);
}

/** Decides f(u) when u → d·∞. */
function limitOf(fn: FnName, d: 1 | -1, e: Expr): Asymptotic {
  const limits = LIMITS[fn];
  if (limits) return poly(d > 0 ? limits[0] : limits[1], EXACT.has(fn) ? 'none' : 'exp');
  if (fn === 'exp') return d < 0 ? poly(ZERO, 'exp') : growth(grows(e), 1);
  if (fn === 'sinh') return growth(grows(e), d);
  if (fn === 'cosh') return growth(grows(e), 1);
  return unknown(`no asymptotic rule for ${fn} at infinity`);
}

/**
 * Decides f(u) when u does not settle because it oscillates or grows
 * with unknown sign. Only functions that do not depend on that sign are
 * decided.
 */
function unboundedArgument(fn: FnName, u: Asymptotic, e: Expr): Asymptotic {
  const magnitudeGrows = u.kind === 'growth';
  if (magnitudeGrows && (fn === 'cosh' || fn === 'abs')) return growth(grows(e), 1);
  if (magnitudeGrows && (fn === 'sech' || fn === 'csch')) return poly(ZERO, 'exp');
  return unknown(`the argument of ${fn} does not settle at infinity`);
}

function extremumOf(fn: 'max' | 'min', args: readonly Expr[], side: 1 | -1): Asymptotic {
  const [u, v] = args as [Expr, Expr];
  const d = direction(asymptotic(add(u, mul(num(-1), v)), side), side);
  if (d === undefined || d === 0) {
    return unknown(`${fn} of arguments whose difference does not settle at infinity`);
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
  return unknown(`${shown(e)} grows like a logarithm; its transform needs terms this toolkit does not derive`);
}
