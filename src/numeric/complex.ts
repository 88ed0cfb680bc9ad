/**
 * Complex arithmetic in double precision, as pure functions on plain
 * `{ re, im }` records.
 *
 * Division and the modulus scale their operands, so they do not overflow
 * while the result is representable. Elementary functions use the
 * principal branch, with the branch cut of `log`, `sqrt` and `pow` on the
 * negative real axis and arg in (−π, π]. A result beyond the double range
 * is ±Infinity in the affected component. NaN is never produced from
 * finite input, except that `pow` and `log` throw at 0 where they have no
 * value.
 */
import { InputError } from '../errors.js';

export interface Complex {
  re: number;
  im: number;
}

export const ZERO: Complex = { re: 0, im: 0 };
export const ONE: Complex = { re: 1, im: 0 };
export const I: Complex = { re: 0, im: 1 };

export function complex(re: number, im = 0): Complex {
  return { re, im };
}

export function fromReal(x: number): Complex {
  return { re: x, im: 0 };
}

export function isZero(z: Complex): boolean {
  return z.re === 0 && z.im === 0;
}

export function add(a: Complex, b: Complex): Complex {
  return { re: a.re + b.re, im: a.im + b.im };
}

export function sub(a: Complex, b: Complex): Complex {
  return { re: a.re - b.re, im: a.im - b.im };
}

export function neg(a: Complex): Complex {
  return { re: -a.re, im: -a.im };
}

export function conj(a: Complex): Complex {
  return { re: a.re, im: -a.im };
}

export function scale(a: Complex, s: number): Complex {
  return { re: a.re * s, im: a.im * s };
}

/** Product; a real factor (im exactly 0) is not multiplied by 0·∞. */
export function mul(a: Complex, b: Complex): Complex {
  if (b.im === 0) return { re: a.re * b.re, im: a.im * b.re };
  if (a.im === 0) return { re: a.re * b.re, im: a.re * b.im };
  return {
    re: a.re * b.re - a.im * b.im,
    im: a.re * b.im + a.im * b.re,
  };
}

/**
 * Quotient by Smith's algorithm, which divides by
 * the larger component of the divisor first, so |b|² is never formed.
 * Throws InputError for a zero divisor.
 */
export function div(a: Complex, b: Complex): Complex {
  if (isZero(b)) {
    throw new InputError(
      `division of ${format(a)} by zero: the divisor must be nonzero`);
  }
  if (b.im === 0) return { re: a.re / b.re, im: a.im / b.re };
  if (Math.abs(b.re) >= Math.abs(b.im)) {
    const r = b.im / b.re;
    const d = b.re + b.im * r;
    return { re: (a.re + a.im * r) / d, im: (a.im - a.re * r) / d };
  }
  const r = b.re / b.im;
  const d = b.re * r + b.im;
  return { re: (a.re * r + a.im) / d, im: (a.im * r - a.re) / d };
}

/** Modulus |a|; `Math.hypot` scales, so it overflows only with |a|. */
export function abs(a: Complex): number {
  return Math.hypot(a.re, a.im);
}

export function arg(a: Complex): number {
  return Math.atan2(a.im, a.re);
}

/**
 * log|a| without overflow or underflow of |a|², and without cancellation
 * when |a| is close to 1 (log1p of (x − 1)(x + 1) + y², which is exact
 * in its first product).
 */
export function logAbs(a: Complex): number {
  const x = Math.max(Math.abs(a.re), Math.abs(a.im));
  const y = Math.min(Math.abs(a.re), Math.abs(a.im));
  if (x > 0.5 && x < 2) return 0.5 * Math.log1p((x - 1) * (x + 1) + y * y);
  const ratio = y / x;
  return Math.log(x) + 0.5 * Math.log1p(ratio * ratio);
}

/** Principal logarithm log|a| + i arg a; throws InputError at 0. */
export function log(a: Complex): Complex {
  if (isZero(a)) {
    throw new InputError('log(0) is undefined: the argument must be nonzero');
  }
  return { re: logAbs(a), im: arg(a) };
}

export function exp(a: Complex): Complex {
  const m = Math.exp(a.re);
  if (a.im === 0) return { re: m, im: 0 };
  return { re: m * Math.cos(a.im), im: m * Math.sin(a.im) };
}

/**
 * Principal square root, with nonnegative real part.
 * The component computed by subtraction is instead obtained by division,
 * so it keeps full relative accuracy.
 */
export function sqrt(a: Complex): Complex {
  if (isZero(a)) return { re: 0, im: a.im };
  const t = Math.sqrt((Math.abs(a.re) + abs(a)) / 2);
  if (!Number.isFinite(t)) return sqrtByScaling(a);
  if (a.re >= 0) return { re: t, im: a.im / (2 * t) };
  return { re: Math.abs(a.im) / (2 * t), im: Math.sign(a.im || 1) * t };
}

function sqrtByScaling(a: Complex): Complex {
  const s = sqrt(scale(a, 0.25));
  return scale(s, 2);
}

/**
 * Principal power a^b = exp(b log a). 0^b is 0 for
 * Re b > 0 and 1 for b = 0; other powers of 0 throw InputError.
 */
