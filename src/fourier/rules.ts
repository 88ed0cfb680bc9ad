/**
 * The regular part of F[f] at ξ ≠ 0, derived term by term:
 *
 * - linearity over the terms of normalize();
 * - x^n·e^{cx+d}·(product of steps H(αx + β)): one-sided exponentials
 *   and powers on an interval, from ∫_s^∞ x^n e^{cx} e^{−2πiξx} dx;
 * - a table pair f(αx + β): F = |α|⁻¹ e^{2πiξβ/α} F[f](ξ/α);
 * - multiplication by x: F[x g] = (i/2π) d/dξ F[g];
 * - δ^(m)(αx + β): |α|⁻¹ e^{2πiξβ/α} (2πiξ/α)^m;
 * - antiderivative: when no rule applies to g but one applies to g',
 *   F[g] = F[g']/(2πiξ) off ξ = 0.
 */
import type { Expr } from '../expr/tree.js';
import {
  I, ONE, PI, XI, ZERO, add, depends, div, exp, isNum, mapTree, mul, neg,
  num, pow, sub,
} from '../expr/tree.js';
import { affineParts, derivative } from '../expr/derivative.js';
import { polynomialCoefficients } from '../expr/expand.js';
import * as Q from '../expr/rational.js';
import { constantValue } from '../expr/constant.js';
import { toText } from '../expr/print.js';
import { normalize } from './normalize.js';
import { BASE_PAIRS } from './table.js';
import type { PointTerm } from './distribution.js';

/**
 * A failure means that no rule applied. Whether the transform exists at
 * all is decided for the whole function (growth.ts, singular.ts), never
 * from one term: x^{-2} and −e^{−x²}x^{-2} are not locally integrable,
 * but their sum is.
 */
export type RegularResult =
  | { ok: true; regular: Expr; away: PointTerm[]; rules: Set<string> }
  | { ok: false; reason: string };

const TWO_PI_I_XI = mul(num(2), PI, I, XI);
const MAX_TERMS = 200;
/**
 * Largest n in x^n·f(αx + β) handled by differentiating the table pair
 * n times. The closed form grows quickly with n: x^20·tanh x already has
 * dozens of terms.
 */
const MAX_TABLE_POWER = 32;
/** Largest n in x^n·e^{cx}·(steps); the closed form has n + 1 terms. */
const MAX_STEP_POWER = 256;

export function regularPart(f: Expr, allowAntiderivative = true): RegularResult {
  const terms = normalize(f);
  if (terms.length > MAX_TERMS) {
    return { ok: false, reason: `the expansion has ${terms.length} terms (limit ${MAX_TERMS})` };
  }
  const parts: Expr[] = [];
  const away: PointTerm[] = [];
  const rules = new Set<string>(terms.length > 1 ? ['linearity'] : []);
  for (const t of terms) {
    let r = termRegular(t, rules);
    if (!r.ok && allowAntiderivative) r = viaAntiderivative(t, rules, r.reason);
    if (!r.ok) return r;
    parts.push(r.regular);
    away.push(...r.away);
  }
  return { ok: true, regular: add(...parts), away, rules };
}

function viaAntiderivative(t: Expr, rules: Set<string>, why: string): RegularResult {
  const inner = regularPart(derivative(t), false);
  if (!inner.ok) return { ok: false, reason: why };
  // Only plain point masses c·δ(ξ − p), p ≠ 0, divide by 2πiξ simply.
  if (inner.away.some((p) => p.order > 0)) return { ok: false, reason: why };
  inner.rules.forEach((r) => rules.add(r));
  rules.add('antiderivative');
  const away = inner.away.map((p) => ({ ...p, coeff: div(p.coeff, mul(num(2), PI, I, p.at)) }));
  return { ok: true, regular: div(inner.regular, TWO_PI_I_XI), away, rules };
}

interface Decomposed {
  coeff: Expr[];
  n: number;
  steps: Expr[];
  exps: Expr[];
  deltas: (Expr & { kind: 'call' })[];
  others: Expr[];
}

function decompose(t: Expr): Decomposed {
  const d: Decomposed = { coeff: [], n: 0, steps: [], exps: [], deltas: [], others: [] };
  for (const f of t.kind === 'mul' ? t.factors : [t]) {
    if (!depends(f, 'x')) d.coeff.push(f);
    else if (f.kind === 'sym') d.n += 1;
    else if (f.kind === 'pow' && f.base.kind === 'sym' && isNum(f.exp) && f.exp.value.den === 1n) {
      d.n += Number(f.exp.value.num);
    } else if (f.kind === 'call' && f.fn === 'heaviside') d.steps.push(f.args[0]!);
    else if (isStepPower(f)) d.steps.push(((f as Expr & { kind: 'pow' }).base as Expr & { kind: 'call' }).args[0]!);
    else if (f.kind === 'call' && f.fn === 'dirac') d.deltas.push(f);
    else if (f.kind === 'call' && f.fn === 'exp' && affineParts(f.args[0]!)) d.exps.push(f.args[0]!);
    else d.others.push(f);
  }
  return d;
}

