/**
 * Elementary functions of a complex argument on the principal branch
 * (log and pow cut along the negative real axis). Real arguments go
 * straight to the real routines, so the tail accuracy of those carries
 * over. Complex arguments use the textbook decompositions into real
 * parts, each rounded once:
 *   exp(a+ib) = e^a (cos b + i sin b),  log z = ½ ln|z|² + i arg z,
 *   sin(a+ib) = sin a cosh b + i cos a sinh b, and so on, and
 *   tanh(a+ib) = (sinh 2a + i sin 2b) / (2 (sinh² a + cos² b)),
 * whose denominator is a sum of squares and so never cancels. These
 * formulas subtract no real quantities, so each part is accurate to a
 * few units in its own last place. powComplex is accurate relative to
 * |a^b|: exp turns the absolute error of b log a into a relative one.
 */
import { InputError } from '../errors.js';
import {
  add, bitLength, div, floorToBigInt, isInteger, log2Abs, mul, mulPow2, neg, round,
  sign,
} from './bigfloat.js';
import {
  COMPLEX_ONE, COMPLEX_ZERO, PreciseComplex, divComplex, fromReal, isReal,
  isZeroComplex, mulComplex, normSquaredExact, powIntComplex,
} from './complex.js';
import { formatComplex } from './complex-decimal.js';
import { exp } from './exp.js';
import { cosh, coth, csch, sech, sinh, tanh } from './hyperbolic.js';
import { log } from './log.js';
import { pow } from './pow.js';
import { atan2, sinCos } from './trig.js';

const GUARD = 8;

export function expComplex(z: PreciseComplex, prec: number): PreciseComplex {
  if (isReal(z)) return fromReal(exp(z.re, prec));
  const wp = prec + GUARD;
  const scale = exp(z.re, wp);
  const { sin, cos } = sinCos(z.im, wp);
  return new PreciseComplex(mul(scale, cos, prec), mul(scale, sin, prec));
}

export function logComplex(z: PreciseComplex, prec: number): PreciseComplex {
  if (isZeroComplex(z)) {
    throw new InputError('log is undefined at 0: pass a nonzero argument');
  }
  if (isReal(z) && z.re.man > 0n) return fromReal(log(z.re, prec));
  const magnitude = mulPow2(log(normSquaredExact(z), prec + 1), -1);
  return new PreciseComplex(round(magnitude, prec), atan2(z.im, z.re, prec));
}

/** Returns the integer value of a real z when it fits in 64 bits, else undefined. */
function smallInteger(z: PreciseComplex): bigint | undefined {
  if (!isReal(z) || !isInteger(z.re)) return undefined;
  const n = floorToBigInt(z.re);
  return bitLength(n) <= 64 ? n : undefined;
}

/**
 * Computes the principal power a^b = exp(b log a). Integer exponents
 * use exact products instead.
 */
export function powComplex(a: PreciseComplex, b: PreciseComplex, prec: number) {
  const n = smallInteger(b);
  if (n !== undefined) return powIntComplex(a, n, prec);
  if (isZeroComplex(a)) {
    if (sign(b.re) > 0) return COMPLEX_ZERO;
    throw new InputError('0 raised to a power with non-positive real part is undefined');
  }
  if (isReal(a) && isReal(b) && a.re.man > 0n) return fromReal(pow(a.re, b.re, prec));

  // exp turns the absolute error of b log a into a relative error.
  const rough = logComplex(a, 64);
  const size = Math.max(log2Abs(rough.re), log2Abs(rough.im), 0);
  const sizeB = Math.max(log2Abs(b.re), log2Abs(b.im), 0);
  const wp = prec + GUARD + Math.ceil(size + sizeB);
  return expComplex(mulComplex(b, logComplex(a, wp), wp), prec);
}

export function sinComplex(z: PreciseComplex, prec: number): PreciseComplex {
  if (isReal(z)) return fromReal(sinCos(z.re, prec).sin);
  const wp = prec + GUARD;
  const { sin, cos } = sinCos(z.re, wp);
  return new PreciseComplex(
    mul(sin, cosh(z.im, wp), prec),
    mul(cos, sinh(z.im, wp), prec),
  );
}

export function cosComplex(z: PreciseComplex, prec: number): PreciseComplex {
  if (isReal(z)) return fromReal(sinCos(z.re, prec).cos);
  const wp = prec + GUARD;
  const { sin, cos } = sinCos(z.re, wp);
  return new PreciseComplex(
    mul(cos, cosh(z.im, wp), prec),
    neg(mul(sin, sinh(z.im, wp), prec)),
  );
}

export function sinhComplex(z: PreciseComplex, prec: number): PreciseComplex {
  if (isReal(z)) return fromReal(sinh(z.re, prec));
  const wp = prec + GUARD;
  const { sin, cos } = sinCos(z.im, wp);
  return new PreciseComplex(
    mul(sinh(z.re, wp), cos, prec),
    mul(cosh(z.re, wp), sin, prec),
  );
}

export function coshComplex(z: PreciseComplex, prec: number): PreciseComplex {
  if (isReal(z)) return fromReal(cosh(z.re, prec));
  const wp = prec + GUARD;
  const { sin, cos } = sinCos(z.im, wp);
  return new PreciseComplex(
    mul(cosh(z.re, wp), cos, prec),
    mul(sinh(z.re, wp), sin, prec),
  );
}

export function tanhComplex(z: PreciseComplex, prec: number): PreciseComplex {
  if (isReal(z)) return fromReal(tanh(z.re, prec));
  const wp = prec + GUARD;
  const sinhA = sinh(z.re, wp);
  const { sin, cos } = sinCos(z.im, wp);
  const denominator = mulPow2(add(mul(sinhA, sinhA, wp), mul(cos, cos, wp), wp), 1);
  if (denominator.man === 0n) {
    throw new InputError(
      `tanh is undefined at ${formatComplex(z, 20)}: cosh vanishes there (a pole)`,
    );
  }
  // sinh 2a = 2 sinh a cosh a and sin 2b = 2 sin b cos b.
  const re = mulPow2(mul(sinhA, cosh(z.re, wp), wp), 1);
  const im = mulPow2(mul(sin, cos, wp), 1);
  return new PreciseComplex(div(re, denominator, prec), div(im, denominator, prec));
}

const reciprocal = (z: PreciseComplex, prec: number) => divComplex(COMPLEX_ONE, z, prec);

export function sechComplex(z: PreciseComplex, prec: number): PreciseComplex {
  if (isReal(z)) return fromReal(sech(z.re, prec));
  return reciprocal(coshComplex(z, prec + GUARD), prec);
}

export function cschComplex(z: PreciseComplex, prec: number): PreciseComplex {
  if (isReal(z)) return fromReal(csch(z.re, prec));
  return reciprocal(sinhComplex(z, prec + GUARD), prec);
}

export function cothComplex(z: PreciseComplex, prec: number): PreciseComplex {
  if (isReal(z)) return fromReal(coth(z.re, prec));
  return reciprocal(tanhComplex(z, prec + GUARD), prec);
}
