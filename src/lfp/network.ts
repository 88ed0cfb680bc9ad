/**
 * A finite two-layer network f(x) = m^{−1/2} Σ_j a_j σ(w_j x + b_j) in
 * the NTK scaling, trained by plain gradient descent on the loss
 * (1/2n) Σ_i (f(x_i) − y_i)².
 *
 * Initialisation in pairs: neuron j + m/2 copies w_j and b_j of neuron j
 * with output weight −a_j, so f = 0 at the start (the "doubling trick"),
 * as the NTK prediction of ntk-flow.ts assumes, while the kernel at
 * initialisation is still an average over m/2 independent draws.
 */
import type { Derivation } from '../derive.js';
import { InputError } from '../errors.js';
import * as Q from '../expr/rational.js';
import type { FastActivation } from './fast-activation.js';
import type { Random } from './random.js';

export interface Network {
  readonly width: number;
  readonly a: Float64Array;
  readonly w: Float64Array;
  readonly b: Float64Array;
}

export const MAX_WIDTH = 100_000;

export function initialNetwork(d: Derivation, width: number, sigmaB: number,
  random: Random): Network {
  if (!Number.isInteger(width) || width < 2 || width % 2 !== 0 || width > MAX_WIDTH) {
    throw new InputError(`--width ${width} is invalid: expected an even integer from 2 `
      + `to ${MAX_WIDTH} (neurons are initialised in pairs)`);
  }
  const half = width / 2;
  const sigmaA = Q.toNumber(d.options.sigmaA);
  const model = d.options.weights;
  const drawW = model.kind === 'gaussian'
    ? () => Q.toNumber(model.sigmaW) * random.normal()
    : () => (random.uniform() < 0.5 ? -1 : 1) * Q.toNumber(model.r0);
  const a = new Float64Array(width);
  const w = new Float64Array(width);
  const b = new Float64Array(width);
  for (let j = 0; j < half; j++) {
    a[j] = sigmaA * random.normal();
    w[j] = drawW();
    b[j] = sigmaB * random.normal();
    a[j + half] = -a[j]!;
    w[j + half] = w[j]!;
    b[j + half] = b[j]!;
  }
  return { width, a, w, b };
}

/**
 * Takes one gradient-descent step of size eta, in place, and returns the
 * residual f(x_i) − y_i before the step.
 */
export function gradientStep(net: Network, act: FastActivation, xs: Float64Array,
  ys: Float64Array, eta: number): Float64Array {
  const n = xs.length;
  const m = net.width;
  const scale = 1 / Math.sqrt(m);
  const residual = predict(net, act, xs);
  for (let i = 0; i < n; i++) residual[i]! -= ys[i]!;

  const factor = (eta * scale) / n;
  for (let j = 0; j < m; j++) {
    const a = net.a[j]!;
    const w = net.w[j]!;
    const bias = net.b[j]!;
    let ga = 0;
    let gw = 0;
    let gb = 0;
    for (let i = 0; i < n; i++) {
      const z = w * xs[i]! + bias;
      const r = residual[i]!;
      const slope = r * act.dsigma(z);
      ga += r * act.sigma(z);
      gw += slope * xs[i]!;
      gb += slope;
    }
    net.a[j] = a - factor * ga;
    net.w[j] = w - factor * a * gw;
    net.b[j] = bias - factor * a * gb;
  }
  return residual;
}

/** f(x_i) at every point. */
export function predict(net: Network, act: FastActivation,
  xs: Float64Array): Float64Array {
  const out = new Float64Array(xs.length);
  for (let j = 0; j < net.width; j++) {
    const a = net.a[j]!;
    const w = net.w[j]!;
    const bias = net.b[j]!;
    for (let i = 0; i < xs.length; i++) out[i]! += a * act.sigma(w * xs[i]! + bias);
  }
  const scale = 1 / Math.sqrt(net.width);
  return out.map((v) => v * scale);
}
