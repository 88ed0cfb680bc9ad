/**
 * Local integrability of an activation on the real line. A function that
 * blows up like |x − s|^{−p} with p ≥ 1 at a finite point s (1/x,
 * 1/(x² − 1), coth x) defines no tempered distribution, while
 * (1 − e^{−x²})/x², tanh(x)/x or coth(x) − 1/x are bounded and do.
 * Deciding this term by term is wrong, because the terms of a sum may
 * cancel, so the whole function is examined.
 *
 * Candidates for s are the real zeros of the bases of negative powers
 * and the zeros of the arguments of csch and coth. At each candidate
 * the exponent p is read from |σ(s ± h)|·h at h = 1e−4, 1e−6, 1e−8,
 * evaluated with 40 significant digits so that cancellation near s
 * cannot fake a pole. The product stays at least 0.97 times its previous
 * value only when p ≥ 0.993.
 *
 * NOTE: zeros of non-polynomial bases are found by sign changes on a
 * grid over [−50, 50]. A zero where the base touches 0 without changing
 * sign (1/(1 − cos x)) is missed, and such a σ goes on to the rules or
 * to quadrature.
 */
import type { Expr } from '../expr/tree.js';
import {
  add, depends, div, isNum, mul, neg, num, sqrt, sub,
} from '../expr/tree.js';
import { polynomialCoefficients } from '../expr/expand.js';
import { constantValue } from '../expr/constant.js';
import { evaluate } from '../expr/evaluate.js';
import * as Q from '../expr/rational.js';
import { complexField, xcomplexField } from '../numeric/complex-field.js';
import { fromReal } from '../numeric/xcomplex.js';
import { preciseField } from '../precise/field.js';
import { shown } from './growth.js';

/** A point where σ is not locally integrable. */
export interface Pole {
  readonly at: Expr;
  readonly reason: string;
}

const MAX_CANDIDATES = 24;
const SCAN_HALF_WIDTH = 50;
const SCAN_STEPS = 2000;
/** The steps h = 10^−k from a candidate, for these k. */
const STEP_EXPONENTS = [4n, 6n, 8n];
/** Smallest ratio of |σ(s ± h)|·h between successive steps for a pole. */
const SIZE_RATIO = 0.97;
const DIGITS = 40;

/** Returns a point where σ is not locally integrable, if it finds one. */
export function nonIntegrablePoint(sigma: Expr): Pole | undefined {
  const field = preciseField(DIGITS);
  for (const at of candidates(sigma)) {
    if (blowsUp(sigma, at, field)) {
      return {
        at,
        reason: `${shown(sigma)} grows like 1/|x − s| or faster at s = ${pointText(at)}, `
          + 'so it is not locally integrable there and defines no tempered distribution',
      };
    }
  }
  return undefined;
}

/** Formats a location exactly when that is short, else to 10 digits. */
function pointText(at: Expr): string {
  const text = shown(at);
  return text.length <= 24 ? text : constantValue(at).toPrecision(10);
}

