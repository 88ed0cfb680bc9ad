/**
 * The modified Bessel function of the second kind K_ν(x) for real ν and
 * x > 0, with its logarithm for arguments where K leaves the double range
 * (K_0(1e6) ≈ e^{−1e6}, K_2(1e-300) ≈ 2e600).
 *
 * Method: the integral K_ν(x) = ∫_0^∞ e^{−x cosh t} cosh(νt) dt
 * (DLMF 10.32.9), whose integrand is even and analytic in the strip
 * |Im t| < π/2, so the trapezoidal rule converges geometrically in the
 * number of nodes.
 * The integrand is handled as its logarithm −x + φ(t) with
 * φ(t) = −2x sinh²(t/2) + log cosh(νt), shifted by an integer near its
 * maximum, so nothing overflows and e^{shift} is exact. The shifted
 * exponent is formed with νt split exactly and its large terms summed
 * without rounding. Its absolute error is then a few ulp of
 * x·cosh t* ≈ √(x² + ν²) at the peak t*, not of νt*, which is 600 for
 * K_2.5(1e-102). The step starts at half the width of the peak and is
 * halved until two successive sums agree to 1e-10, after which the last
 * sum is accurate to the rounding of the exponent.
 *
 * Accuracy measured against mpmath (test/numeric/bessel-k.test.ts and a
 * denser sample of 480 points over ν ∈ [0, 100], x ∈ [1e-300, 1e6]): the
 * relative error of K is below 1e-14 (at most 6e-15 in the sample)
 * wherever K is a normal double, and that of log K below 2e-16. What
 * remains comes from the rounding of x cosh t* ≈ √(x² + ν²) at the peak,
 * so it grows slowly with ν.
 */
import { ConvergenceError, InputError } from '../errors.js';
import { scaleByExp, sumAccurately, twoProduct } from './exact.js';

/**
 * A positive value kept as scaled·e^{logScale}, with scaled of moderate
 * size and logScale an integer (so e^{logScale} can be formed exactly).
 */
export interface LogScaled {
  logScale: number;
  scaled: number;
}

/** Terms below e^{−50} ≈ 2e-22 of the peak are left out. */
const CUTOFF = 50;
const AGREEMENT = 1e-10;
const MAX_HALVINGS = 12;

/** log cosh(u) without overflow. */
function logCosh(u: number): number {
  const a = Math.abs(u);
  return a + Math.log1p(Math.exp(-2 * a)) - Math.LN2;
}

function makeExponent(nu: number, x: number): (t: number) => number {
  return (t) => {
    const s = Math.sinh(t / 2);
    return -2 * x * s * s + logCosh(nu * t);
  };
}

/**
 * ψ(t) = −x + φ(t) − shift for t ≥ 0, accurate to a few ulp of the terms
 * that do not cancel: log cosh(νt) = νt + log1p(e^{−2νt}) − log 2, with
 * νt = hi + lo exactly and hi + lo − x − shift summed without rounding.
 */
function makeShiftedExponent(nu: number, x: number, shift: number):
  (t: number) => number {
  return (t) => {
    const [hi, lo] = twoProduct(nu, t);
    const s = Math.sinh(t / 2);
    const linear = sumAccurately(hi, lo, -x, -shift);
    return linear - 2 * x * s * s + Math.log1p(Math.exp(-2 * hi)) - Math.LN2;
  };
}

/**
 * Locates the maximum of φ. It is at t = 0 when ν² ≤ x (then φ' < 0 for
 * t > 0), otherwise at the root of φ'(t) = ν tanh(νt) − x sinh t below
 * asinh(ν/x), found by bisection.
 */
