/**
 * Error-free transformations of doubles and the constants that need more
 * than one double, for the few places where a rounded product or a
 * rounded ln 2 would cost digits: e^{−x²} for large x, and exponent
 * reduction in the extended-range numbers.
 */

/** 2^27 + 1, the Veltkamp splitting constant for 53-bit significands. */
const SPLITTER = 134217729;

/** Splits `a` into two halves of at most 26 bits each, hi + lo = a. */
function split(a: number): [number, number] {
  const c = SPLITTER * a;
  const hi = c - (c - a);
  return [hi, a - hi];
}

/**
 * Returns [p, e] with p = fl(a·b) and p + e = a·b exactly (Dekker's
 * product with Veltkamp's splitting).
 * Exact while |a·b| stays below about 1e300 and above the subnormal
 * range.
 */
export function twoProduct(a: number, b: number): [number, number] {
  const p = a * b;
  if (Math.abs(a) > 1e150 || Math.abs(b) > 1e150) return [p, 0];
  const [ah, al] = split(a);
  const [bh, bl] = split(b);
  const e = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
  return [p, e];
}

/** Returns [s, e] with s = fl(a + b) and s + e = a + b exactly (Knuth's TwoSum). */
export function twoSum(a: number, b: number): [number, number] {
  const s = a + b;
  const bVirtual = s - a;
  const aVirtual = s - bVirtual;
  return [s, (a - aVirtual) + (b - bVirtual)];
}

/**
 * Σ values with every rounding error carried along (a cascade of TwoSum),
 * so the result is the exact sum rounded, up to terms of order
 * 2^−106·Σ|values|.
 */
export function sumAccurately(...values: number[]): number {
  let sum = 0;
  let error = 0;
  for (const v of values) {
    const [s, e] = twoSum(sum, v);
    sum = s;
    error += e;
  }
  return sum + error;
}

/**
 * e^{−x²} with a relative error of a few ulp for every x. The rounding of
 * fl(x²) alone would cost x²·2^−53 (7e-14 at x = 26); the exact remainder
 * enters through e^{−lo} ≈ 1 − lo.
 */
export function expNegSquare(x: number): number {
  const [hi, lo] = twoProduct(x, x);
  return Math.exp(-hi) * (1 - lo);
}

/** e^{x²}, the reciprocal companion of `expNegSquare`. */
export function expSquare(x: number): number {
  const [hi, lo] = twoProduct(x, x);
  return Math.exp(hi) * (1 + lo);
}

/**
 * ln 2 as LN2_HI + LN2_LO. LN2_HI has 32 significant bits, so k·LN2_HI is
 * exact for |k| < 2^21. LN2_LO = ln 2 − LN2_HI to double precision.
 * Both come from test/reference/constants.py (mpmath 1.3.0, 50 digits).
 */
export const LN2_HI = 0.6931471806019545;
export const LN2_LO = -4.2009150726810846e-11;

/** log10(2) for exponent conversion; the double nearest the true value. */
export const LOG10_2 = 0.3010299956639812;

/**
 * log10(2) as LOG10_2_HI + LOG10_2_LO, with 32 significant bits in the
 * first part like LN2_HI (test/reference/constants.py).
 */
export const LOG10_2_HI = 0.3010299956658855;
export const LOG10_2_LO = -1.9043128467164274e-12;

/** 2/√π, the double nearest the true value (mpmath 1.3.0). */
export const TWO_OVER_SQRT_PI = 1.1283791670955126;

/** 1/√π, the double nearest the true value (mpmath 1.3.0). */
export const ONE_OVER_SQRT_PI = 0.5641895835477563;

/** log(2π)/2, the double nearest the true value (mpmath 1.3.0). */
export const HALF_LOG_TWO_PI = 0.9189385332046728;

/** Euler's constant γ, the double nearest the true value (mpmath 1.3.0). */
export const EULER_GAMMA = 0.5772156649015329;

/** log π, the double nearest the true value (mpmath 1.3.0). */
export const LOG_PI = 1.1447298858494002;

/**
 * Splits y into k·ln 2 + r with an integer k and |r| ≤ 0.35, where r
 * carries the rounding of k·ln 2 in two parts (the Cody–Waite
 * reduction). For |k| ≥ 2^21 the product
 * k·LN2_HI rounds, but by then the condition number |y| of e^y is so large
 * that this rounding is of the same order as the inherent error.
 */
export function reduceExponent(y: number): [number, number] {
  const k = Math.round(y / Math.LN2);
  return [k, (y - k * LN2_HI) - k * LN2_LO];
}

/**
 * scaled·e^{logScale} with one rounding at the end, so a result in the
 * subnormal range is not lost through an underflowing e^{logScale}.
 */
export function scaleByExp(scaled: number, logScale: number): number {
  if (!Number.isFinite(logScale) || scaled === 0) return scaled * Math.exp(logScale);
  const magnitude = logScale + Math.log(Math.abs(scaled));
  if (magnitude < -760) return scaled * 0;
  if (magnitude > 720) return scaled * Infinity;
  const [k, r] = reduceExponent(logScale);
  return ldexp(scaled * Math.exp(r), k);
}

/**
 * Multiplies x by 2^n for any integer n with a single rounding (C's
 * ldexp). First x is scaled exactly to a magnitude in [0.5, 4), then one
 * multiplication by a power of two rounds into the subnormal range or to
 * ±Infinity if the result leaves the normal range.
 */
export function ldexp(x: number, n: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const m = Math.floor(Math.log2(Math.abs(x)));
  const y = m < -1000 ? x * 2 ** 600 * 2 ** (-m - 600) : x * 2 ** -m;
  const rest = n + m;
  if (rest > 1023) return y * Infinity;
  if (rest >= -1074) return y * 2 ** rest;
  if (rest < -1077) return y * 0;
  return y * 2 ** (rest + 1074) * 2 ** -1074;
}

/**
 * Splits a finite nonzero x into [f, e] with x = f·2^e and
 * 0.5 ≤ |f| < 1 (C's frexp). Both steps are exact.
 */
export function frexp(x: number): [number, number] {
  let e = Math.floor(Math.log2(Math.abs(x))) + 1;
  let f = ldexp(x, -e);
  if (Math.abs(f) >= 1) {
    f /= 2;
    e += 1;
  } else if (Math.abs(f) < 0.5) {
    f *= 2;
    e -= 1;
  }
  return [f, e];
}