/** Possible poles of σ: zeros of denominators and of csch, coth arguments. */
function candidates(sigma: Expr): Expr[] {
  const found: Expr[] = [];
  const visit = (e: Expr): void => {
    if (e.kind === 'pow' && isNum(e.exp) && Q.cmp(e.exp.value, Q.ZERO) < 0 && depends(e.base, 'x')) {
      found.push(...zerosOf(e.base));
    }
    if (e.kind === 'call' && (e.fn === 'csch' || e.fn === 'coth') && depends(e.args[0]!, 'x')) {
      found.push(...zerosOf(e.args[0]!));
    }
    for (const c of childrenOf(e)) visit(c);
  };
  visit(sigma);
  const nearestFirst = (p: Expr) => Math.abs(constantValue(p));
  return distinct(found).sort((p, q) => nearestFirst(p) - nearestFirst(q)).slice(0, MAX_CANDIDATES);
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

/** Drops candidates that coincide in double precision. */
function distinct(points: Expr[]): Expr[] {
  const out: Expr[] = [];
  const seen: number[] = [];
  for (const p of points) {
    const v = constantValue(p);
    if (!Number.isFinite(v) || seen.some((s) => Math.abs(s - v) <= 1e-12 * Math.max(1, Math.abs(v)))) continue;
    seen.push(v);
    out.push(p);
  }
  return out;
}

/** Real zeros of u: exact for polynomials of degree 1 and 2, else by a scan. */
function zerosOf(u: Expr): Expr[] {
  const c = polynomialCoefficients(u);
  if (c && c.length === 2) return [neg(div(c[0]!, c[1]!))];
  if (c && c.length === 3) return quadraticZeros(c[0]!, c[1]!, c[2]!);
  return scanZeros(u);
}

/** Real roots of a x² + b x + c. */
function quadraticZeros(c: Expr, b: Expr, a: Expr): Expr[] {
  const discriminant = sub(mul(b, b), mul(num(4), a, c));
  const d = constantValue(discriminant);
  if (!Number.isFinite(d) || d < 0) return [];
  const twoA = mul(num(2), a);
  if (isNum(discriminant) && Q.isZero(discriminant.value)) return [neg(div(b, twoA))];
  const root = sqrt(discriminant);
  return [div(add(neg(b), root), twoA), div(sub(neg(b), root), twoA)];
}

/** Sign changes of u on a grid, refined by bisection in double precision. */
function scanZeros(u: Expr): Expr[] {
  const f = (x: number) => evaluate(u, complexField, { x: { re: x, im: 0 } }).re;
  const zeros: Expr[] = [];
  const step = (2 * SCAN_HALF_WIDTH) / SCAN_STEPS;
  let left = -SCAN_HALF_WIDTH;
  let fLeft = safe(f, left);
  for (let k = 1; k <= SCAN_STEPS && zeros.length < MAX_CANDIDATES; k++) {
    const right = -SCAN_HALF_WIDTH + k * step;
    const fRight = safe(f, right);
    if (fLeft === 0) zeros.push(exactDouble(left));
    else if (fLeft * fRight < 0) zeros.push(exactDouble(bisect(f, left, right, fLeft)));
    left = right;
    fLeft = fRight;
  }
  return zeros;
}

function safe(f: (x: number) => number, x: number): number {
  try {
    return f(x);
  } catch {
    return Number.NaN;
  }
}

function bisect(f: (x: number) => number, a: number, b: number, fa: number): number {
  for (let k = 0; k < 80; k++) {
    const m = (a + b) / 2;
    if (m === a || m === b) break;
    const fm = safe(f, m);
    if (fm === 0) return m;
    if (fm * fa < 0) b = m;
    else {
      a = m;
      fa = fm;
    }
  }
  return (a + b) / 2;
}

/** Converts the double v to an exact rational expression. */
function exactDouble(v: number): Expr {
  const r = Q.parseDecimal(Math.abs(v).toPrecision(17));
  if (!r) return num(0);
  return num(v < 0 ? Q.neg(r) : r);
}

/**
 * True when |σ(s ± h)|·h keeps its size as h goes from 1e−4 to 1e−8 on
 * either side of s, that is when σ grows like |x − s|^{−p}, p ≥ 0.993.
 */
function blowsUp(sigma: Expr, at: Expr, field: ReturnType<typeof preciseField>): boolean {
  let s;
  try {
    s = evaluate(at, field, {});
  } catch {
    return false;
  }
  for (const side of [1n, -1n]) {
    const sizes: number[] = [];
    for (const k of STEP_EXPONENTS) {
      const h = field.fromRational(side, 10n ** k);
      const value = valueAt(sigma, field, field.add(s, h));
      if (value === undefined) break;
      sizes.push(value * 10 ** -Number(k));
    }
    if (sizes.length < STEP_EXPONENTS.length) continue;
    const [a, b, c] = sizes as [number, number, number];
    if (c > 0 && c >= SIZE_RATIO * b && b >= SIZE_RATIO * a) return true;
  }
  return false;
}

/**
 * |σ(x)| as a double (Infinity when beyond the double range), or
 * undefined where σ is not real. A cheap extended-range evaluation goes
 * first, because a complex value such as cos(log(x)/x²) near 0 can take
 * seconds at 40 digits.
 */
function valueAt(sigma: Expr, field: ReturnType<typeof preciseField>, x: ReturnType<typeof field.add>) {
  try {
    const rough = evaluate(sigma, xcomplexField, { x: fromReal(field.toNumber(x)) });
    if (Math.abs(rough.im) > 1e-9) return undefined;
    const v = evaluate(sigma, field, { x });
    const re = field.toNumber(v);
    return Number.isNaN(re) ? undefined : Math.abs(re);
  } catch {
    return undefined;
  }
}
