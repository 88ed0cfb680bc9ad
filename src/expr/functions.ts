/**
 * Simplification of function calls: exact values at 0, parity
 * (f(−u) = −f(u) for odd f, f(u) for even f), exp∘log and log∘exp,
 * Γ at integers and half-integers, and numeric max, min, sign, abs.
 */
import * as Q from './rational.js';
import type { Expr, FnName } from './tree.js';
import {
  HALF, ONE, ZERO, PI, call, hasNegativeCoefficient, isNum, isZero, mul,
  neg, num, pow, splitCoefficient,
} from './tree.js';

const ODD = new Set<FnName>(['sinh', 'tanh', 'csch', 'coth', 'erf', 'sin', 'sign']);
const EVEN = new Set<FnName>(['cosh', 'sech', 'cos', 'abs']);

/**
 * Values at 0 of the functions that have one. Built on first use
 * because this module and tree.ts import each other.
 */
let atZero: Partial<Record<FnName, Expr>> | undefined;

function valueAtZero(fn: FnName): Expr | undefined {
  atZero ??= {
    exp: ONE, tanh: ZERO, sinh: ZERO, cosh: ONE, sech: ONE, erf: ZERO,
    erfc: ONE, sin: ZERO, cos: ONE, abs: ZERO, sign: ZERO, heaviside: HALF,
  };
  return atZero[fn];
}

export function simplifyCall(fn: FnName, args: readonly Expr[]): Expr | undefined {
  const u = args[0]!;
  const zeroValue = isZero(u) ? valueAtZero(fn) : undefined;
  if (zeroValue) return zeroValue;
  const special = SPECIAL[fn]?.(args);
  if (special) return special;
  if (args.length === 1 && hasNegativeCoefficient(u)) {
    if (ODD.has(fn)) return neg(call(fn, neg(u)));
    if (EVEN.has(fn)) return call(fn, neg(u));
  }
  return undefined;
}

type Rule = (args: readonly Expr[]) => Expr | undefined;

const SPECIAL: Partial<Record<FnName, Rule>> = {
  exp: ([u]) => (u!.kind === 'call' && u!.fn === 'log' ? u!.args[0] : undefined),
  log: ([u]) => logRule(u!),
  abs: ([u]) => absRule(u!),
  sign: ([u]) => signRule(u!),
  heaviside: ([u]) => numericStep(u!),
  dirac: ([u]) => (isNum(u!) && !Q.isZero(u!.value) ? ZERO : undefined),
  max: ([a, b]) => extremum(a!, b!, 1),
  min: ([a, b]) => extremum(a!, b!, -1),
  gamma: ([u]) => (isNum(u!) ? gammaAt(u!.value) : undefined),
};

function logRule(u: Expr): Expr | undefined {
  if (isNum(u) && Q.isOne(u.value)) return ZERO;
  if (u.kind === 'const' && u.name === 'e') return ONE;
  if (u.kind === 'call' && u.fn === 'exp') return u.args[0];
  return undefined;
}

function absRule(u: Expr): Expr | undefined {
  if (isNum(u)) return num(Q.cmp(u.value, Q.ZERO) < 0 ? Q.neg(u.value) : u.value);
  if (u.kind === 'const' && u.name !== 'i') return u;
  if (u.kind === 'call' && (u.fn === 'abs' || u.fn === 'exp')) return u;
  const [c, rest] = splitCoefficient(u);
  if (!Q.isOne(c) && !Q.isZero(c)) {
    const magnitude = Q.cmp(c, Q.ZERO) < 0 ? Q.neg(c) : c;
    return mul(num(magnitude), call('abs', rest));
  }
  return undefined;
}

function signRule(u: Expr): Expr | undefined {
  if (isNum(u)) return num(Q.cmp(u.value, Q.ZERO));
  const [c, rest] = splitCoefficient(u);
  if (!Q.isOne(c) && Q.cmp(c, Q.ZERO) > 0) return call('sign', rest);
  return undefined;
}

function numericStep(u: Expr): Expr | undefined {
  if (!isNum(u)) return undefined;
  const s = Q.cmp(u.value, Q.ZERO);
  return s > 0 ? ONE : s < 0 ? ZERO : HALF;
}

function extremum(a: Expr, b: Expr, direction: 1 | -1): Expr | undefined {
  if (a.key === b.key) return a;
  if (!isNum(a) || !isNum(b)) return undefined;
  return Q.cmp(a.value, b.value) * direction >= 0 ? a : b;
}

/** Γ(n) = (n−1)! and Γ(n + 1/2) = √π (2n)!/(4^n n!), n ∈ Z. */
function gammaAt(z: Q.Rational): Expr | undefined {
  if (Q.isInteger(z)) {
    if (z.num <= 0n || z.num > 200n) return undefined;
    let f = 1n;
    for (let k = 2n; k < z.num; k++) f *= k;
    return num(f);
  }
  if (z.den !== 2n || z.num > 401n || z.num < -401n) return undefined;
  return mul(num(halfIntegerGammaRatio(z.num)), pow(PI, HALF));
}

/** Γ(m/2)/√π for odd m, by the recurrence Γ(z+1) = zΓ(z). */
function halfIntegerGammaRatio(m: bigint): Q.Rational {
  let value = Q.ONE;
  let z = Q.rat(1, 2);
  if (m > 0n) {
    for (; Q.cmp(z, Q.rat(m, 2)) < 0; z = Q.add(z, Q.ONE)) value = Q.mul(value, z);
  } else {
    for (; Q.cmp(z, Q.rat(m, 2)) > 0; z = Q.sub(z, Q.ONE)) {
      value = Q.div(value, Q.sub(z, Q.ONE));
    }
  }
  return value;
}
