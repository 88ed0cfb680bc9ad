/**
 * The gamma function at real arguments, to any precision.
 *
 * - Positive integers up to 3000: the exact factorial, rounded once.
 * - x < 1/2: the reflection formula Γ(x) = π / (sin(πx) Γ(1 − x)), with
 *   sin(πx) computed from x − round(x), which is exact, so arguments
 *   near the poles keep their relative accuracy.
 * - x ≥ 1/2: Γ(x) = Γ(z) / (x (x+1) … (z−1)) with z = x + N ≥ 0.2 · bits,
 *   and Stirling's series (MathWorld, "Stirling's Series", eq. 7)
 *     ln Γ(z) = (z − ½) ln z − z + ½ ln 2π + Σ_k B_2k / (2k(2k−1) z^(2k−1)),
 *   summed until a term falls below 2^−wp. Since exp turns the absolute
 *   error of ln Γ into a relative one, ln Γ carries log2(ln Γ) extra bits.
 * Accuracy: a few units in the last place. Γ(−1/2) = −2√π is tested.
 */
import { ConvergenceError, InputError } from '../errors.js';
import {
  BigFloat, ONE, add, addExact, cmp, div, fromBigInt, isInteger, log2Abs,
  mul, mulPow2, neg, roundTo, toNumber, floorToBigInt,
} from './bigfloat.js';
import { evenBernoulli } from './bernoulli.js';
import { pi } from './constants.js';
import { exp } from './exp.js';
import { log } from './log.js';
import { sinPi } from './trig.js';

const GUARD = 12;
const EXACT_FACTORIAL_LIMIT = 3000n;
const HALF = new BigFloat(1n, -1);

function factorial(n: bigint): bigint {
  let product = 1n;
  for (let k = 2n; k <= n; k++) product *= k;
  return product;
}

/** Sums Σ_k B_2k / (2k(2k−1) z^(2k−1)) until a term is below 2^−wp. */
function stirlingCorrection(z: BigFloat, wp: number): BigFloat {
  const inverse = div(ONE, z, wp);
  const inverseSquared = mul(inverse, inverse, wp);
  let power = inverse;
  let sum = new BigFloat(0n, 0);
  let bernoulli = evenBernoulli(32);
  let previous = Infinity;
  for (let k = 1; ; k++) {
    if (k > bernoulli.length) bernoulli = evenBernoulli(2 * k);
    const b = bernoulli[k - 1]!;
    const scale = fromBigInt(b.den * BigInt(2 * k * (2 * k - 1)));
    const term = div(mul(fromBigInt(b.num), power, wp), scale, wp);
    const size = log2Abs(term);
    if (size < -wp) return sum;
    if (size > previous) {
      throw new ConvergenceError(
        `Stirling's series for ln Γ(${toNumber(z)}) started to diverge before ` +
          `its terms fell below 2^-${wp}`,
        { value: toNumber(sum), error: 2 ** previous, evaluations: k },
      );
    }
    previous = size;
    sum = add(sum, term, wp);
    power = mul(power, inverseSquared, wp);
  }
}

/** Computes Γ(x) for x ≥ 1/2 by Stirling's series after shifting x up to z. */
function gammaStirling(x: BigFloat, prec: number): BigFloat {
  const minimum = Math.ceil(0.2 * (prec + GUARD)) + 2;
  const shift = Math.max(0, Math.ceil(minimum - toNumber(x)));
  const z = addExact(x, fromBigInt(BigInt(shift)));
  const zValue = toNumber(z);
  const logGammaSize = zValue * Math.log(zValue) + 2;
  const wp = prec + GUARD + Math.max(0, Math.ceil(Math.log2(logGammaSize)));

  const logZ = log(z, wp);
  const main = add(mul(add(z, neg(HALF), wp), logZ, wp), neg(z), wp);
  const halfLogTwoPi = mulPow2(log(mulPow2(pi(wp + 4), 1), wp), -1);
  const logGamma = add(add(main, halfLogTwoPi, wp), stirlingCorrection(z, wp), wp);

  let product = ONE;
  for (let j = 0; j < shift; j++) {
    product = mul(product, addExact(x, fromBigInt(BigInt(j))), prec + GUARD + 8);
  }
  return div(exp(logGamma, prec + GUARD), product, prec);
}

/** Returns Γ(x) for real x, rounded to prec bits. Throws InputError at the poles. */
export function gamma(x: BigFloat, prec: number): BigFloat {
  if (isInteger(x)) {
    const n = floorToBigInt(x);
    if (n <= 0n) {
      throw new InputError(
        `gamma has a pole at ${n}: its argument must not be 0 or a negative integer`,
      );
    }
    if (n <= EXACT_FACTORIAL_LIMIT) return roundTo(factorial(n - 1n), 0, prec);
  }
  if (cmp(x, HALF) < 0) {
    const wp = prec + GUARD;
    const reflected = gamma(addExact(ONE, neg(x)), wp);
    return div(pi(wp), mul(sinPi(x, wp), reflected, wp), prec);
  }
  return gammaStirling(x, prec);
}
