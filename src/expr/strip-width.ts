/**
 * A lower bound on the half-width a of the strip |Im x| < a to which a
 * real expression in x extends analytically, read from its structure.
 * The trapezoidal rule on the real line converges like e^(−2πa/h) for
 * such an integrand, so a decides whether that rule applies and with
 * which step.
 *
 * Entire functions (exp, sin, cos, sinh, cosh, erf, polynomials) give
 * Infinity. A singularity comes from the nearest complex pole, zero of
 * a denominator or branch point, always of an affine argument
 * u = αx + β with real α and β, so its distance d from the real axis in
 * u becomes d/|α| in x:
 *   tanh u, sech u, 1/cosh u        poles at u = iπ/2 + ikπ, so d = π/2,
 *   1/(c + s e^u), log(c + s e^u)   for real c, s > 0 the sum is 0 or
 *                                   negative only where Im u = ±π
 *                                   (mod 2π), so d = π.
 * Anything else that could be singular (kinks, steps, conditions,
 * csch, coth, other denominators and logarithms, non-affine arguments
 * of tanh or sech) gives 0, meaning "not known to be analytic".
 */
import { affineParts } from './derivative.js';
import { constantValue } from './constant.js';
import type { Expr } from './tree.js';
import { depends, someNode } from './tree.js';

const ENTIRE = new Set(['exp', 'sin', 'cos', 'sinh', 'cosh', 'erf', 'erfc']);
const HALF_PI = Math.PI / 2;

/** Returns |α| of an affine u = αx + β with real α, β; undefined otherwise. */
function affineSlope(u: Expr, name: string): number | undefined {
  const parts = affineParts(u, name);
  if (!parts) return undefined;
  const slope = constantValue(parts.a);
  const intercept = constantValue(parts.b);
  if (!Number.isFinite(slope) || !Number.isFinite(intercept)) return undefined;
  return Math.abs(slope);
}

/** Returns d/|α| for a singularity at distance d in the affine argument u. */
function distanceInX(u: Expr, d: number, name: string): number {
  const slope = affineSlope(u, name);
  if (slope === undefined) return 0;
  return slope === 0 ? Infinity : d / slope;
}

/** Splits c + s·exp(w) (c, s real constants, s ≠ 0) into its parts. */
function exponentialSum(e: Expr, name: string) {
  const terms = e.kind === 'add' ? e.terms : [e];
  const constants = terms.filter((t) => !depends(t, name));
  const varying = terms.filter((t) => depends(t, name));
  if (varying.length !== 1) return undefined;
  const factors = varying[0]!.kind === 'mul' ? varying[0]!.factors : [varying[0]!];
  const exps = factors.filter((f) => depends(f, name));
  const power = exps[0];
  const isExp = power?.kind === 'call' && power.fn === 'exp';
  if (exps.length !== 1 || !isExp) return undefined;
  const c = constants.reduce((s, t) => s + constantValue(t), 0);
  const s = factors
    .filter((f) => f !== power)
    .reduce((p, f) => p * constantValue(f), 1);
  if (!Number.isFinite(c) || !Number.isFinite(s) || s === 0) return undefined;
  return { c, s, w: power.args[0]! };
}

/** Half-width of a strip in which e has no zeros (given it is analytic there). */
function zeroFreeWidth(e: Expr, name: string): number {
  if (!depends(e, name)) return constantValue(e) !== 0 ? Infinity : 0;
  if (e.kind === 'mul') {
    return Math.min(...e.factors.map((f) => zeroFreeWidth(f, name)));
  }
  if (e.kind === 'pow' && e.exp.kind === 'num') return zeroFreeWidth(e.base, name);
  if (e.kind === 'call' && (e.fn === 'exp' || e.fn === 'sech')) return Infinity;
  if (e.kind === 'call' && e.fn === 'cosh') {
    return distanceInX(e.args[0]!, HALF_PI, name);
  }
  const sum = exponentialSum(e, name);
  // c + s e^w vanishes only where e^w = −c/s, which needs c/s > 0.
  if (sum && sum.c * sum.s > 0) return distanceInX(sum.w, Math.PI, name);
  return 0;
}

/** Half-width of a strip in which e stays off the branch cut (−∞, 0]. */
function cutFreeWidth(e: Expr, name: string): number {
  if (!depends(e, name)) return constantValue(e) > 0 ? Infinity : 0;
  if (e.kind === 'call' && e.fn === 'cosh') {
    return distanceInX(e.args[0]!, HALF_PI, name);
  }
  const sum = exponentialSum(e, name);
  // For c ≥ 0 and s > 0, c + s e^w is real and ≤ 0 only where Im w = ±π (mod 2π).
  if (sum && sum.c >= 0 && sum.s > 0) return distanceInX(sum.w, Math.PI, name);
  return 0;
}

function powWidth(base: Expr, exponent: Expr, name: string): number {
  const inner = stripHalfWidth(base, name);
  if (depends(exponent, name)) {
    const positiveBase = !depends(base, name) && constantValue(base) > 0;
    return positiveBase ? stripHalfWidth(exponent, name) : 0;
  }
  if (exponent.kind !== 'num' || exponent.value.den !== 1n) {
    return Math.min(inner, cutFreeWidth(base, name));
  }
  if (exponent.value.num >= 0n) return inner;
  return Math.min(inner, zeroFreeWidth(base, name));
}

function callWidth(fn: string, args: readonly Expr[], name: string): number {
  const u = args[0]!;
  if (args.length !== 1) return 0;
  if (ENTIRE.has(fn)) return stripHalfWidth(u, name);
  if (fn === 'tanh' || fn === 'sech') return distanceInX(u, HALF_PI, name);
  if (fn === 'log') return Math.min(stripHalfWidth(u, name), cutFreeWidth(u, name));
  return 0;
}

/**
 * Returns a lower bound on the half-width of the strip around the real
 * axis in which e(x) is analytic: Infinity for entire expressions, 0
 * when no strip is known.
 */
export function stripHalfWidth(e: Expr, name = 'x'): number {
  if (!depends(e, name)) {
    const complex = someNode(e, (n) => n.kind === 'const' && n.name === 'i');
    return complex ? 0 : Infinity;
  }
  switch (e.kind) {
    case 'sym':
      return Infinity;
    case 'add':
      return Math.min(...e.terms.map((t) => stripHalfWidth(t, name)));
    case 'mul':
      return Math.min(...e.factors.map((f) => stripHalfWidth(f, name)));
    case 'pow':
      return powWidth(e.base, e.exp, name);
    case 'call':
      return callWidth(e.fn, e.args, name);
    default:
      return 0;
  }
}
