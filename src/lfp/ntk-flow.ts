/**
 * Training of the infinite-width network in closed form. With the NTK
 * Gram matrix K and n data points, gradient flow on the loss
 * (1/2n) Σ (f(x_i) − y_i)² moves the residual u = f − y by
 * du/dt = −(K/n) u, and gradient descent with step η by
 * u_{k+1} = (I − ηK/n) u_k. With K/n = V Λ Vᵀ:
 *
 *   u(t) = V e^{−Λt} Vᵀ u(0),   u_k = V (I − ηΛ)^k Vᵀ u(0).
 *
 * The network starts from f = 0 (for a finite network, the paired
 * initialisation of network.ts), so u(0) = −y.
 */
import { symmetricEigen } from './eigen.js';

export interface NtkFlow {
  readonly n: number;
  /** Eigenvalues of K/n, decreasing; tiny negative ones from rounding are set to 0. */
  readonly rates: Float64Array;
  readonly vectors: Float64Array;
  /** Vᵀ u(0). */
  readonly start: Float64Array;
}

export function ntkFlow(gram: Float64Array, ys: Float64Array): NtkFlow {
  const n = ys.length;
  const scaled = gram.map((v) => v / n);
  const { values, vectors } = symmetricEigen(scaled, n);
  const rates = values.map((v) => Math.max(v, 0));
  const start = new Float64Array(n);
  for (let m = 0; m < n; m++) {
    let s = 0;
    for (let i = 0; i < n; i++) s -= vectors[i * n + m]! * ys[i]!;
    start[m] = s;
  }
  return { n, rates, vectors, start };
}

/** Residual after time t of gradient flow. */
export function residualAtTime(flow: NtkFlow, t: number): Float64Array {
  return combine(flow, (rate) => Math.exp(-rate * t));
}

/** Residual after k steps of gradient descent with step η. */
export function residualAfterSteps(flow: NtkFlow, eta: number, k: number): Float64Array {
  return combine(flow, (rate) => (1 - eta * rate) ** k);
}

function combine(flow: NtkFlow, factor: (rate: number) => number): Float64Array {
  const { n, vectors } = flow;
  const u = new Float64Array(n);
  for (let m = 0; m < n; m++) {
    const c = flow.start[m]! * factor(flow.rates[m]!);
    if (c === 0) continue;
    for (let i = 0; i < n; i++) u[i]! += vectors[i * n + m]! * c;
  }
  return u;
}
