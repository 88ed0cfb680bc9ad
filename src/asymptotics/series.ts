/**
 * Truncated asymptotic series of a function of ξ > 0, as ξ → 0 or
 * ξ → ∞, with exact coefficients:
 *
 *   f(ξ) ~ e^{w(ξ)} Σ_j c_j t^{order + j},   t = ξ (at 0) or 1/ξ (at ∞),
 *
 * where the scale w is a polynomial in ξ (always 0 at ξ → 0). Sums with
 * cancelling leading terms are handled by carrying TERMS terms.
 */
import type { Expr, FnName } from '../expr/tree.js';
import {
  ONE, ZERO, XI, add, isNum, mul, num, neg, pow, same, call, depends,
} from '../expr/tree.js';
import { expand } from '../expr/expand.js';
import { constantValue } from '../expr/constant.js';
import { toText } from '../expr/print.js';
import * as Q from '../expr/rational.js';
import { NotDerivableError } from '../errors.js';

export type Limit = 'zero' | 'infinity';

export interface Series {
  readonly scale: Expr;
  readonly order: number;
  readonly coeffs: readonly Expr[];
}

/** Terms carried; enough for the cancellations of the built-ins. */
const TERMS = 8;

const unsupported = (why: string) =>
  new NotDerivableError(`asymptotic expansion failed: ${why}`);

const isZeroCoeff = (c: Expr) => same(c, ZERO);

function make(scale: Expr, order: number, coeffs: Expr[]): Series {
  const cleaned = coeffs.slice(0, TERMS).map(expand);
  return { scale, order, coeffs: cleaned };
}

/** Drops leading zero coefficients. A series of zeros stays as it is. */
export function strip(s: Series): Series {
  const k = s.coeffs.findIndex((c) => !isZeroCoeff(c));
  if (k <= 0) return s;
  return { ...s, order: s.order + k, coeffs: s.coeffs.slice(k) };
}

export const isZeroSeries = (s: Series) => s.coeffs.every(isZeroCoeff);

/** Builds an exact series, whose terms after `coeffs` are all zero. */
function exact(scale: Expr, order: number, coeffs: Expr[]): Series {
  const padded = [...coeffs];
  while (padded.length < TERMS) padded.push(ZERO);
  return make(scale, order, padded);
}

const constant = (c: Expr): Series => exact(ZERO, 0, [c]);

export function expandAt(e: Expr, limit: Limit): Series {
  if (!depends(e, 'xi')) return constant(e);
  switch (e.kind) {
    case 'sym':
      return exact(ZERO, limit === 'zero' ? 1 : -1, [ONE]);
    case 'add':
      return e.terms.map((t) => expandAt(t, limit)).reduce((a, b) => addSeries(a, b, limit));
    case 'mul':
      return e.factors.map((f) => expandAt(f, limit)).reduce(mulSeries);
    case 'pow':
      return powSeries(e.base, e.exp, limit);
    case 'call':
      return callSeries(e.fn, e.args, limit);
    default:
      throw unsupported(`no expansion of ${toText(e)}`);
  }
}

/** Compares two scales as ξ → ∞: 1 when a dominates, −1 when b does, 0 if equal. */
function dominance(a: Expr, b: Expr): number {
  if (same(a, b)) return 0;
  const diff = realPart(add(a, neg(b)));
  const lead = expandAt(diff, 'infinity');
  const s = strip(lead);
  if (isZeroSeries(s)) throw unsupported('two terms oscillate against each other');
  const v = constantValue(s.coeffs[0]!);
  if (!(v !== 0 && Number.isFinite(v)) || s.order > 0) {
    throw unsupported(`cannot compare the scales ${toText(a)} and ${toText(b)}`);
  }
  return v > 0 ? 1 : -1;
}

/** Real part of an expression whose only complex constant is i. */
export function realPart(e: Expr): Expr {
  return expand(mul(num(Q.rat(1, 2)), add(e, conjugate(e))));
}

export function conjugate(e: Expr): Expr {
  if (e.kind === 'const' && e.name === 'i') return neg(e);
  switch (e.kind) {
    case 'add': return add(...e.terms.map(conjugate));
    case 'mul': return mul(...e.factors.map(conjugate));
    case 'pow': return pow(conjugate(e.base), conjugate(e.exp));
    case 'call': return call(e.fn, ...e.args.map(conjugate));
    default: return e;
  }
}

