/**
 * Simplification of powers: exact rational powers, radicals reduced to
 * prime powers (8^(1/2) = 2·2^(1/2)), i^n, nested powers where the
 * identity (a^b)^c = a^(bc) holds, and distribution over products.
 */
import * as Q from './rational.js';
import type { Rational } from './rational.js';
import type { Expr } from './tree.js';
import { I, ONE, ZERO, call, isNum, isOne, isZero, mul, num, pow, MINUS_ONE } from './tree.js';
import { InputError } from '../errors.js';

/** Integers up to this bound are factored into primes under radicals. */
const FACTOR_LIMIT = 10n ** 12n;

export function simplifyPow(base: Expr, exp: Expr): Expr | undefined {
  if (isZero(exp)) return ONE;
  if (isOne(exp)) return base;
  if (isOne(base)) return ONE;
  if (isNum(base) && isNum(exp)) return numericPow(base.value, exp.value);
  if (base.kind === 'const' && base.name === 'e') return call('exp', exp);
  if (base.kind === 'const' && base.name === 'i' && isNum(exp)) return powerOfI(exp.value);
  if (base.kind === 'call' && base.fn === 'exp' && isInteger(exp)) {
    return call('exp', mul(base.args[0]!, exp));
  }
  if (base.kind === 'pow') return nestedPow(base, exp);
  if (base.kind === 'mul') return distributePow(base.factors, exp);
  return undefined;
}

const isInteger = (e: Expr) => isNum(e) && Q.isInteger(e.value);

function isPositiveConstant(e: Expr): boolean {
  if (e.kind === 'num') return Q.cmp(e.value, Q.ZERO) > 0;
  if (e.kind === 'const') return e.name !== 'i';
  if (e.kind === 'pow') return isPositiveConstant(e.base);
  if (e.kind === 'call' && e.fn === 'exp') return !hasI(e.args[0]!);
  return false;
}

function hasI(e: Expr): boolean {
  if (e.kind === 'const') return e.name === 'i';
  if (e.kind === 'mul') return e.factors.some(hasI);
  if (e.kind === 'add') return e.terms.some(hasI);
  if (e.kind === 'pow') return hasI(e.base) || hasI(e.exp);
  return false;
}

function nestedPow(base: Expr & { kind: 'pow' }, exp: Expr): Expr | undefined {
  // (a^b)^c = a^(bc) for integer c, or for a > 0 and real b, c.
  if (isInteger(exp) || isPositiveConstant(base.base)) {
    return pow(base.base, mul(base.exp, exp));
  }
  return undefined;
}

function distributePow(factors: readonly Expr[], exp: Expr): Expr | undefined {
  if (isInteger(exp)) return mul(...factors.map((f) => pow(f, exp)));
  // For a fractional power only positive factors may be split off.
  const positive = factors.filter(isPositiveConstant);
  if (positive.length === 0) return undefined;
  const rest = factors.filter((f) => !isPositiveConstant(f));
  const parts = positive.map((f) => pow(f, exp));
  if (rest.length === 0) return mul(...parts);
  return mul(...parts, pow(mul(...rest), exp));
}

function powerOfI(k: Rational): Expr | undefined {
  if (!Q.isInteger(k)) return undefined;
  const r = Number(((k.num % 4n) + 4n) % 4n);
  return [ONE, I, MINUS_ONE, mul(MINUS_ONE, I)][r]!;
}

function numericPow(b: Rational, k: Rational): Expr | undefined {
  if (b.num === 0n) {
    if (Q.cmp(k, Q.ZERO) > 0) return ZERO;
    throw new InputError('division by zero: 0 raised to a non-positive power');
  }
  if (Q.isInteger(k)) {
    if (k.num > 4096n || k.num < -4096n) return undefined;
    return num(Q.powInt(b, k.num));
  }
  if (Q.cmp(b, Q.ZERO) < 0) return undefined;
  return radical(b, k);
}

function factorInteger(n: bigint): Map<bigint, bigint> | undefined {
  const out = new Map<bigint, bigint>();
  if (n > FACTOR_LIMIT) return undefined;
  for (let p = 2n; p * p <= n; p += p === 2n ? 1n : 2n) {
    while (n % p === 0n) {
      out.set(p, (out.get(p) ?? 0n) + 1n);
      n /= p;
    }
  }
  if (n > 1n) out.set(n, (out.get(n) ?? 0n) + 1n);
  return out;
}

/**
 * b^k for rational b > 0 and non-integer k: each prime power p^(e·k) is
 * split into an integer power (into the coefficient) and a fractional
 * one; primes with the same fractional exponent are multiplied back
 * together, so 6^(1/2) stays 6^(1/2) while 12^(1/2) = 2·3^(1/2).
 */
function radical(b: Rational, k: Rational): Expr | undefined {
  const top = factorInteger(b.num);
  const bottom = factorInteger(b.den);
  if (!top || !bottom) return undefined;
  for (const [p, e] of bottom) top.set(p, (top.get(p) ?? 0n) - e);

  let coeff = Q.ONE;
  const byFraction = new Map<string, { frac: Rational; base: Rational }>();
  for (const [p, e] of top) {
    const total = Q.mul(Q.rat(e), k);
    const whole = floorDiv(total.num, total.den);
    const frac = Q.sub(total, Q.rat(whole));
    coeff = Q.mul(coeff, Q.powInt(Q.rat(p), whole));
    if (Q.isZero(frac)) continue;
    const key = Q.toString(frac);
    const g = byFraction.get(key);
    if (g) g.base = Q.mul(g.base, Q.rat(p));
    else byFraction.set(key, { frac, base: Q.rat(p) });
  }
  const parts: Expr[] = [num(coeff)];
  for (const { frac, base } of byFraction.values()) {
    parts.push({ kind: 'pow', key: `^(#${Q.toString(base)},#${Q.toString(frac)})`, base: num(base), exp: num(frac) });
  }
  return mul(...parts);
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}
