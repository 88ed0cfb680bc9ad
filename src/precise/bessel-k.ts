/**
 * The modified Bessel function of the second kind K_ν(x) for real ν and
 * x > 0, to any precision. K_−ν = K_ν, as the integral below shows.
 *
 * - Half-integer ν = n + ½ (n ≤ 2000): the terminating sum
 *     K_(n+½)(x) = √(π/(2x)) e^(−x) Σ_(k=0..n) (n+k)! / (k! (n−k)! (2x)^k),
 *   from DLMF 10.49.1 and §10.49(ii). All terms are positive.
 * - Large x: Hankel's expansion (DLMF 10.40.2), where its first
 *   neglected term, which bounds the remainder, falls below 2^−(prec+12)
 *   before the terms grow, and 8x > |4ν² − 1|. For ν ≤ 7.25 that is
 *   from x ≈ 66.6 at 50 digits and from x ≈ 124 at 100 digits.
 *   bessel-k-hankel.ts states the rule and its error bound.
 * - Otherwise the trapezoidal rule on DLMF 10.32.9,
 *     K_ν(x) = ∫_0^∞ e^(−x cosh t) cosh(νt) dt.
 *   The integrand is entire and decays like exp(−x e^t / 2), so the rule
 *   converges exponentially in 1/h (error about e^(−π²/h), and
 *   e^(−2π²σ²/h²) for a peak of width σ). The sums with steps 2h and h
 *   must agree to half the bits, halving h until they do: the error of
 *   the finer sum is then about the square of that difference.
 *   Accuracy: a few units in the last place. ConvergenceError when ten
 *   halvings do not suffice.
 */
import { ConvergenceError, InputError } from '../errors.js';
import {
  BigFloat, ONE, abs, add, addExact, div, fromBigInt, fromNumber, isInteger,
  log2Abs, mul, mulPow2, neg, round, toNumber, floorToBigInt,
} from './bigfloat.js';
import { besselKHankel } from './bessel-k-hankel.js';
import { pi } from './constants.js';
import { exp, expFixed } from './exp.js';
import { fromFixed, toFixed } from './fixed.js';
import { sqrt } from './sqrt.js';

const GUARD = 12;
const HALF_INTEGER_ORDER_LIMIT = 2000n;
const MAX_HALVINGS = 10;

/** Computes K_(n+½)(x) by the terminating sum, by Horner's rule in 1/(2x). */
function besselKHalfInteger(n: bigint, x: BigFloat, prec: number): BigFloat {
  const wp = prec + GUARD + 2 * Number(n).toString(2).length;
  const coefficients: bigint[] = [1n];
  for (let k = 0n; k < n; k++) {
    coefficients.push((coefficients[Number(k)]! * (n + k + 1n) * (n - k)) / (k + 1n));
  }
  const y = div(ONE, mulPow2(x, 1), wp);
  let sum = fromBigInt(coefficients[Number(n)]!);
  for (let k = Number(n) - 1; k >= 0; k--) {
    sum = add(mul(sum, y, wp), fromBigInt(coefficients[k]!), wp);
  }
  const prefactor = sqrt(div(pi(wp), mulPow2(x, 1), wp), wp);
  return round(mul(mul(prefactor, exp(neg(x), wp), wp), sum, wp), prec);
}

/** Returns ln(cosh t − 1) for t ≥ 0 in doubles, without overflow. */
function logCoshMinusOne(t: number): number {
  if (t < 1e-4) return 2 * Math.log(t) - Math.LN2;
  if (t > 40) return t - Math.LN2;
  return Math.log(Math.cosh(t) - 1);
}

/** Returns ln cosh u for u ≥ 0 in doubles, without overflow. */
function logCosh(u: number): number {
  return u > 40 ? u - Math.LN2 : Math.log(Math.cosh(u));
}

/**
 * Plans the step h and cut-off tMax of the trapezoidal rule in doubles: the
 * integrand is below 2^−bits of its peak beyond tMax, and h resolves
 * both the analyticity strip |Im t| < π/2 and the width of the peak.
 */
function planTrapezoid(nu: number, logX: number, bits: number) {
  const logIntegrand = (t: number) =>
    -Math.exp(logX + logCoshMinusOne(t)) + logCosh(nu * t);
  const logRatio = Math.log(nu) - logX;
  // The peak t* solves sinh t* = ν/x; asinh(r) ≈ ln 2r once r overflows.
  let peak = 0;
  if (nu > 0 && logRatio > 600) peak = logRatio + Math.LN2;
  else if (nu > 0) peak = Math.asinh(Math.exp(logRatio));
  const floor = logIntegrand(peak) - bits * Math.LN2 - 8;

  let width = 0.5;
  while (logIntegrand(peak + width) > floor) width *= 2;
  let low = peak + width / 2;
  let high = peak + width;
  for (let i = 0; i < 50; i++) {
    const middle = (low + high) / 2;
    if (logIntegrand(middle) > floor) low = middle;
    else high = middle;
  }

  // The peak's curvature is −x cosh t* = −√(x² + ν²); σ is its width.
  const logLarger = Math.max(logX, Math.log(nu));
  const logGap = Math.abs(logX - Math.log(nu));
  const logHypot = logLarger + 0.5 * Math.log1p(Math.exp(-2 * logGap));
  const sigma = Math.exp(-0.5 * logHypot);
  const budget = bits * Math.LN2 + 10;
  const peakStep = Math.PI * sigma * Math.sqrt(2 / budget);
  const h = 0.9 * Math.min(peakStep, Math.PI ** 2 / budget);
  return { h, tMax: high };
}

