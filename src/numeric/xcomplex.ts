/**
 * Extended-range complex numbers: a double-precision complex mantissa with
 * a separate binary exponent, for values far outside the double range
 * (the LFP coefficient A(ξ) ≈ 5.7e-472 far in the tail, e^{−9869.6}).
 *
 * Invariant: the value is (re + i·im)·2^e2 with e2 an integer and
 * max(|re|, |im|) in [0.5, 1), or re = im = e2 = 0 for zero. The exponent
 * is kept within ±2^50 (about 10^{±3.4e14}): a result below that range
 * underflows to zero, like a double does, and a result above it throws
 * InputError. The relative precision is that of a double.
 */
import { InputError } from '../errors.js';
import * as C from './complex.js';
import type { Complex } from './complex.js';
import {
  LN2_HI, LN2_LO, LOG10_2, frexp, ldexp, reduceExponent, twoProduct,
} from './exact.js';
import { formatExponential } from './decimal-format.js';

export interface XComplex {
  re: number;
  im: number;
  e2: number;
}

/** Largest binary exponent kept; |e2| stays exact in sums and products. */
export const MAX_EXPONENT = 2 ** 50;

export const ZERO: XComplex = { re: 0, im: 0, e2: 0 };
export const ONE: XComplex = { re: 0.5, im: 0, e2: 1 };

/**
 * Builds the normalized form of (re + i·im)·2^e2 from finite components
 * of any magnitude.
 */
export function normalize(re: number, im: number, e2: number): XComplex {
  if (re === 0 && im === 0) return ZERO;
  const [, shift] = frexp(Math.max(Math.abs(re), Math.abs(im)));
  const exponent = e2 + shift;
  if (exponent > MAX_EXPONENT) {
    throw new InputError(
      `a value of magnitude 2^${exponent} exceeds the extended range; ` +
      `exponents up to 2^${MAX_EXPONENT} are accepted`);
  }
  if (exponent < -MAX_EXPONENT) return ZERO;
  return { re: ldexp(re, -shift), im: ldexp(im, -shift), e2: exponent };
}

export function isZero(x: XComplex): boolean {
  return x.re === 0 && x.im === 0;
}

/** Converts a finite complex double; throws InputError for ±Infinity or NaN. */
export function fromComplex(z: Complex): XComplex {
  if (!Number.isFinite(z.re) || !Number.isFinite(z.im)) {
    throw new InputError(
      `${C.format(z)} cannot be converted: both components must be finite`);
  }
  return normalize(z.re, z.im, 0);
}

export function fromReal(x: number): XComplex {
  return fromComplex({ re: x, im: 0 });
}

/**
 * Rounds to a complex double. Components below the double range become 0
 * (or subnormal), components above it become ±Infinity.
 */
export function toComplex(x: XComplex): Complex {
  return { re: ldexp(x.re, x.e2), im: ldexp(x.im, x.e2) };
}

export function neg(x: XComplex): XComplex {
  return { re: -x.re, im: -x.im, e2: x.e2 };
}

export function conj(x: XComplex): XComplex {
  return { re: x.re, im: -x.im, e2: x.e2 };
}

/** Sum; the smaller term is aligned to the larger exponent first. */
export function add(a: XComplex, b: XComplex): XComplex {
  if (isZero(a)) return b;
  if (isZero(b)) return a;
  const [big, small] = a.e2 >= b.e2 ? [a, b] : [b, a];
  const shift = small.e2 - big.e2;
  return normalize(
    big.re + ldexp(small.re, shift),
    big.im + ldexp(small.im, shift),
    big.e2);
}

export function sub(a: XComplex, b: XComplex): XComplex {
  return add(a, neg(b));
}

export function mul(a: XComplex, b: XComplex): XComplex {
  if (isZero(a) || isZero(b)) return ZERO;
  const m = C.mul(a, b);
  return normalize(m.re, m.im, a.e2 + b.e2);
}

/** Multiplies by a finite double. */
export function mulReal(a: XComplex, s: number): XComplex {
  return mul(a, fromReal(s));
}

/** Quotient; throws InputError for a zero divisor. */
export function div(a: XComplex, b: XComplex): XComplex {
  if (isZero(b)) {
    throw new InputError('division by zero: the divisor must be nonzero');
  }
  if (isZero(a)) return ZERO;
  const q = C.div(a, b);
  return normalize(q.re, q.im, a.e2 - b.e2);
}

/**
 * e^x for x within the double range. The real part is reduced as
 * k·ln 2 + r (exact for |k| < 2^21), so e^{−9869.6} keeps full relative
 * precision; beyond that the error grows like |Re x|·2^−53, which is the
 * condition number of e^x. Underflows to zero below e^{−7.8e14} and
 * throws InputError above e^{7.8e14} or for an imaginary part beyond the
 * double range.
 */