export function pow(a: Complex, b: Complex): Complex {
  if (isZero(a)) {
    if (isZero(b)) return ONE;
    if (b.re > 0) return ZERO;
    throw new InputError(
      `0^${format(b)} is undefined: a power of 0 needs an exponent with ` +
      'positive real part');
  }
  return exp(mul(b, log(a)));
}

/** sin(x + iy) = sin x cosh y + i cos x sinh y. */
export function sin(a: Complex): Complex {
  if (a.im === 0) return { re: Math.sin(a.re), im: 0 };
  if (a.re === 0) return { re: 0, im: Math.sinh(a.im) };
  return {
    re: Math.sin(a.re) * Math.cosh(a.im),
    im: Math.cos(a.re) * Math.sinh(a.im),
  };
}

/** cos(x + iy) = cos x cosh y − i sin x sinh y. */
export function cos(a: Complex): Complex {
  if (a.im === 0) return { re: Math.cos(a.re), im: 0 };
  if (a.re === 0) return { re: Math.cosh(a.im), im: 0 };
  return {
    re: Math.cos(a.re) * Math.cosh(a.im),
    im: -Math.sin(a.re) * Math.sinh(a.im),
  };
}

/** sinh(x + iy) = sinh x cos y + i cosh x sin y. */
export function sinh(a: Complex): Complex {
  if (a.im === 0) return { re: Math.sinh(a.re), im: 0 };
  if (a.re === 0) return { re: 0, im: Math.sin(a.im) };
  return {
    re: Math.sinh(a.re) * Math.cos(a.im),
    im: Math.cosh(a.re) * Math.sin(a.im),
  };
}

/** cosh(x + iy) = cosh x cos y + i sinh x sin y. */
export function cosh(a: Complex): Complex {
  if (a.im === 0) return { re: Math.cosh(a.re), im: 0 };
  if (a.re === 0) return { re: Math.cos(a.im), im: 0 };
  return {
    re: Math.cosh(a.re) * Math.cos(a.im),
    im: Math.sinh(a.re) * Math.sin(a.im),
  };
}

/**
 * tanh(x + iy) = (sinh 2x + i sin 2y) / (cosh 2x + cos 2y)
 * (from the addition theorems). For |x| > 20 the real part is ±1 to double
 * precision and the imaginary part is 4 sin y cos y e^{−2|x|}, which keeps
 * cosh 2x from overflowing.
 */
export function tanh(a: Complex): Complex {
  if (a.im === 0) return { re: Math.tanh(a.re), im: 0 };
  if (Math.abs(a.re) > 20) {
    const decay = Math.exp(-2 * Math.abs(a.re));
    return {
      re: Math.sign(a.re),
      im: 4 * Math.sin(a.im) * Math.cos(a.im) * decay,
    };
  }
  const d = Math.cosh(2 * a.re) + Math.cos(2 * a.im);
  if (d === 0) {
    throw new InputError(
      `tanh has a pole at ${format(a)}: the argument must avoid iπ(k + 1/2)`);
  }
  return { re: Math.sinh(2 * a.re) / d, im: Math.sin(2 * a.im) / d };
}

// The reciprocal hyperbolic functions share one form. For |Re z| ≥ 1 they
// are written through e = e^{−w} with w = ±z and Re w > 0, so nothing
// overflows: sech z = 2e/(1 + e²),
// csch z = ±2e/(1 − e²), coth z = ±(1 + e²)/(1 − e²). Closer to the
// imaginary axis they are 1/cosh, 1/sinh and cosh/sinh, which do not
// cancel there.

function reflectRight(a: Complex): [Complex, 1 | -1] {
  return a.re >= 0 ? [a, 1] : [neg(a), -1];
}

function requireNoPole(denominator: Complex, name: string, a: Complex): void {
  if (isZero(denominator)) {
    throw new InputError(
      `${name} has a pole at ${format(a)}: the argument must avoid the zeros ` +
      `of ${name === 'sech' ? 'cosh' : 'sinh'}`);
  }
}

export function sech(a: Complex): Complex {
  if (Math.abs(a.re) < 1) {
    const c = cosh(a);
    requireNoPole(c, 'sech', a);
    return div(ONE, c);
  }
  const [w] = reflectRight(a);
  const e = exp(neg(w));
  return div(scale(e, 2), add(ONE, mul(e, e)));
}

export function csch(a: Complex): Complex {
  if (Math.abs(a.re) < 1) {
    const s = sinh(a);
    requireNoPole(s, 'csch', a);
    return div(ONE, s);
  }
  const [w, sign] = reflectRight(a);
  const e = exp(neg(w));
  return scale(div(scale(e, 2), sub(ONE, mul(e, e))), sign);
}

export function coth(a: Complex): Complex {
  if (Math.abs(a.re) < 1) {
    const s = sinh(a);
    requireNoPole(s, 'coth', a);
    return div(cosh(a), s);
  }
  const [w, sign] = reflectRight(a);
  const e2 = exp(scale(w, -2));
  return scale(div(add(ONE, e2), sub(ONE, e2)), sign);
}

/** Formats a complex number for error messages. */
export function format(a: Complex): string {
  if (a.im === 0) return String(a.re);
  const sign = a.im < 0 || Object.is(a.im, -0) ? '-' : '+';
  return `${a.re} ${sign} ${Math.abs(a.im)}i`;
}
