/**
 * erf and erfc of a real argument at any precision.
 *
 * Small and moderate x: erf x = (2/√π) e^(−x²) Σ_n 2^n x^(2n+1)/(2n+1)!!.
 * This follows from f′ = 1 + 2xf for f = (√π/2) e^(x²) erf x, which
 * gives the coefficients c_0 = 1, c_(n+1) = 2c_n/(2n+3). Every term is
 * positive, so there is no cancellation. erfc = 1 − erf then costs
 * x² log2 e extra bits.
 *
 * Large x: Laplace's continued fraction
 *   erfc x = e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))),
 * whose length is found in doubles and which is then evaluated
 * backwards in fixed point. Its partial numerators are positive, so it
 * keeps the relative accuracy far in the tail (erfc 30 ≈ 2.56e−393).
 * The cheaper method is chosen from estimated term counts. Accuracy: a
 * few units in the last place.
 */
import { ConvergenceError } from '../errors.js';
import {
  BigFloat, ONE, ZERO, abs, add, div, fromBigInt, mul, mulExact, mulPow2, neg,
  round, topBit, toNumber,
} from './bigfloat.js';
import { twoOverSqrtPi } from './constants.js';
import { exp } from './exp.js';
import { fromFixed, toFixed } from './fixed.js';

const GUARD = 12;

/** Cost of one continued-fraction step relative to one series term. */
const FRACTION_STEP_COST = 8;

/** Estimates the series terms for x > 0 at wp bits by simulating them in doubles. */
function seriesTermCount(x: number, wp: number): number {
  const twoXSquared = 2 * x * x;
  // Terms relative to the largest so far, kept in [2^−wp, 1] without logs.
  const floor = 2 ** -Math.min(wp, 1000);
  let relative = 1;
  let n = 0;
  while (relative > floor) {
    relative = Math.min(1, relative * (twoXSquared / (2 * n + 3)));
    n += 1;
  }
  return n;
}

/**
 * Estimates the continued-fraction steps for wp bits at x > 0. After n
 * steps the fraction has about c x √n correct bits, with c from 2.3 to
 * 3.9 for x from 2 to 10 and more beyond, as
 * test/reference/precise_erfc_fraction.py measures against mpmath 1.3.0.
 * The estimate only chooses the method and caps the loop, which runs
 * until it converges.
 */
function fractionStepCount(x: number, wp: number): number {
  return (wp / (2.8 * x)) ** 2 + wp / 16;
}

/** Returns true when the continued fraction is cheaper than the series for erfc x. */
function preferFraction(x: BigFloat, prec: number): boolean {
  const value = toNumber(x);
  if (value < 1.5) return false;
  const fraction = FRACTION_STEP_COST * fractionStepCount(value, prec + GUARD);
  // The series terms grow until n ≈ x², so it needs at least x² of them.
  if (fraction < value * value) return true;
  const wp = prec + GUARD + Math.ceil(value * value * Math.LOG2E);
  return fraction < seriesTermCount(value, wp);
}

/** Computes erf x for x > 0 by the positive series, rounded to prec bits. */
function erfSeries(x: BigFloat, prec: number): BigFloat {
  const wp = prec + GUARD + Math.max(0, -topBit(x));
  const scale = BigInt(wp);
  const fixedX = toFixed(x, wp);
  const twoXSquared = (2n * fixedX * fixedX) >> scale;
  let term = fixedX;
  let sum = fixedX;
  for (let n = 0n; term !== 0n; n++) {
    term = ((term * twoXSquared) >> scale) / (2n * n + 3n);
    sum += term;
  }
  const w = prec + 8;
  const gaussian = exp(neg(mulExact(x, x)), w);
  const series = fromFixed(sum, wp, w);
  return round(mul(mul(series, gaussian, w), twoOverSqrtPi(w), w), prec);
}

/**
 * Returns the number of steps after which Laplace's fraction has
 * converged to wp bits, from the forward recurrences
 * A_k = x A_(k−1) + (k/2) A_(k−2) (and the same for B) run in doubles
 * with a common rescaling. The change between convergents is known in
 * closed form, |A_k B_(k−1) − A_(k−1) B_k| = Π_(j≤k) j/2, so the loop
 * stops when that falls below 2^−wp of A_k B_(k−1) twice in a row. All
 * elements are positive, so the convergents alternate around the limit
 * and the last change bounds the error.
 */