function peakLocation(nu: number, x: number): number {
  if (nu * nu <= x) return 0;
  const ratio = x / nu;
  let lo = 0;
  let hi = Math.log(nu) - Math.log(x) + Math.log1p(Math.sqrt(1 + ratio * ratio));
  while (hi - lo > 1e-15 * hi) {
    const mid = (lo + hi) / 2;
    if (nu * Math.tanh(nu * mid) - x * Math.sinh(mid) > 0) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * Finds the point beyond `from`, in the direction of `step`'s sign and
 * not below 0, where φ has dropped by CUTOFF from `peak`. φ is monotone
 * on each side of its peak. Towards 0 the caller has checked that φ(0) is
 * below the cutoff.
 */
function cutoffPoint(phi: (t: number) => number, from: number, step: number,
  peak: number): number {
  let inside = from;
  let outside = Math.max(0, from + step);
  while (phi(outside) > peak - CUTOFF) {
    inside = outside;
    step *= 2;
    outside = Math.max(0, from + step);
  }
  for (let i = 0; i < 30; i++) {
    const mid = (inside + outside) / 2;
    if (phi(mid) > peak - CUTOFF) inside = mid;
    else outside = mid;
  }
  return outside;
}

/** Compensated sum of e^{φ(start + k·step) − peak} over the nodes. */
function sumNodes(phi: (t: number) => number, start: number, step: number,
  end: number, peak: number, halfFirst: boolean): number {
  let sum = 0;
  let carry = 0;
  for (let k = 0; start + k * step <= end; k++) {
    const weight = k === 0 && halfFirst ? 0.5 : 1;
    const term = weight * Math.exp(phi(start + k * step) - peak);
    const next = sum + term;
    carry += Math.abs(sum) >= term ? (sum - next) + term : (term - next) + sum;
    sum = next;
  }
  return sum + carry;
}

function validate(nu: number, x: number, name: string): void {
  if (!Number.isFinite(nu)) {
    throw new InputError(
      `${name}: the order ν = ${nu} is invalid; it must be a finite real number`);
  }
  if (!(x > 0)) {
    throw new InputError(
      `${name}: the argument x = ${x} is invalid; K_ν(x) needs x > 0`);
  }
}

/**
 * Computes K_ν(x) as scaled·e^{logScale} (see the file comment). Accepts
 * any finite real ν (K_{−ν} = K_ν, as the integral shows) and x > 0; x = Infinity
 * gives scaled 0. Throws ConvergenceError if twelve halvings of the step
 * do not settle the sum, which no tested argument triggers.
 */
export function besselKLogScaled(nu: number, x: number): LogScaled {
  validate(nu, x, 'besselK');
  if (x === Infinity) return { logScale: 0, scaled: 0 };
  const order = Math.abs(nu);
  const phi = makeExponent(order, x);
  const tPeak = peakLocation(order, x);
  const peak = phi(tPeak);

  const sech = 1 / Math.cosh(order * tPeak);
  const curvature = x * Math.cosh(tPeak) + order * order * sech * sech;
  const width = 1 / Math.sqrt(Math.max(1, curvature));
  const upper = cutoffPoint(phi, tPeak, width, peak);
  const fromZero = tPeak === 0 || phi(0) > peak - CUTOFF;
  const lower = fromZero ? 0 : cutoffPoint(phi, tPeak, -width, peak);

  const shift = Math.round(peak - x);
  const psi = makeShiftedExponent(order, x, shift);
  let step = Math.min(width / 2, (upper - lower) / 8);
  let total = sumNodes(psi, lower, step, upper, 0, fromZero);
  let estimate = step * total;
  for (let level = 0; level < MAX_HALVINGS; level++) {
    total += sumNodes(psi, lower + step / 2, step, upper, 0, false);
    step /= 2;
    const refined = step * total;
    if (Math.abs(refined - estimate) <= AGREEMENT * refined) {
      return { logScale: shift, scaled: refined };
    }
    estimate = refined;
  }
  throw new ConvergenceError(
    `besselK(${nu}, ${x}): the trapezoidal sums did not settle`,
    { value: estimate, error: Math.abs(estimate), evaluations: 0 });
}

/**
 * Modified Bessel function of the second kind K_ν(x) for finite real ν and
 * x > 0. Underflows to 0 beyond x ≈ 705 and overflows to Infinity for
 * small x and ν > 0 (K_ν(x) ~ Γ(ν)(2/x)^ν/2); use `logBesselK` there.
 */
export function besselK(nu: number, x: number): number {
  const { logScale, scaled } = besselKLogScaled(nu, x);
  if (scaled === 0) return 0;
  return scaleByExp(scaled, logScale);
}

/**
 * log K_ν(x), finite for every finite ν and 0 < x < Infinity (−Infinity
 * at x = Infinity). Relative error of the result about 1e-16.
 */
export function logBesselK(nu: number, x: number): number {
  const { logScale, scaled } = besselKLogScaled(nu, x);
  if (scaled === 0) return -Infinity;
  return logScale + Math.log(scaled);
}
