/**
 * Writes a rational function of one symbol over a common denominator,
 * N/D with N multiplied out, so that terms which cancel at large or small
 * arguments cancel exactly rather than in floating point. ELU's
 * transform, for one, is a sum whose first two orders cancel as ξ → ∞.
 */
import type { Expr } from './tree.js';
import { ONE, ZERO, add, depends, isNum, mul, num, pow, size, sym } from './tree.js';
import { expand, polynomialCoefficients } from './expand.js';

interface Fraction { top: Expr; bottom: Expr }

/** N/D for a rational function of `name`, or undefined for any other e. */
export function together(e: Expr, name: string): Expr | undefined {
  const terms = e.kind === 'add' ? e.terms : [e];
  const fractions: Fraction[] = [];
  for (const t of terms) {
    const f = termFraction(t, name);
    if (!f) return undefined;
    fractions.push(f);
  }
  // Multiplied out, conjugate factors such as (1 − 2πiξ)(1 + 2πiξ) become real.
  const bottom = expand(mul(...fractions.map((f) => f.bottom)));
  const tops = fractions.map((f, k) =>
    mul(f.top, ...fractions.filter((_, j) => j !== k).map((g) => g.bottom)));
  const top = expand(add(...tops));
  return cancelMonomial(top, bottom, name);
}

/** Lowest power of the symbol in a multiplied-out polynomial. */
function lowestPower(p: Expr, name: string): number {
  const c = polynomialCoefficients(p, name) ?? [];
  const k = c.findIndex((x) => x !== ZERO && x.key !== ZERO.key);
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

/** The shorter of e and its form over a common denominator, for display. */
export function simplestRational(e: Expr, name: string): Expr {
  const t = together(expand(e), name);
  return t && size(t) < size(e) ? t : e;
}

function termFraction(t: Expr, name: string): Fraction | undefined {
  const top: Expr[] = [];
  const bottom: Expr[] = [];
  for (const f of t.kind === 'mul' ? t.factors : [t]) {
    if (!depends(f, name)) top.push(f);
    else if (isPolynomial(f, name)) top.push(f);
    else if (f.kind === 'pow' && isNum(f.exp) && f.exp.value.den === 1n && isPolynomial(f.base, name)) {
      const k = f.exp.value.num;
      (k > 0n ? top : bottom).push(pow(f.base, num(k > 0n ? k : -k)));
    } else return undefined;
  }
  return { top: top.length ? mul(...top) : ONE, bottom: bottom.length ? mul(...bottom) : ONE };
}

function isPolynomial(e: Expr, name: string): boolean {
  const c = polynomialCoefficients(e, name);
  return c !== undefined && c.some((x) => x !== ZERO);
}