function fractionLength(x: number, wp: number): number {
  const limit = Math.ceil(4 * fractionStepCount(x, wp)) + 100;
  let [a0, a1, b0, b1] = [1, x, 0, 1];
  let logScale = 0;
  let logChange = 0;
  let settled = 0;
  for (let k = 1; k <= limit; k++) {
    [a0, a1] = [a1, x * a1 + (k / 2) * a0];
    [b0, b1] = [b1, x * b1 + (k / 2) * b0];
    logChange += Math.log2(k / 2);
    const logSize = Math.log2(a1) + Math.log2(b0) + 2 * logScale;
    settled = logChange - logSize < -wp ? settled + 1 : 0;
    if (settled === 2) return k;
    if (b1 > 2 ** 500) {
      [a0, a1, b0, b1] = [a0 * 2 ** -500, a1 * 2 ** -500, b0 * 2 ** -500, b1 * 2 ** -500];
      logScale += 500;
    }
  }
  throw new ConvergenceError(
    `continued fraction for erfc(${x}) did not converge in ${limit} steps`,
    { value: Number.NaN, error: Number.NaN, evaluations: limit },
  );
}

/**
 * Evaluates f = x + (1/2)/(x + 1/(x + (3/2)/(x + …))) for x > 0 to wp
 * bits, backwards from the step count of fractionLength, in fixed point:
 * t ← (k/2)/(x + t) for k = n … 1. The elements are positive, so the
 * backward recurrence damps its rounding errors.
 */
function laplaceFraction(x: BigFloat, wp: number): BigFloat {
  const n = fractionLength(toNumber(x), wp);
  const w = wp + 8;
  const fixedX = toFixed(x, w);
  const numeratorScale = BigInt(2 * w - 1);
  let tail = 0n;
  for (let k = n; k >= 1; k--) {
    tail = (BigInt(k) << numeratorScale) / (fixedX + tail);
  }
  return fromFixed(fixedX + tail, w, wp);
}

/** Computes erfc x for x > 0 by the continued fraction, rounded to prec bits. */
function erfcFraction(x: BigFloat, prec: number): BigFloat {
  const f = laplaceFraction(x, prec + GUARD);
  const w = prec + 8;
  const gaussian = exp(neg(mulExact(x, x)), w);
  const scale = mulPow2(twoOverSqrtPi(w), -1);
  return round(div(mul(gaussian, scale, w), f, w), prec);
}

/** Computes erfc x for x > 0 by the cheaper of the two methods. */
function erfcPositive(x: BigFloat, prec: number): BigFloat {
  if (preferFraction(x, prec)) return erfcFraction(x, prec);
  // erfc x ≈ e^(−x²), so 1 − erf x cancels about x² log2 e leading bits.
  const value = toNumber(x);
  const extra = Math.ceil(value * value * Math.LOG2E) + 4;
  return add(ONE, neg(erfSeries(x, prec + extra)), prec);
}

/** Returns erf x rounded to prec bits. */
export function erf(x: BigFloat, prec: number): BigFloat {
  if (x.man === 0n) return ZERO;
  const magnitude = abs(x);
  const size = toNumber(magnitude);
  let value: BigFloat;
  if (size * size > (prec + 4) * Math.LN2 + 1) {
    // erfc |x| < e^(−x²) is below half a unit in the last place of 1.
    value = ONE;
  } else if (topBit(x) < -prec / 2 - 2) {
    // Below 2^(−prec/2−2), (2/√π)(x − x³/3) is accurate to prec bits.
    const cube = mul(mul(magnitude, magnitude, prec), magnitude, prec);
    const inner = add(magnitude, neg(div(cube, fromBigInt(3n), prec + 4)), prec + 4);
    value = mul(inner, twoOverSqrtPi(prec + 4), prec);
  } else if (preferFraction(magnitude, prec)) {
    value = add(ONE, neg(erfcFraction(magnitude, prec + 4)), prec);
  } else {
    value = erfSeries(magnitude, prec);
  }
  return x.man < 0n ? neg(value) : value;
}

/** Returns erfc x = 1 − erf x rounded to prec bits, accurate far in the tail. */
export function erfc(x: BigFloat, prec: number): BigFloat {
  if (x.man === 0n) return ONE;
  if (x.man > 0n) return erfcPositive(x, prec);
  // erfc(−y) = 1 + erf y, which lies in (1, 2): no cancellation.
  return add(ONE, erf(neg(x), prec + 4), prec);
}