const fail = (reason: string): RegularResult => ({ ok: false, reason });
const negativePower = (what: string): RegularResult => ({
  ok: false,
  reason: `no rule for ${what}: negative powers of x are transformed only inside a table pair such as sin(x)/x`,
});
const done = (regular: Expr, rules: Set<string>, rule: string, away: PointTerm[] = []): RegularResult => {
  rules.add(rule);
  return { ok: true, regular, away, rules };
};

function termRegular(t: Expr, rules: Set<string>): RegularResult {
  const d = decompose(t);
  const coeff = mul(...d.coeff);
  if (d.deltas.length > 0) return deltaRule(d, coeff, rules);
  if (d.others.every(isPolynomialPower) && d.steps.length === 0) {
    if (d.exps.length > 0) return fail(`${toText(t)} grows exponentially on one side and has no Fourier transform`);
    if (d.n < 0) return negativePower(`x^${d.n}`);
    return done(ZERO, rules, 'polynomial');
  }
  if (d.others.length === 0) return stepRule(d, coeff, rules);
  if (d.steps.length > 0) {
    return fail(`no rule for the product of ${d.others.map(toText).join(', ')} with a step`);
  }
  const withExps = d.exps.length > 0 ? [...d.others, exp(add(...d.exps))] : d.others;
  return tableRule(withExps, d.n, coeff, rules, t);
}

/** True for H(u)^k with k a positive integer, which is H(u). */
function isStepPower(f: Expr): boolean {
  return f.kind === 'pow' && f.base.kind === 'call' && f.base.fn === 'heaviside'
    && isNum(f.exp) && Q.isInteger(f.exp.value) && f.exp.value.num > 0n;
}

/** True for p^k with p a polynomial in x and k a positive integer. */
function isPolynomialPower(f: Expr): boolean {
  if (f.kind !== 'pow' || !isNum(f.exp)) return false;
  const k = f.exp.value;
  return Q.isInteger(k) && k.num > 0n && polynomialCoefficients(f.base) !== undefined;
}

function deltaRule(d: Decomposed, coeff: Expr, rules: Set<string>): RegularResult {
  if (d.deltas.length > 1 || d.others.length > 0 || d.steps.length > 0 || d.exps.length > 0 || d.n !== 0) {
    return fail('a point mass times other functions of x is not supported');
  }
  const [u, m] = d.deltas[0]!.args as [Expr, Expr];
  const affine = affineParts(u);
  if (!affine || !isNum(m)) return fail(`the argument of dirac must be affine in x, got ${toText(u)}`);
  const { a, b } = affine;
  const k = div(XI, a);
  const shift = exp(mul(num(2), PI, I, XI, div(b, a)));
  const value = mul(coeff, div(ONE, absolute(a)), shift, pow(mul(num(2), PI, I, k), m));
  return done(value, rules, 'point mass');
}

/** |a| for a real constant a, by its numerical sign. */
function absolute(a: Expr): Expr {
  const v = constantValue(a);
  return v < 0 ? neg(a) : a;
}

function tableRule(others: Expr[], n: number, coeff: Expr, rules: Set<string>, t: Expr): RegularResult {
  for (const pair of BASE_PAIRS) {
    const m = pair.match(others, n);
    if (!m) continue;
    const affine = affineParts(m.u);
    if (!affine || !(Math.abs(constantValue(affine.a)) > 0)) continue;
    if (m.n < 0) return negativePower(`x^${m.n} times ${pair.pattern}`);
    if (m.n > MAX_TABLE_POWER) {
      return fail(`no rule for x^${m.n} times ${pair.pattern}: powers of x above ${MAX_TABLE_POWER} are not derived`);
    }
    const { a, b } = affine;
    const scale = div(ONE, absolute(a));
    const shift = exp(mul(num(2), PI, I, XI, div(b, a)));
    // F[x^n g] = (i/2π)^n d^n/dξ^n F[g], and point masses become δ^(n).
    const timesX = pow(div(I, mul(num(2), PI)), num(m.n));
    let value = mul(coeff, m.factor, scale, shift, pair.regular(div(XI, a)));
    for (let k = 0; k < m.n; k++) value = mul(div(I, mul(num(2), PI)), derivative(value, 'xi'));
    if (m.n > 0) rules.add('multiplication by x');
    if (!isNum(a) || !isNum(b) || b.value.num !== 0n || a.value.num !== 1n) rules.add('affine argument');
    const away = (pair.away ?? []).map((p) => ({
      at: mul(a, p.at), order: m.n,
      coeff: mul(timesX, coeff, m.factor, p.coeff, exp(mul(num(2), PI, I, p.at, b))),
    }));
    return done(offZero(value), rules, `table: ${pair.name}`, away);
  }
  return fail(`no transform rule matches ${toText(t)}`);
}

