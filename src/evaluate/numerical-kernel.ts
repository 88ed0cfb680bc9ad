/**
 * σ_b·A and σ_b·B for an activation without a closed-form transform: the
 * transforms of σ and σ' are computed by quadrature of their defining
 * integrals at each node of an adaptive quadrature over r. Slow (each
 * node costs two oscillatory integrals) and accurate to about 1e-6 where
 * the transforms are well above the quadrature's absolute floor (~1e-13
 * of ∫|σ|); values are labelled as numerical.
 */
import type { Derivation } from '../derive.js';
import * as Q from '../expr/rational.js';
import { realFunction } from './compile.js';
import { fourierTransformNumeric } from '../numeric/fourier-integral.js';
import { integrate } from '../numeric/quadrature.js';
import { lgamma } from '../numeric/special.js';
import { kinks } from '../verify/kinks.js';

export interface NumericalCoefficients {
  readonly A: number;
  readonly B: number;
  readonly relError: number;
  readonly converged: boolean;
  readonly method: string;
}

/** Evaluations of the integrand over r per coefficient: bounds the run time. */
const MAX_RADIAL_EVALUATIONS = 45;

export function numericalCoefficients(d: Derivation, xi: number): NumericalCoefficients {
  const squares = transformSquares(d);
  const dim = d.options.dim;
  const sa2 = Q.toNumber(d.options.sigmaA) ** 2;
  const lead = Math.exp(lgamma(dim / 2) - 0.5 * Math.LN2 - ((dim + 1) / 2) * Math.log(Math.PI)) * xi ** (1 - dim);
  const w = d.options.weights;
  if (w.kind === 'sphere') {
    const r0 = Q.toNumber(w.r0);
    const [s, t] = squares(xi / r0);
    return finish((lead * (s + sa2 * t)) / r0, (lead * sa2 * t) / r0, 1e-6, true);
  }
  const sigma = Q.toNumber(w.sigmaW);
  const logNorm = (1 - dim / 2) * Math.LN2 - lgamma(dim / 2) - dim * Math.log(sigma);
  const density = (r: number) => Math.exp(logNorm + (dim - 1) * Math.log(r) - (r * r) / (2 * sigma * sigma));
  const part = (which: 0 | 1) => integrate((r) => (r <= 0 ? 0 : (density(r) * squares(xi / r)[which]) / r),
    0, 8 * sigma, { relTol: 1e-6, maxEvaluations: MAX_RADIAL_EVALUATIONS, breakpoints: [sigma, 3 * sigma] });
  const gs = part(0);
  const gd = part(1);
  const relError = Math.max(gs.error / Math.abs(gs.value), gd.error / Math.abs(gd.value));
  return finish(lead * (gs.value + sa2 * gd.value), (lead * sa2 * gd.value) / (4 * Math.PI ** 2),
    relError, gs.converged && gd.converged);
}

function finish(A: number, B: number, relError: number, converged: boolean): NumericalCoefficients {
  return { A, B, relError, converged, method: 'numerical transform and quadrature over r (no closed form)' };
}

/** |F[σ](k)|² and |F[σ'](k)|², cached by k. */
function transformSquares(d: Derivation) {
  const f = realFunction(d.expression, 'x');
  const g = realFunction(d.derivative, 'x');
  const breakpoints = kinks(d.expression);
  const cache = new Map<number, [number, number]>();
  const sq = (h: (x: number) => number, k: number) => {
    const z = fourierTransformNumeric(h, k, { relTol: 1e-8, breakpoints, maxEvaluations: 60000 });
    return z.re * z.re + z.im * z.im;
  };
  return (k: number): [number, number] => {
    let v = cache.get(k);
    if (!v) cache.set(k, (v = [sq(f, k), sq(g, k)]));
    return v;
  };
}
