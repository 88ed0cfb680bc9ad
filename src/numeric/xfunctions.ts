/**
 * Elementary and special functions on extended-range complex numbers, for
 * arguments whose values leave the double range: e^{−9869.6},
 * sech(800) ≈ 2e^{−800}, erfc(30) ≈ 2.6e-393, Γ(500).
 *
 * Each function uses the double-precision routine where its value is a
 * double and switches to an exponential form past |Re z| = 700 (|Im z|
 * for sin and cos), where the neglected exponential is below e^{−1400}
 * relative. Arguments below 2^−1000 in magnitude use the leading term of
 * the Taylor series (sinh z = z, cos z = 1, …), whose neglected terms are
 * below 2^−2000 relative.
 */
import { InputError } from '../errors.js';
import * as C from './complex.js';
import type { Complex } from './complex.js';
import * as X from './xcomplex.js';
import type { XComplex } from './xcomplex.js';
import { TWO_OVER_SQRT_PI, twoProduct } from './exact.js';
import {
  besselKLogScaled, erf, erfc, erfcx, gamma, gammaSign, sinPi,
} from './special.js';
import { stirlingSum } from './gamma.js';

/** Beyond this |Re z|, e^{|Re z|} approaches the double limit e^{709.8}. */
const LARGE = 700;
/** Below |z| = 2^TINY_EXPONENT the leading Taylor term is exact. */
const TINY_EXPONENT = -1000;
const HALF_I: XComplex = { re: 0, im: 0.5, e2: 0 };

function isTiny(z: XComplex): boolean {
  return !X.isZero(z) && z.e2 < TINY_EXPONENT;
}

/**
 * Converts the argument to a complex double for the functions that need
 * one. Throws InputError if a component is beyond the double range.
 */
export function doubleArgument(name: string, z: XComplex): Complex {
  const c = X.toComplex(z);
  if (Number.isFinite(c.re) && Number.isFinite(c.im)) return c;
  throw new InputError(
    `${name}: the argument (magnitude 2^${z.e2}) is beyond the double range, ` +
    'which this function requires');
}

/** w = ±z with Re w ≥ 0, and the sign used. */
function rightHalf(z: XComplex, c: Complex): [XComplex, 1 | -1] {
  return c.re >= 0 ? [z, 1] : [X.neg(z), -1];
}

export function sinh(z: XComplex): XComplex {
  if (isTiny(z)) return z;
  const c = doubleArgument('sinh', z);
  if (Math.abs(c.re) <= LARGE) return X.fromComplex(C.sinh(c));
  const [w, sign] = rightHalf(z, c);
  return X.mulReal(X.exp(w), sign / 2);
}

export function cosh(z: XComplex): XComplex {
  if (isTiny(z)) return X.ONE;
  const c = doubleArgument('cosh', z);
  if (Math.abs(c.re) <= LARGE) return X.fromComplex(C.cosh(c));
  const [w] = rightHalf(z, c);
  return X.mulReal(X.exp(w), 0.5);
}

export function tanh(z: XComplex): XComplex {
  if (isTiny(z)) return z;
  return X.fromComplex(C.tanh(doubleArgument('tanh', z)));
}

/** sech z = 2e^{−w}/(1 + e^{−2w}) with w = ±z and Re w ≥ 0. */
export function sech(z: XComplex): XComplex {
  if (isTiny(z)) return X.ONE;
  const c = doubleArgument('sech', z);
  if (Math.abs(c.re) <= LARGE) return X.fromComplex(C.sech(c));
  const [w] = rightHalf(z, c);
  return X.mulReal(X.exp(X.neg(w)), 2);
}

/** csch z = ±2e^{−w}/(1 − e^{−2w}) with w = ±z and Re w ≥ 0. */
export function csch(z: XComplex): XComplex {
  if (isTiny(z)) return X.div(X.ONE, z);
  const c = doubleArgument('csch', z);
  if (Math.abs(c.re) <= LARGE) return X.fromComplex(C.csch(c));
  const [w, sign] = rightHalf(z, c);
  return X.mulReal(X.exp(X.neg(w)), 2 * sign);
}

export function coth(z: XComplex): XComplex {
  if (isTiny(z)) return X.div(X.ONE, z);
  return X.fromComplex(C.coth(doubleArgument('coth', z)));
}

