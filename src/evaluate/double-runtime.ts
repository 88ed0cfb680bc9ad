/**
 * Helpers that compiled double evaluators (double-compile.ts) receive as
 * an argument. The functions of a real argument repeat what
 * complexField does on the real axis, operation for operation, so that
 * a compiled value and the tree-walking one round the same way wherever
 * they take the same steps.
 */
import type { Complex } from '../numeric/complex.js';
import { complexField } from '../numeric/complex-field.js';
import { besselK, erf, erfc, gamma } from '../numeric/special.js';
import { LfpError } from '../errors.js';

const lift = (x: number): Complex => ({ re: x, im: 0 });

/**
 * x^n by repeated squaring, as complexField.powInt. NaN when a negative
 * power overflows before the division, where the field throws.
 */
function powInt(x: number, n: number): number {
  let base = x;
  let k = Math.abs(n);
  let result = 1;
  while (k > 0) {
    if (k % 2 === 1) result *= base;
    k = Math.floor(k / 2);
    if (k > 0) base *= base;
  }
  if (n >= 0) return result;
  return Number.isFinite(result) ? 1 / result : Number.NaN;
}

// sech, csch and coth follow complex.ts: 1/cosh, 1/sinh and cosh/sinh
// for |x| < 1, and forms in e^{−|x|} beyond, which do not overflow.

function sech(x: number): number {
  if (Math.abs(x) < 1) return 1 / Math.cosh(x);
  const e = Math.exp(-Math.abs(x));
  return (2 * e) / (1 + e * e);
}

function csch(x: number): number {
  if (Math.abs(x) < 1) return 1 / Math.sinh(x);
  const e = Math.exp(-Math.abs(x));
  return ((2 * e) / (1 - e * e)) * (x >= 0 ? 1 : -1);
}

function coth(x: number): number {
  if (Math.abs(x) < 1) return Math.cosh(x) / Math.sinh(x);
  const e2 = Math.exp(-2 * Math.abs(x));
  return ((1 + e2) / (1 - e2)) * (x >= 0 ? 1 : -1);
}

/** The larger of two values, keeping the first on a tie, as complexField. */
const max2 = (best: number, x: number) => (x - best > 0 ? x : best);
const min2 = (best: number, x: number) => (best - x > 0 ? x : best);

/** Returns 0 off 0 and throws at 0 or for an invalid order, as complexField. */
function dirac(...args: number[]): number {
  return complexField.apply('dirac', args.map(lift)).re;
}

/** True for nonzero finite values above the subnormal range. */
function isNormal(x: number): boolean {
  const size = Math.abs(x);
  return size >= 2 ** -1022 && size < Infinity;
}

/** The argument `R` of every compiled evaluator. */
export const DOUBLE_RUNTIME = {
  LfpError,
  I: complexField.constant('i'),
  ONE: lift(1),
  lift,
  powInt,
  sech,
  csch,
  coth,
  max2,
  min2,
  dirac,
  erf,
  erfc,
  gamma,
  besselK,
  isNormal,
};
