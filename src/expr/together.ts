/**
 * Writes a rational function of one symbol over a common denominator,
 * N/D with N multiplied out, so that terms which cancel at large or small
 * arguments cancel exactly rather than in floating point. ELU's
 * transform, for one, is a sum whose first two orders cancel as ξ → ∞.
 */
import type { Expr } from './tree.js';
import { ONE, ZERO, add, depends, isNum, mul, num, pow, size, sym } from './tree.js';
import { expand, polynomialCoefficients } from './expand.js';

/** A term as top/Π base^exp, the denominator kept as separate factors. */
interface Fraction { top: Expr; bottom: Map<string, { base: Expr; exp: bigint }> }

/**
 * N/D for a rational function of `name`, or undefined for any other e.
 * D is the least common multiple of the denominators, factor by factor,
 * so that the multiplied-out numerator stays small.
 */
export function together(e: Expr, name: string): Expr | undefined {
  const terms = e.kind === 'add' ? e.terms : [e];
  const fractions: Fraction[] = [];
  for (const t of terms) {
    const f = termFraction(t, name);
    if (!f) return undefined;
    fractions.push(f);
  }
  const lcm = new Map<string, { base: Expr; exp: bigint }>();
  for (const f of fractions) {
    for (const [key, v] of f.bottom) {
      const seen = lcm.get(key);
      if (!seen || seen.exp < v.exp) lcm.set(key, v);
    }
  }
  const tops = fractions.map((f) => mul(f.top, ...[...lcm].map(([key, v]) =>
    pow(v.base, num(v.exp - (f.bottom.get(key)?.exp ?? 0n))))));
  // Multiplied out, conjugate factors such as (1 − 2πiξ)(1 + 2πiξ) become real.
  const bottom = expand(mul(...[...lcm.values()].map((v) => pow(v.base, num(v.exp)))));
  const top = expand(add(...tops));
  return cancelMonomial(top, bottom, name);
}

function termFraction(t: Expr, name: string): Fraction | undefined {
  const top: Expr[] = [];
  const bottom = new Map<string, { base: Expr; exp: bigint }>();
  for (const f of t.kind === 'mul' ? t.factors : [t]) {
    if (!depends(f, name) || isPolynomial(f, name)) top.push(f);
    else if (f.kind === 'pow' && isNum(f.exp) && f.exp.value.den === 1n && isPolynomial(f.base, name)) {
      const k = f.exp.value.num;
      if (k > 0n) top.push(f);
      else bottom.set(f.base.key, { base: f.base, exp: -k });
    } else return undefined;
  }
  return { top: top.length ? mul(...top) : ONE, bottom };
}

function isPolynomial(e: Expr, name: string): boolean {
  const c = polynomialCoefficients(e, name);
  return c !== undefined && c.some((x) => x.key !== ZERO.key);
}

/** Lowest power of the symbol in a multiplied-out polynomial. */
function lowestPower(p: Expr, name: string): number {
  const c = polynomialCoefficients(p, name) ?? [];
  const k = c.findIndex((x) => x.key !== ZERO.key);
  return Math.max(k, 0);
}

/**
 * Cancels the common power s^c of N/D and keeps the power of s left in D
 * as a factor: −1/(4π²ξ²(1 − 2πiξ)) rather than −ξ/(4π²(ξ³ − 2πiξ⁴)).
 */
function cancelMonomial(top: Expr, bottom: Expr, name: string): Expr {
  const s = sym(name);
  const mt = lowestPower(top, name);
  const mb = lowestPower(bottom, name);
  const c = Math.min(mt, mb);
  const reducedTop = expand(mul(top, pow(s, num(-c))));
  const rest = expand(mul(bottom, pow(s, num(-mb))));
  return mul(reducedTop, pow(s, num(c - mb)), pow(rest, num(-1)));
}

/** Returns the shorter of e and its form over a common denominator, for display. */
export function simplestRational(e: Expr, name: string): Expr {
  const t = together(expand(e), name);
  return t && size(t) < size(e) ? t : e;
}
