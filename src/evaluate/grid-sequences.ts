/**
 * Values along a uniform grid x_k = start + k·step by recurrence, so
 * that each grid point costs one or two multiplications instead of an
 * exp or a sin/cos:
 *   e^P(x) for P(x) = γx² + αx + β: E_(k+1) = E_k R_k and
 *     R_(k+1) = R_k Q, with R_k = e^(P(x_(k+1)) − P(x_k)) and Q = e^(2γ step²),
 *   e^u and e^−u for u = αx + β: two geometric sequences,
 *   (cos 2πνx, sin 2πνx): rotation by the fixed angle 2πν·step, in
 *     fixed point because both values lie in [−1, 1].
 * Each product adds a relative error of about 2^−wp. A geometric
 * sequence drifts by j·2^−wp after j steps, and E of the quadratic
 * sequence by about j²/2·2^−wp because the errors of R feed into it.
 * So the sequences restart from directly computed values every 64
 * (geometric, rotation) or 32 (quadratic) points, and run GUARD_BITS
 * above the requested precision, so that the drift of at most 2^9
 * units stays below 2^−prec.
 */
import {
  BigFloat, HALF, ONE, add, addExact, div, mul, mulPow2,
} from '../precise/bigfloat.js';
import { exp } from '../precise/exp.js';
import { toFixed } from '../precise/fixed.js';
import { sinPi } from '../precise/trig.js';
import { type Grid, gridPoint } from '../precise/quadrature/line-grid.js';

const GEOMETRIC_ANCHOR_INTERVAL = 64;
const QUADRATIC_ANCHOR_INTERVAL = 32;
const GUARD_BITS = 16;

/**
 * Returns k ↦ value(k), where value(k) continues from value(k − 1) by
 * `advance` when called in order within an anchor interval, and is
 * computed by `anchor` otherwise. A repeated k returns the last value.
 */
function anchored<T>(
  interval: number,
  anchor: (k: number) => T,
  advance: (previous: T) => T,
): (k: number) => T {
  let last = Number.NaN;
  let anchorIndex = Number.NaN;
  let current: T | undefined;
  return (k) => {
    if (k === last) return current!;
    if (k === last + 1 && k - anchorIndex < interval) {
      current = advance(current!);
    } else {
      current = anchor(k);
      anchorIndex = k;
    }
    last = k;
    return current;
  };
}

/** Coefficients of P(x) = γx² + αx + β, already rounded. */
export interface Quadratic {
  readonly gamma: BigFloat;
  readonly alpha: BigFloat;
  readonly beta: BigFloat;
}

function evaluateQuadratic(p: Quadratic, x: BigFloat, wp: number): BigFloat {
  const linear = add(mul(p.gamma, x, wp), p.alpha, wp);
  return add(mul(linear, x, wp), p.beta, wp);
}

/** Returns P(x + step) − P(x) = γ(2x·step + step²) + α·step. */
function quadraticIncrement(p: Quadratic, x: BigFloat, step: BigFloat, wp: number) {
  const twiceXPlusStep = addExact(mulPow2(x, 1), step);
  const inner = add(mul(p.gamma, twiceXPlusStep, wp), p.alpha, wp);
  return mul(inner, step, wp);
}

/** Returns k ↦ e^P(x_k) for a quadratic P (γ ≠ 0). */
export function quadraticExponentials(
  p: Quadratic,
  grid: Grid,
): (k: number) => BigFloat {
  const wp = grid.prec + GUARD_BITS;
  const step = grid.step;
  const growth = exp(mulPow2(mul(p.gamma, mul(step, step, wp), wp), 1), wp);
  interface State { value: BigFloat; ratio: BigFloat }
  const sequence = anchored<State>(QUADRATIC_ANCHOR_INTERVAL, (k) => {
    const x = gridPoint(grid, k);
    return {
      value: exp(evaluateQuadratic(p, x, wp), wp),
      ratio: exp(quadraticIncrement(p, x, step, wp), wp),
    };
  }, ({ value, ratio }) => ({
    value: mul(value, ratio, wp),
    ratio: mul(ratio, growth, wp),
  }));
  return (k) => sequence(k).value;
}

/** The pair (e^u, e^−u) at one grid point. */
export interface ExponentialPair {
  readonly up: BigFloat;
  readonly down: BigFloat;
}

/** Returns k ↦ e^u for u = αx_k + β. */
export function linearExponentials(
  alpha: BigFloat,
  beta: BigFloat,
  grid: Grid,
): (k: number) => BigFloat {
  const wp = grid.prec + GUARD_BITS;
  const ratio = exp(mul(alpha, grid.step, wp), wp);
  return anchored(GEOMETRIC_ANCHOR_INTERVAL,
    (k) => exp(add(mul(alpha, gridPoint(grid, k), wp), beta, wp), wp),
    (value) => mul(value, ratio, wp));
}

/** Returns k ↦ (e^u, e^−u) for u = αx_k + β. */
export function exponentialPairs(
  alpha: BigFloat,
  beta: BigFloat,
  grid: Grid,
): (k: number) => ExponentialPair {
  const wp = grid.prec + GUARD_BITS;
  const ratio = exp(mul(alpha, grid.step, wp), wp);
  const inverseRatio = div(ONE, ratio, wp);
  return anchored<ExponentialPair>(GEOMETRIC_ANCHOR_INTERVAL, (k) => {
    const up = exp(add(mul(alpha, gridPoint(grid, k), wp), beta, wp), wp);
    return { up, down: div(ONE, up, wp) };
  }, ({ up, down }) => ({
    up: mul(up, ratio, wp),
    down: mul(down, inverseRatio, wp),
  }));
}

export interface CosSin {
  readonly cos: BigFloat;
  readonly sin: BigFloat;
}

/**
 * Returns k ↦ (cos 2πνx_k, sin 2πνx_k) for a frequency ν. The phase 2νx
 * is formed with 64 bits more than the values, enough for |2νx| < 2^64,
 * so ν itself must carry that many bits more than grid.prec as well.
 */
export function rotations(frequency: BigFloat, grid: Grid): (k: number) => CosSin {
  const wp = grid.prec + GUARD_BITS;
  const scale = BigInt(wp);
  const turnsAt = (x: BigFloat) => mulPow2(mul(frequency, x, wp + 64), 1);
  // cos πt = sin π(t + ½), and sinPi reduces its argument exactly.
  const cosSinFixed = (turns: BigFloat) => ({
    cos: toFixed(sinPi(add(turns, HALF, wp + 72), wp), wp),
    sin: toFixed(sinPi(turns, wp), wp),
  });
  const rotation = cosSinFixed(turnsAt(grid.step));
  const sequence = anchored(GEOMETRIC_ANCHOR_INTERVAL,
    (k) => cosSinFixed(turnsAt(gridPoint(grid, k))),
    ({ cos: c, sin: s }) => ({
      cos: (c * rotation.cos - s * rotation.sin) >> scale,
      sin: (s * rotation.cos + c * rotation.sin) >> scale,
    }));
  return (k) => {
    const { cos: c, sin: s } = sequence(k);
    return { cos: new BigFloat(c, -wp), sin: new BigFloat(s, -wp) };
  };
}
