/**
 * The end of the LFP dynamics on 1-d data as a function of x. Training
 * with the kernel K_LFP learns the polynomials of degree ≤ D at once and
 * the rest by gradient flow. As t → ∞ it ends at the interpolant
 *
 *   f(x) = Σ_j c_j K_LFP(x, x_j) + Σ_k a_k q_k(x),   Σ_j c_j q_k(x_j) = 0,
 *
 * with q_k the monomials of degree ≤ D. Two results of interpolation with
 * a conditionally positive definite kernel apply. The interpolant has
 * the least FP seminorm |f|² = cᵀ K c among all functions that take the
 * data's values. The power function P bounds its error,
 * |f*(x) − f(x)| ≤ P(x)·|f*|, for any target f* of finite seminorm.
 * test/lfp/interpolant.test.ts checks both numerically.
 */
import type { Derivation } from '../derive.js';
import type { TrainingData } from './data.js';
import { lfpKernel } from './lfp-gram.js';
import { luFactor, luSolve } from './linear-solve.js';

export interface LfpInterpolant {
  /** The learned function at x. */
  readonly at: (x: number) => number;
  /** |f|² = cᵀ K c, the FP seminorm of the learned function. */
  readonly seminormSquared: number;
  /** P(x): |f*(x) − f(x)| ≤ P(x)·|f*| for every target of finite seminorm. */
  readonly power: (x: number) => number;
  readonly degree: number;
}

export function lfpInterpolant(d: Derivation, data: TrainingData,
  sigmaB: number): LfpInterpolant {
  const { xs, ys } = data;
  const kernel = lfpKernel(d, xs, sigmaB);
  const n = xs.length;
  const q = monomials(xs, kernel.degree);
  const size = n + q.count;
  const matrix = new Float64Array(size * size);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) matrix[i * size + j] = kernel.at(xs[i]!, xs[j]!);
    q.at(xs[i]!).forEach((v, k) => {
      matrix[i * size + n + k] = v;
      matrix[(n + k) * size + i] = v;
    });
  }
  const lu = luFactor(matrix, size);
  const rhs = new Float64Array(size);
  rhs.set(ys);
  const solution = luSolve(lu, rhs);
  const c = solution.subarray(0, n);
  const a = solution.subarray(n);
  const column = (x: number) => {
    const v = new Float64Array(size);
    for (let j = 0; j < n; j++) v[j] = kernel.at(x, xs[j]!);
    v.set(q.at(x), n);
    return v;
  };
  let seminormSquared = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) seminormSquared += c[i]! * matrix[i * size + j]! * c[j]!;
  }
  return {
    degree: kernel.degree, seminormSquared,
    at: (x) => dot(column(x).subarray(0, n), c) + dot(q.at(x), a),
    power: (x) => {
      // With K u + Q v = k_x and Qᵀu = q(x): P² = K(x, x) − uᵀk_x − vᵀq(x).
      const k = column(x);
      const uv = luSolve(lu, k);
      return Math.sqrt(Math.max(0, kernel.at(x, x) - dot(uv, k)));
    },
  };
}

/** Monomials of degree ≤ D in (x − mean)/scale, scaled for conditioning. */
function monomials(xs: Float64Array, degree: number) {
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  const scale = Math.max(...xs.map((x) => Math.abs(x - mean))) || 1;
  const count = Math.max(0, degree + 1);
  return {
    count,
    at: (x: number) => Float64Array.from({ length: count }, (_, k) => ((x - mean) / scale) ** k),
  };
}

function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}