interface NodeSweep {
  first: BigFloat;
  spacing: BigFloat;
  count: number;
}

/**
 * Sums f(t) over t = first + j·spacing, j < count, in fixed point at scale
 * wp, written as f(t) = e^(νt − x(cosh t − 1)) (1 + e^(−2νt))/2 so that a
 * small decay and a large cosh νt never meet in one product. e^±t and
 * e^−νt advance by multiplication, which costs about log2 count bits,
 * covered by the caller's guard bits. The sum is at least f(0)/2 = 1/2
 * and every term is positive, so absolute errors of 2^−wp per term are
 * harmless.
 */
function sumIntegrand(nu: BigFloat, x: BigFloat, sweep: NodeSweep, wp: number): BigFloat {
  const w = BigInt(wp);
  const fixed = (v: BigFloat) => toFixed(v, wp);
  const stepUp = fixed(exp(sweep.spacing, wp));
  const stepDown = fixed(exp(neg(sweep.spacing), wp));
  const nuStep = fixed(mul(nu, sweep.spacing, wp + 8));
  const nuDown = fixed(exp(neg(mul(nu, sweep.spacing, wp + 8)), wp));
  let up = fixed(exp(sweep.first, wp));
  let down = fixed(exp(neg(sweep.first), wp));
  let nuT = fixed(mul(nu, sweep.first, wp + 8));
  let nuMinus = fixed(exp(neg(mul(nu, sweep.first, wp + 8)), wp));
  const fixedX = fixed(x);
  const fixedOne = 1n << w;
  const two = 2n << w;

  let sum = 0n;
  for (let j = 0; j < sweep.count; j++) {
    const coshMinusOne = (up + down - two) >> 1n;
    const growth = expFixed(nuT - ((fixedX * coshMinusOne) >> w), wp);
    sum += (growth * (fixedOne + ((nuMinus * nuMinus) >> w))) >> (w + 1n);
    up = (up * stepUp) >> w;
    down = (down * stepDown) >> w;
    nuT += nuStep;
    nuMinus = (nuMinus * nuDown) >> w;
  }
  return fromFixed(sum, wp, wp);
}

/**
 * Computes K_ν(x) by the trapezoidal rule. The planned step h is checked
 * against step 2h, whose nodes are every other node of h and so cost
 * nothing more. When the check fails, h is halved, adding the odd nodes
 * of the finer grid, until it passes.
 */
function besselKTrapezoid(nu: BigFloat, x: BigFloat, prec: number): BigFloat {
  const logX = log2Abs(x) * Math.LN2;
  const { h, tMax } = planTrapezoid(toNumber(nu), logX, prec + GUARD);
  const half = Math.ceil(tMax / (2 * h));
  const nodeBits = Math.ceil(Math.log2(2 * half + 1)) + MAX_HALVINGS;
  // x (cosh t − 1) needs an absolute error below 2^−prec: bits for a
  // large x, and bits that keep a small x relatively accurate in fixed point.
  const extra = nodeBits + Math.ceil(Math.abs(log2Abs(x)));
  const wp = prec + GUARD + 8 + extra;
  let spacing = fromNumber(h);
  const doubled = mulPow2(spacing, 1);

  // f(0) = 1 enters with weight ½; then the even nodes 2jh and the odd ones.
  const even = sumIntegrand(nu, x, { first: doubled, spacing: doubled, count: half }, wp);
  const odd = sumIntegrand(nu, x, { first: spacing, spacing: doubled, count: half }, wp);
  let sum = add(add(even, new BigFloat(1n, -1), wp), odd, wp);
  let previous = mul(doubled, add(even, new BigFloat(1n, -1), wp), wp);
  let count = 2 * half;
  for (let level = 0; level <= MAX_HALVINGS; level++) {
    const current = mul(spacing, sum, wp);
    const change = add(current, neg(previous), wp);
    if (change.man === 0n || log2Abs(change) - log2Abs(current) < -(prec + GUARD) / 2) {
      return round(mul(exp(neg(x), wp), current, wp), prec);
    }
    previous = current;
    spacing = mulPow2(spacing, -1);
    const finer = { first: spacing, spacing: mulPow2(spacing, 1), count };
    sum = add(sum, sumIntegrand(nu, x, finer, wp), wp);
    count *= 2;
  }
  throw new ConvergenceError(
    `trapezoidal rule for besselk(${toNumber(nu)}, ${toNumber(x)}) did not converge ` +
      `after ${MAX_HALVINGS} halvings of the step`,
    { value: toNumber(previous), error: Number.NaN, evaluations: count },
  );
}

/** Returns K_ν(x) for real ν and x > 0, rounded to prec bits. */
export function besselK(nu: BigFloat, x: BigFloat, prec: number): BigFloat {
  if (x.man <= 0n) {
    throw new InputError(
      `besselk requires a positive argument x, received ${toNumber(x)}`,
    );
  }
  const order = abs(nu);
  const twice = mulPow2(order, 1);
  if (isInteger(twice) && floorToBigInt(twice) % 2n === 1n) {
    const n = floorToBigInt(addExact(order, new BigFloat(-1n, -1)));
    if (n <= HALF_INTEGER_ORDER_LIMIT) return besselKHalfInteger(n, x, prec);
  }
  return besselKHankel(order, x, prec) ?? besselKTrapezoid(order, x, prec);
}
