/**
 * Rewrites an activation into a form whose double-precision evaluation
 * neither overflows nor cancels, without changing its value:
 *
 * - 1 + erf(u) → erfc(−u) and 1 − erf(u) → erfc(u) (GELU at x = −6 is
 *   −5.9e-9, not the rounding noise of 1 − 0.999999999);
 * - log(1 + e^u) → max(u, 0) + log1p(e^{−|u|}) (softplus at 1e10 and −40);
 * - e^u/(1 + e^u)^k → (1 + e^{−u})^{−1}(1 + e^u)^{1−k};
 * - 1/(1 + e^v) → e^{−v}/(1 + e^{−v}) for v > 0 (the logistic at −710);
 * - c·e^u − c → 2c·e^{u/2} sinh(u/2) for u > −1 (ELU near 0, where e^u − 1
 *   cancels: at −1e-10 only 8 digits would be left). Below −1 there is no
 *   cancellation, and the product would overflow in sinh past u ≈ −1420.
 */
import type { Expr } from '../expr/tree.js';
import * as Q from '../expr/rational.js';
import {
  ONE, ZERO, abs, add, call, cond, mapTree, mul, neg, num, pow, same,
} from '../expr/tree.js';

export function stableForm(e: Expr): Expr {
  let r = mapTree(e, (n) => (n.kind === 'mul' ? logisticProduct(n.factors) : undefined));
  r = mapTree(r, (n) => erfSum(n) ?? softplusLog(n) ?? logisticPower(n));
  return mapTree(r, expMinusOne);
}

/** u when e = 1 + c·f(u) for the named f and the coefficient c, else undefined. */
function onePlus(e: Expr, fn: string, coefficient: 1 | -1): Expr | undefined {
  if (e.kind !== 'add' || e.terms.length !== 2 || !same(e.terms[1]!, ONE)) return undefined;
  const t = e.terms[0]!;
  const inner = coefficient === 1 ? t : t.kind === 'mul' && t.factors.length === 2
    && same(t.factors[0]!, num(-1)) ? t.factors[1]! : undefined;
  if (!inner || inner.kind !== 'call' || inner.fn !== fn) return undefined;
  return inner.args[0];
}

function erfSum(n: Expr): Expr | undefined {
  const plus = onePlus(n, 'erf', 1);
  if (plus) return call('erfc', neg(plus));
  const minus = onePlus(n, 'erf', -1);
  return minus ? call('erfc', minus) : undefined;
}

function softplusLog(n: Expr): Expr | undefined {
  if (n.kind !== 'call' || n.fn !== 'log') return undefined;
  const u = onePlus(n.args[0]!, 'exp', 1);
  if (!u) return undefined;
  return add(call('max', u, ZERO), call('log1p', call('exp', neg(abs(u)))));
}

function logisticProduct(factors: readonly Expr[]): Expr | undefined {
  for (const f of factors) {
    if (f.kind !== 'pow' || f.exp.kind !== 'num' || f.exp.value.den !== 1n || f.exp.value.num >= 0n) continue;
    const u = onePlus(f.base, 'exp', 1);
    const top = u && factors.find((g) => g.kind === 'call' && g.fn === 'exp' && same(g.args[0]!, u));
    if (!u || !top) continue;
    const rest = factors.filter((g) => g !== f && g !== top);
    // e^u (1 + e^u)^{−k} = (1 + e^{−u})^{−1} (1 + e^u)^{−(k−1)}
    const remaining = pow(f.base, num(f.exp.value.num + 1n));
    return mul(pow(add(ONE, call('exp', neg(u))), num(-1)), remaining, ...rest);
  }
  return undefined;
}

function logisticPower(n: Expr): Expr | undefined {
  if (n.kind !== 'pow' || n.exp.kind !== 'num' || n.exp.value.den !== 1n || n.exp.value.num >= 0n) {
    return undefined;
  }
  const v = onePlus(n.base, 'exp', 1);
  if (!v) return undefined;
  const k = num(-n.exp.value.num);
  const flipped = mul(call('exp', neg(v)), pow(add(ONE, call('exp', neg(v))), num(-1)));
  return cond(v, true, pow(flipped, k), n);
}

/** c·e^u − c as 2c·e^{u/2} sinh(u/2), where u > −1. */
function expMinusOne(n: Expr): Expr | undefined {
  if (n.kind !== 'add' || n.terms.length !== 2) return undefined;
  const [t, k] = n.terms;
  if (k!.kind !== 'num' || k.value.num === 0n) return undefined;
  const factors = t!.kind === 'mul' ? t!.factors : [t!];
  const e = factors.find((f) => f.kind === 'call' && f.fn === 'exp');
  const rest = factors.filter((f) => f !== e);
  if (!e || e.kind !== 'call' || !same(mul(...rest), neg(k))) return undefined;
  const u = e.args[0]!;
  const half = mul(num(Q.rat(1, 2)), u);
  const stable = mul(num(2), ...rest, call('exp', half), call('sinh', half));
  return cond(add(u, ONE), true, stable, n);
}