/**
 * sin z = (e^{iz} − e^{−iz})/(2i); for |Im z| > 700 only
 * the growing exponential counts: (i/2)e^{−iz} above the axis,
 * −(i/2)e^{iz} below.
 */
export function sin(z: XComplex): XComplex {
  if (isTiny(z)) return z;
  const c = doubleArgument('sin', z);
  if (Math.abs(c.im) <= LARGE) return X.fromComplex(C.sin(c));
  const iz = X.mul(z, { re: 0, im: 0.5, e2: 1 });
  if (c.im > 0) return X.mul(HALF_I, X.exp(X.neg(iz)));
  return X.neg(X.mul(HALF_I, X.exp(iz)));
}

/** cos z = (e^{iz} + e^{−iz})/2, with large |Im z| handled as for sin. */
export function cos(z: XComplex): XComplex {
  if (isTiny(z)) return X.ONE;
  const c = doubleArgument('cos', z);
  if (Math.abs(c.im) <= LARGE) return X.fromComplex(C.cos(c));
  const iz = X.mul(z, { re: 0, im: 0.5, e2: 1 });
  return X.mulReal(X.exp(c.im > 0 ? X.neg(iz) : iz), 0.5);
}

/** erf x for real x; below 2^−1000, erf x = 2x/√π to double precision. */
export function erfReal(x: XComplex): XComplex {
  if (isTiny(x)) return X.mulReal(x, TWO_OVER_SQRT_PI);
  return X.fromReal(erf(X.toComplex(x).re));
}

/**
 * erfc x for real x: the double routine up to x = 26, and
 * erfcx(x)·e^{−x²} beyond, with x² split exactly, so erfc(30) ≈
 * 2.5646e-393 keeps full relative precision.
 */
export function erfcReal(x: XComplex): XComplex {
  const d = X.toComplex(x).re;
  if (d <= 26) return X.fromReal(erfc(d));
  if (d === Infinity) return X.ZERO;
  const [hi, lo] = twoProduct(d, d);
  const gaussian = X.exp(X.fromReal(-hi));
  return X.mulReal(gaussian, erfcx(d) * (1 - lo));
}

/**
 * Γ(x) for real x: the double routine on [−170, 171]; Stirling's series
 * in product form √(2π) x^{x−½} e^{−x} e^{S(x)} above (DLMF §5.11);
 * the reflection formula below (DLMF 5.5.3); 1/x below 2^−1000 in
 * magnitude. Throws InputError at the poles and where Γ exceeds the
 * extended range (x beyond about 3e13).
 */
export function gammaReal(x: XComplex): XComplex {
  if (isTiny(x)) return X.div(X.ONE, x);
  const d = doubleArgument('gamma', x).re;
  gammaSign(d); // throws InputError at the poles
  if (d >= -170 && d <= 171) return X.fromReal(gamma(d));
  if (d > 171) {
    const power = X.powReal(X.fromReal(d), d - 0.5);
    const rest = Math.sqrt(2 * Math.PI) * Math.exp(stirlingSum(d));
    return X.mulReal(X.mul(power, X.exp(X.fromReal(-d))), rest);
  }
  // Γ(1 − d) = (−d)Γ(−d) keeps the argument exact (1 − d would round).
  const reflected = X.mulReal(gammaReal(X.fromReal(-d)), -d);
  return X.div(X.fromReal(Math.PI / sinPi(d)), reflected);
}

/**
 * K_ν(x) for real ν and x > 0 as e^{logScale}·scaled from the trapezoidal
 * integral in bessel-k.ts, so K_0(1e6) ≈ e^{−1e6} is not 0. The argument
 * must be at least the smallest double (5e-324).
 */
export function besselKReal(nu: XComplex, x: XComplex): XComplex {
  const order = doubleArgument('besselk', nu).re;
  const argument = doubleArgument('besselk', x).re;
  if (argument === 0 && !X.isZero(x)) {
    throw new InputError(
      `besselk: the argument 2^${x.e2} is below the double range; ` +
      'arguments from 5e-324 up are accepted');
  }
  const { logScale, scaled } = besselKLogScaled(order, argument);
  if (scaled === 0) return X.ZERO;
  return X.mulReal(X.exp(X.fromReal(logScale)), scaled);
}