function addSeries(a: Series, b: Series, limit: Limit): Series {
  if (isZeroSeries(a)) return b;
  if (isZeroSeries(b)) return a;
  const d = limit === 'infinity' ? dominance(a.scale, b.scale) : 0;
  if (d > 0) return a;
  if (d < 0) return b;
  const order = Math.min(a.order, b.order);
  // The sum is known only as far as both summands are.
  const end = Math.min(a.order + a.coeffs.length, b.order + b.coeffs.length, order + TERMS);
  const coeffs: Expr[] = [];
  for (let at = order; at < end; at++) {
    coeffs.push(add(a.coeffs[at - a.order] ?? ZERO, b.coeffs[at - b.order] ?? ZERO));
  }
  return strip(make(a.scale, order, coeffs));
}

function mulSeries(a: Series, b: Series): Series {
  const n = Math.min(a.coeffs.length, b.coeffs.length);
  const coeffs: Expr[] = [];
  for (let j = 0; j < n; j++) {
    const parts: Expr[] = [];
    for (let k = 0; k <= j; k++) parts.push(mul(a.coeffs[k]!, b.coeffs[j - k]!));
    coeffs.push(add(...parts));
  }
  return make(add(a.scale, b.scale), a.order + b.order, coeffs);
}

function inverse(s0: Series): Series {
  const s = strip(s0);
  if (isZeroSeries(s)) throw unsupported('division by a function whose expansion vanishes');
  const c0 = s.coeffs[0]!;
  const inv0 = pow(c0, num(-1));
  // 1/(1 + u) = Σ (−u)^n with u = Σ_{j≥1} (c_j/c0) t^j.
  const out: Expr[] = [inv0];
  for (let j = 1; j < s.coeffs.length; j++) {
    const parts: Expr[] = [];
    for (let k = 1; k <= j; k++) parts.push(mul(s.coeffs[k]!, out[j - k]!));
    out.push(mul(neg(inv0), add(...parts)));
  }
  return make(neg(s.scale), -s.order, out);
}

function powSeries(base: Expr, exponent: Expr, limit: Limit): Series {
  if (depends(exponent, 'xi') || !isNum(exponent) || !Q.isInteger(exponent.value)) {
    if (base.kind === 'sym' && isNum(exponent)) return rationalPower(exponent.value, limit);
    throw unsupported(`no expansion of ${toText(base)}^${toText(exponent)}`);
  }
  const k = Number(exponent.value.num);
  const b = expandAt(base, limit);
  let acc = constant(ONE);
  const unit = k < 0 ? inverse(b) : b;
  for (let j = 0; j < Math.abs(k); j++) acc = mulSeries(acc, unit);
  return acc;
}

function rationalPower(k: Q.Rational, limit: Limit): Series {
  if (!Q.isInteger(k)) throw unsupported('non-integer powers of ξ');
  const n = Number(k.num);
  return exact(ZERO, limit === 'zero' ? n : -n, [ONE]);
}

/** Returns the constant a when s is exactly a·ξ, else undefined. */
function linearCoefficient(s: Series, limit: Limit): Expr | undefined {
  const t = strip(s);
  const one = limit === 'zero' ? 1 : -1;
  if (!same(t.scale, ZERO) || t.order !== one) return undefined;
  if (t.coeffs.slice(1).some((c) => !isZeroCoeff(c))) return undefined;
  return t.coeffs[0];
}

function callSeries(fn: FnName, args: readonly Expr[], limit: Limit): Series {
  if (fn === 'exp') return expSeries(expandAt(args[0]!, limit), limit);
  if (fn === 'max' || fn === 'heaviside' || fn === 'sign') return stepSeries(fn, args, limit);
  const u = expandAt(args[0]!, limit);
  const a = linearCoefficient(u, limit);
  if (!a || !(constantValue(a) > 0)) {
    throw unsupported(`${fn} of ${toText(args[0]!)} (only ${fn}(a·ξ) with a > 0 is expanded)`);
  }
  if (fn === 'abs') return exact(ZERO, u.order, [a]);
  return limit === 'zero' ? hyperbolicAtZero(fn, a) : hyperbolicAtInfinity(fn, a);
}

/**
 * e^w: at ∞ the terms of w that grow with ξ become the scale, the
 * constant term a factor, and the decaying rest a Taylor series.
 */
function expSeries(w0: Series, limit: Limit): Series {
  const w = strip(w0);
  if (!same(w.scale, ZERO)) throw unsupported('exp of an exponentially varying function');
  const growing: Expr[] = [];
  let constantTerm: Expr = ZERO;
  const small: Expr[] = [];
  w.coeffs.forEach((c, j) => {
    const at = w.order + j;
    if (at < 0 && limit === 'zero') throw unsupported('exp of a function that blows up at 0');
    if (at < 0) growing.push(mul(c, pow(XI, num(-at))));
    else if (at === 0) constantTerm = c;
    else small[at - 1] = c;
  });
  const rest = make(ZERO, 1, Array.from(small, (c) => c ?? ZERO));
  const series = mulSeries(constant(call('exp', constantTerm)), expTaylor(rest));
  return { ...series, scale: add(...growing) };
}

