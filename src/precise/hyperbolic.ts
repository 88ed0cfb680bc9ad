/**
 * Hyperbolic functions of a real argument, from exp and expm1 only.
 *
 * tanh, sech, csch and coth are built from e^(−|x|) and expm1 only, so
 * their results far in the tail keep all their digits: csch(785.4) is
 * computed as 2u / (−expm1(−2|x|)) with u = e^(−|x|) ≈ 1e−341. Near 0
 * the expm1 forms avoid the cancellation in e^x − e^(−x). Accuracy: a
 * few units in the last place.
 */
import { InputError } from '../errors.js';
import {
  BigFloat, ONE, TWO, ZERO, abs, add, div, mul, mulPow2, neg, round, topBit,
} from './bigfloat.js';
import { exp, expm1 } from './exp.js';

const GUARD = 8;

/** Beyond 2^40, tanh and coth equal ±1 to any precision below 2^41 bits. */
const SATURATION_TOP_BIT = 40;

const withSign = (x: BigFloat, value: BigFloat) => (x.man < 0n ? neg(value) : value);

export function sinh(x: BigFloat, prec: number): BigFloat {
  if (x.man === 0n) return ZERO;
  const wp = prec + GUARD;
  if (topBit(x) <= 0) {
    // sinh x = (E + E/(E+1))/2 with E = expm1(x): both terms share a sign.
    const e = expm1(x, wp);
    const sum = add(e, div(e, add(e, ONE, wp), wp), wp);
    return round(mulPow2(sum, -1), prec);
  }
  const e = exp(abs(x), wp);
  const value = mulPow2(add(e, neg(div(ONE, e, wp)), wp), -1);
  return withSign(x, round(value, prec));
}

export function cosh(x: BigFloat, prec: number): BigFloat {
  if (x.man === 0n) return ONE;
  const wp = prec + GUARD;
  const e = exp(abs(x), wp);
  return round(mulPow2(add(e, div(ONE, e, wp), wp), -1), prec);
}

/** Computes tanh |x| = −E/(2 + E) with E = expm1(−2|x|) in (−1, 0]. */
export function tanh(x: BigFloat, prec: number): BigFloat {
  if (x.man === 0n) return ZERO;
  if (topBit(x) > SATURATION_TOP_BIT) return withSign(x, ONE);
  const wp = prec + GUARD;
  const minusE = neg(expm1(neg(mulPow2(abs(x), 1)), wp));
  return withSign(x, div(minusE, add(TWO, neg(minusE), wp), prec));
}

/** Computes sech x = 2u/(1 + u²) with u = e^(−|x|). */
export function sech(x: BigFloat, prec: number): BigFloat {
  if (x.man === 0n) return ONE;
  const wp = prec + GUARD;
  const u = exp(neg(abs(x)), wp);
  return div(mulPow2(u, 1), add(ONE, mul(u, u, wp), wp), prec);
}

/** Computes csch x = ±2u/(−expm1(−2|x|)) with u = e^(−|x|). */
export function csch(x: BigFloat, prec: number): BigFloat {
  if (x.man === 0n) {
    throw new InputError('csch is undefined at 0 (a pole): pass a nonzero argument');
  }
  const wp = prec + GUARD;
  const u = exp(neg(abs(x)), wp);
  const denominator = neg(expm1(neg(mulPow2(abs(x), 1)), wp));
  return withSign(x, div(mulPow2(u, 1), denominator, prec));
}

export function coth(x: BigFloat, prec: number): BigFloat {
  if (x.man === 0n) {
    throw new InputError('coth is undefined at 0 (a pole): pass a nonzero argument');
  }
  return div(ONE, tanh(x, prec + GUARD), prec);
}