/**
 * Drops from a differentiated table pair what is 0 or 1 at ξ ≠ 0:
 * δ^(m)(c·ξ) vanishes there and sign(c·ξ)^2 is 1. The point terms at
 * ξ = 0 come from the polynomial parts of σ instead (growth.ts).
 */
function offZero(e: Expr): Expr {
  return mapTree(e, (n) => {
    if (n.kind === 'call' && n.fn === 'dirac' && atZeroOnly(n.args[0]!)) return ZERO;
    if (n.kind === 'pow' && n.base.kind === 'call' && n.base.fn === 'sign' && atZeroOnly(n.base.args[0]!)
      && isNum(n.exp) && Q.isInteger(n.exp.value) && n.exp.value.num % 2n === 0n) return ONE;
    return undefined;
  });
}

/** True for c·ξ with a constant c ≠ 0. */
function atZeroOnly(u: Expr): boolean {
  const parts = affineParts(u, 'xi');
  return parts !== undefined && isNum(parts.b) && Q.isZero(parts.b.value) && constantValue(parts.a) !== 0;
}

/**
 * x^n·e^{cx+d} on the interval cut out by the steps. Each one-sided piece
 * is F[x^n e^{cx} H(x − s)] = e^{(c − 2πiξ)s} Σ_k C(n,k) s^{n−k} k!/(2πiξ − c)^{k+1}.
 */
function stepRule(d: Decomposed, coeff: Expr, rules: Set<string>): RegularResult {
  if (d.n < 0) return negativePower(`x^${d.n} times a step`);
  if (d.n > MAX_STEP_POWER) {
    return fail(`no rule for x^${d.n} times a step: powers of x above ${MAX_STEP_POWER} are not derived`);
  }
  const bounds = interval(d.steps);
  if (!bounds) return fail('the arguments of the steps must be affine in x');
  const c = d.exps.length > 0 ? affineParts(add(...d.exps))! : { a: ZERO, b: ZERO };
  const { lo, hi } = bounds;
  if (lo && hi && !(constantValue(sub(hi, lo)) > 0)) return done(ZERO, rules, 'one-sided power and exponential');
  const pieces: Expr[] = [];
  if (lo) pieces.push(rightPiece(d.n, c.a, lo, XI));
  if (hi && lo) pieces.push(neg(rightPiece(d.n, c.a, hi, XI)));
  if (hi && !lo) pieces.push(leftPiece(d.n, c.a, hi));
  return done(mul(coeff, exp(c.b), add(...pieces)), rules, 'one-sided power and exponential');
}

function rightPiece(n: number, c: Expr, s: Expr, xi: Expr): Expr {
  const w = sub(mul(num(2), PI, I, xi), c);
  const terms: Expr[] = [];
  for (let k = 0; k <= n; k++) {
    const weight = num(binomial(n, k) * factorial(k));
    terms.push(mul(weight, pow(s, num(n - k)), pow(w, num(-(k + 1)))));
  }
  return mul(exp(mul(neg(w), s)), add(...terms));
}

/** F[x^n e^{cx} H(s − x)](ξ) = (−1)^n·F[y^n e^{−cy} H(y + s)](−ξ). */
function leftPiece(n: number, c: Expr, s: Expr): Expr {
  const reflected = rightPiece(n, neg(c), neg(s), neg(XI));
  return mul(num(n % 2 === 0 ? 1 : -1), reflected);
}

function binomial(n: number, k: number): bigint {
  return factorial(n) / (factorial(k) * factorial(n - k));
}

function factorial(n: number): bigint {
  let f = 1n;
  for (let k = 2n; k <= BigInt(n); k++) f *= k;
  return f;
}

/** Intersection of the half-lines {αx + β > 0}; undefined bounds are infinite. */
function interval(steps: Expr[]): { lo?: Expr; hi?: Expr } | undefined {
  let lo: Expr | undefined;
  let hi: Expr | undefined;
  for (const u of steps) {
    const p = affineParts(u);
    const alpha = p ? constantValue(p.a) : NaN;
    if (!p || !(Math.abs(alpha) > 0)) return undefined;
    const root = neg(div(p.b, p.a));
    if (alpha > 0 && (!lo || constantValue(sub(root, lo)) > 0)) lo = root;
    if (alpha < 0 && (!hi || constantValue(sub(root, hi)) < 0)) hi = root;
  }
  return { lo, hi };
}