/** e^u = Σ u^n/n! for a series u that vanishes at the limit. */
function expTaylor(u: Series): Series {
  if (isZeroSeries(u)) return constant(ONE);
  const s = strip(u);
  if (s.order <= 0) throw unsupported('exp of a function that does not vanish at the limit');
  let term = constant(ONE);
  let sum = constant(ONE);
  for (let n = 1; n < TERMS; n++) {
    term = mulSeries(term, mulSeries(s, constant(num(Q.rat(1, n)))));
    sum = addSeries(sum, term, 'zero');
  }
  return sum;
}

function stepSeries(fn: FnName, args: readonly Expr[], limit: Limit): Series {
  const arg = fn === 'max' ? args.find((x) => depends(x, 'xi'))! : args[0]!;
  const other = fn === 'max' ? args.find((x) => x !== arg) ?? ZERO : ZERO;
  const s = strip(expandAt(arg, limit));
  const lead = isZeroSeries(s) ? 0 : constantValue(s.coeffs[0]!);
  if (!(lead !== 0) || !same(s.scale, ZERO)) throw unsupported(`${fn} with an undetermined sign`);
  const positive = lead > 0;
  if (fn === 'heaviside') return constant(positive ? ONE : ZERO);
  if (fn === 'sign') return constant(num(positive ? 1 : -1));
  if (!same(other, ZERO)) throw unsupported('max with a nonzero constant');
  return positive ? expandAt(arg, limit) : constant(ZERO);
}

/** csch, coth, tanh, sech at z = aξ → ∞: exponentially small corrections dropped. */
function hyperbolicAtInfinity(fn: FnName, a: Expr): Series {
  const decay = neg(mul(a, XI));
  switch (fn) {
    case 'csch':
    case 'sech': return exact(decay, 0, [num(2)]);
    case 'coth':
    case 'tanh': return constant(ONE);
    default: throw unsupported(`no expansion of ${fn} at infinity`);
  }
}

/** B_0, B_2, ..., B_14 (Bernoulli) and E_0, E_2, ..., E_14 (Euler). */
const BERNOULLI: Q.Rational[] = [
  Q.rat(1), Q.rat(1, 6), Q.rat(-1, 30), Q.rat(1, 42), Q.rat(-1, 30), Q.rat(5, 66),
  Q.rat(-691, 2730), Q.rat(7, 6),
];
const EULER: Q.Rational[] = [
  Q.rat(1), Q.rat(-1), Q.rat(5), Q.rat(-61), Q.rat(1385), Q.rat(-50521),
  Q.rat(2702765), Q.rat(-199360981),
];

function factorial(n: number): bigint {
  let f = 1n;
  for (let k = 2n; k <= BigInt(n); k++) f *= k;
  return f;
}

/** Taylor or Laurent coefficient of z^(2n−1) (odd f) or z^(2n) (sech). */
function hyperbolicCoefficient(fn: FnName, n: number): Q.Rational {
  const b = BERNOULLI[n]!;
  const p = 2n ** BigInt(2 * n);
  const f = Q.rat(1n, factorial(2 * n));
  switch (fn) {
    case 'csch':
      if (n === 0) return Q.ONE;
      return Q.mul(Q.mul(Q.rat(2n * (1n - p / 2n)), b), f);
    case 'coth': return Q.mul(Q.mul(Q.rat(p), b), f);
    case 'tanh': return n === 0 ? Q.ZERO : Q.mul(Q.mul(Q.rat(p * (p - 1n)), b), f);
    default: return Q.mul(EULER[n]!, f);
  }
}

function hyperbolicAtZero(fn: FnName, a: Expr): Series {
  if (!['csch', 'coth', 'tanh', 'sech'].includes(fn)) throw unsupported(`no expansion of ${fn} at 0`);
  const odd = fn !== 'sech';
  const coeffs: Expr[] = [];
  // Series in z = aξ with powers stepping by 2: fill the odd gaps with 0.
  for (let n = 0; n < TERMS / 2; n++) {
    const c = hyperbolicCoefficient(fn, n);
    const power = odd ? 2 * n - 1 : 2 * n;
    coeffs.push(mul(num(c), pow(a, num(power))), ZERO);
  }
  return make(ZERO, odd ? -1 : 0, coeffs);
}