export function exp(x: XComplex): XComplex {
  const z = toComplex(x);
  if (!Number.isFinite(z.im)) {
    throw new InputError(
      `exp of an argument with imaginary part of magnitude 2^${x.e2} is ` +
      'undefined in double precision: the imaginary part must be a finite double');
  }
  const limit = MAX_EXPONENT * Math.LN2;
  if (z.re < -limit) return ZERO;
  if (z.re > limit) {
    throw new InputError(
      `exp(${C.format(z)}) exceeds the extended range; the real part must be ` +
      `below ${limit.toExponential(3)}`);
  }
  const [k, r] = reduceExponent(z.re);
  const m = Math.exp(r);
  if (z.im === 0) return normalize(m, 0, k);
  return normalize(m * Math.cos(z.im), m * Math.sin(z.im), k);
}

/**
 * Principal logarithm as a complex double: log|x| = log|mantissa| +
 * e2·ln 2 with ln 2 in two parts, and arg x from the mantissa. Values
 * near 1 go through the double log, which keeps log|x| accurate there.
 * Throws InputError at 0.
 */
export function log(x: XComplex): Complex {
  if (isZero(x)) {
    throw new InputError('log(0) is undefined: the argument must be nonzero');
  }
  if (Math.abs(x.e2) <= 2) return C.log(toComplex(x));
  const logMantissa = C.logAbs(x);
  const re = (x.e2 * LN2_HI + logMantissa) + x.e2 * LN2_LO;
  return { re, im: Math.atan2(x.im, x.re) };
}

/**
 * x^n for an integer n by repeated squaring, with about 2·log2|n|
 * roundings. Throws InputError for 0 to a negative power.
 */
export function powInt(x: XComplex, n: bigint): XComplex {
  if (isZero(x)) {
    if (n > 0n) return ZERO;
    if (n === 0n) return ONE;
    throw new InputError(`0^${n} is undefined: a negative power of 0 has no value`);
  }
  let base = x;
  let k = n < 0n ? -n : n;
  let result = ONE;
  while (k > 0n) {
    if (k & 1n) result = mul(result, base);
    k >>= 1n;
    if (k > 0n) base = mul(base, base);
  }
  return n < 0n ? div(ONE, result) : result;
}

/**
 * |x|^f for a real f with |f| < 1: |x| = m·2^e2 with m in [0.5, √2), and
 * f·e2 split exactly into two doubles so the fractional power of two
 * costs no digits. Relative error about 2^−52 plus |f·e2|·2^−53 once
 * |e2| exceeds 2^21.
 */
function powAbsFraction(x: XComplex, f: number): XComplex {
  const m = Math.hypot(x.re, x.im);
  const [hi, lo] = twoProduct(x.e2, f);
  const t = f * Math.log2(m);
  const n = Math.round(hi + t);
  const fraction = ((hi - n) + t) + lo;
  return normalize(Math.exp(fraction * Math.LN2), 0, n);
}

/**
 * Principal power x^p = e^{p log x} for a real exponent p, as
 * x^{trunc p} by repeated squaring times |x|^f e^{i f arg x} for the
 * fractional part f. Relative error about (2 log2|p| + 3)·2^−53 for
 * positive real x. 0^p is 0 for p > 0 and 1 for p = 0; other powers of
 * 0 and non-finite p throw InputError.
 */
export function powReal(x: XComplex, p: number): XComplex {
  if (!Number.isFinite(p)) {
    throw new InputError(`the exponent ${p} is invalid: it must be a finite real number`);
  }
  if (isZero(x)) {
    if (p > 0) return ZERO;
    if (p === 0) return ONE;
    throw new InputError(`0^${p} is undefined: a power of 0 needs a positive exponent`);
  }
  const whole = Math.trunc(p);
  const f = p - whole;
  const integerPart = powInt(x, BigInt(whole));
  if (f === 0) return integerPart;

  let fractional = powAbsFraction(x, f);
  if (!(x.im === 0 && x.re > 0)) {
    const phase = f * Math.atan2(x.im, x.re);
    const rotation = fromComplex({ re: Math.cos(phase), im: Math.sin(phase) });
    fractional = mul(fractional, rotation);
  }
  return mul(integerPart, fractional);
}

/** Modulus |x| as an XComplex with zero imaginary part. */
export function abs(x: XComplex): XComplex {
  return normalize(Math.hypot(x.re, x.im), 0, x.e2);
}

/** log10|x|; −Infinity for zero. */
export function log10Abs(x: XComplex): number {
  if (isZero(x)) return -Infinity;
  return Math.log10(Math.hypot(x.re, x.im)) + x.e2 * LOG10_2;
}

/**
 * Formats the real part (or, with part = 'im', the imaginary part) like
 * Number.prototype.toExponential: toExponentialString(x, 4) gives
 * "5.7123e-472". The digits are exact (see decimal-format.ts).
 */
export function toExponentialString(x: XComplex, fractionDigits: number,
  part: 're' | 'im' = 're'): string {
  return formatExponential(part === 're' ? x.re : x.im, x.e2, fractionDigits);
}
