/**
 * Expansion of products over sums and integer powers of sums, and
 * coefficients of polynomials in one symbol.
 */
import * as Q from './rational.js';
import type { Expr } from './tree.js';
import { ONE, ZERO, add, depends, isNum, mul, num, pow, mapChildren } from './tree.js';

/** Largest power of a sum that is multiplied out. */
const MAX_EXPANDED_POWER = 12n;

export function expand(e: Expr): Expr {
  const inner = mapChildren(e, expand);
  if (inner.kind === 'mul') return expandProduct(inner.factors);
  if (inner.kind === 'pow') return expandPower(inner.base, inner.exp);
  return inner;
}

function termsOf(e: Expr): readonly Expr[] {
  return e.kind === 'add' ? e.terms : [e];
}

function expandProduct(factors: readonly Expr[]): Expr {
  let acc: Expr[] = [ONE];
  for (const f of factors) {
    const next: Expr[] = [];
    for (const a of acc) for (const t of termsOf(f)) next.push(mul(a, t));
    acc = next;
  }
  return add(...acc);
}

function expandPower(base: Expr, exponent: Expr): Expr {
  const power = pow(base, exponent);
  if (base.kind !== 'add' || !isNum(exponent)) return power;
  const k = exponent.value;
  if (!Q.isInteger(k) || k.num < 2n || k.num > MAX_EXPANDED_POWER) return power;
  return expandProduct(Array.from({ length: Number(k.num) }, () => base));
}

/**
 * Coefficients [c0, c1, ...] of e as a polynomial in `name`, or
 * undefined when e is not a polynomial in it.
 */
export function polynomialCoefficients(e: Expr, name = 'x'): Expr[] | undefined {
  const coeffs: Expr[][] = [];
  for (const term of termsOf(expand(e))) {
    const split = monomial(term, name);
    if (!split) return undefined;
    (coeffs[split.degree] ??= []).push(split.coeff);
  }
  return Array.from(coeffs, (c) => (c ? add(...c) : ZERO));
}

function monomial(term: Expr, name: string): { degree: number; coeff: Expr } | undefined {
  const factors = term.kind === 'mul' ? term.factors : [term];
  let degree = 0;
  const rest: Expr[] = [];
  for (const f of factors) {
    const d = degreeOfFactor(f, name);
    if (d === undefined) return undefined;
    if (d > 0) degree += d;
    else rest.push(f);
  }
  return { degree, coeff: mul(...rest) };
}

function degreeOfFactor(f: Expr, name: string): number | undefined {
  if (!depends(f, name)) return 0;
  if (f.kind === 'sym') return 1;
  if (f.kind === 'pow' && f.base.kind === 'sym' && isNum(f.exp)) {
    const k = f.exp.value;
    if (Q.isInteger(k) && k.num > 0n) return Number(k.num);
  }
  return undefined;
}

