/**
 * Puts a derived expression in a readable normal form: products are
 * multiplied out so that like terms cancel, then factors common to
 * every term (such as e^{−2π²ξ²}) are taken out again.
 */
import * as Q from './rational.js';
import type { Expr } from './tree.js';
import { ONE, add, isNum, mul, num, pow, splitCoefficient } from './tree.js';
import { expand } from './expand.js';

export function tidy(e: Expr): Expr {
  const expanded = expand(e);
  if (expanded.kind !== 'add') return expanded;
  const common = commonFactor(expanded.terms);
  if (isNum(common)) return expanded;
  const rest = expanded.terms.map((t) => mul(t, pow(common, num(-1))));
  // −e^{−u}(1 + v) reads better than e^{−u}(−1 − v).
  const allNegative = rest.every((t) => Q.cmp(splitCoefficient(t)[0], Q.ZERO) < 0);
  const sign = num(allNegative ? -1 : 1);
  return mul(sign, common, add(...rest.map((t) => mul(sign, t))));
}

/** Powers of bases present in every term, with the smallest exponent. */
function commonFactor(terms: readonly Expr[]): Expr {
  const exponents = terms.map(baseExponents);
  const shared: Expr[] = [];
  for (const [key, { base, exp }] of exponents[0]!) {
    let least = exp;
    for (const other of exponents.slice(1)) {
      const e = other.get(key);
      if (!e) {
        least = Q.ZERO;
        break;
      }
      if (Q.cmp(e.exp, least) < 0) least = e.exp;
    }
    // Only positive powers are taken out: 1/ξ² stays inside the sum.
    if (Q.cmp(least, Q.ZERO) > 0) shared.push(pow(base, num(least)));
  }
  return shared.length ? mul(...shared) : ONE;
}

function baseExponents(t: Expr) {
  const [, rest] = splitCoefficient(t);
  const out = new Map<string, { base: Expr; exp: Q.Rational }>();
  for (const f of rest.kind === 'mul' ? rest.factors : [rest]) {
    const base = f.kind === 'pow' ? f.base : f;
    const exp = f.kind === 'pow' ? f.exp : ONE;
    if (!isNum(exp) || base.kind === 'const') continue;
    out.set(base.key, { base, exp: exp.value });
  }
  return out;
}
