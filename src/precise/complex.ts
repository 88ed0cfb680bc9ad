/**
 * Arbitrary-precision complex numbers: a pair of BigFloat, with the
 * arithmetic the evaluator needs. Every operation takes `prec` in bits
 * and rounds each part once. Products and moduli are formed exactly
 * before rounding, so |z|² and a·c + b·d lose nothing to cancellation
 * in intermediate roundings.
 */
import { InputError } from '../errors.js';
import {
  BigFloat, ONE, ZERO, add, addExact, div, mulExact, neg as negReal, round,
} from './bigfloat.js';
import { sqrt } from './sqrt.js';

export class PreciseComplex {
  constructor(
    readonly re: BigFloat,
    readonly im: BigFloat = ZERO,
  ) {}
}

export const COMPLEX_ZERO = new PreciseComplex(ZERO, ZERO);
export const COMPLEX_ONE = new PreciseComplex(ONE, ZERO);
export const COMPLEX_I = new PreciseComplex(ZERO, ONE);

export const isReal = (z: PreciseComplex): boolean => z.im.man === 0n;
export const isZeroComplex = (z: PreciseComplex): boolean =>
  z.re.man === 0n && z.im.man === 0n;

export function fromReal(x: BigFloat): PreciseComplex {
  return new PreciseComplex(x, ZERO);
}

export function roundComplex(z: PreciseComplex, prec: number): PreciseComplex {
  return new PreciseComplex(round(z.re, prec), round(z.im, prec));
}

export function addComplex(a: PreciseComplex, b: PreciseComplex, prec: number) {
  return new PreciseComplex(add(a.re, b.re, prec), add(a.im, b.im, prec));
}

export function negComplex(a: PreciseComplex): PreciseComplex {
  return new PreciseComplex(negReal(a.re), negReal(a.im));
}

export function subComplex(a: PreciseComplex, b: PreciseComplex, prec: number) {
  return addComplex(a, negComplex(b), prec);
}

/** Multiplies (a + bi)(c + di), summing each part exactly before rounding. */
export function mulComplex(a: PreciseComplex, b: PreciseComplex, prec: number) {
  if (isReal(a) && isReal(b)) {
    return fromReal(round(mulExact(a.re, b.re), prec));
  }
  const re = addExact(mulExact(a.re, b.re), negReal(mulExact(a.im, b.im)));
  const im = addExact(mulExact(a.re, b.im), mulExact(a.im, b.re));
  return new PreciseComplex(round(re, prec), round(im, prec));
}

/** Returns |z|² exactly: the mantissa has twice the length of the parts. */
export function normSquaredExact(z: PreciseComplex): BigFloat {
  return addExact(mulExact(z.re, z.re), mulExact(z.im, z.im));
}

/** Divides as (a + bi)(c − di)/(c² + d²), rounding once per part. */
export function divComplex(a: PreciseComplex, b: PreciseComplex, prec: number) {
  if (isZeroComplex(b)) throw new InputError('division by zero: the divisor is 0');
  if (isReal(b)) {
    return new PreciseComplex(div(a.re, b.re, prec), div(a.im, b.re, prec));
  }
  const denominator = normSquaredExact(b);
  const re = addExact(mulExact(a.re, b.re), mulExact(a.im, b.im));
  const im = addExact(mulExact(a.im, b.re), negReal(mulExact(a.re, b.im)));
  return new PreciseComplex(div(re, denominator, prec), div(im, denominator, prec));
}

/** Returns |z| rounded to prec bits. */
export function absComplex(z: PreciseComplex, prec: number): BigFloat {
  if (isReal(z)) return round(z.re.man < 0n ? negReal(z.re) : z.re, prec);
  return sqrt(normSquaredExact(z), prec);
}

/** Raises z to an integer power n by binary exponentiation. */
export function powIntComplex(z: PreciseComplex, n: bigint, prec: number) {
  if (n === 0n) return COMPLEX_ONE;
  if (isZeroComplex(z)) {
    if (n < 0n) throw new InputError('0 raised to a negative power is undefined');
    return COMPLEX_ZERO;
  }
  const magnitude = n < 0n ? -n : n;
  const wp = prec + 2 * magnitude.toString(2).length + 8;
  let base = roundComplex(z, wp);
  let result = COMPLEX_ONE;
  for (let k = magnitude; k > 0n; k >>= 1n) {
    if (k & 1n) result = mulComplex(result, base, wp);
    if (k > 1n) base = mulComplex(base, base, wp);
  }
  if (n < 0n) return divComplex(COMPLEX_ONE, result, prec);
  return roundComplex(result, prec);
}
