/**
 * Checks σ_b·A and σ_b·B (closed form or the toolkit's own radial
 * quadrature) against an independent average over r: the χ_d density
 * and c_d are recomputed here from lgamma, and the integral over r is
 * done by adaptive Gauss–Kronrod on the transform evaluated at |ξ|/r.
 * The transform itself is checked against its defining integral in
 * transform-check.ts.
 */
import type { Derivation } from '../derive.js';
import type { Expr } from '../expr/tree.js';
import * as Q from '../expr/rational.js';
import { complexFunction } from '../evaluate/compile.js';
import { coefficientAt } from '../evaluate/coefficients.js';
import { integrate } from '../numeric/quadrature.js';
import { lgamma } from '../numeric/special.js';
import type { CheckResult } from './result.js';
import { relativeDifference, result } from './result.js';

export const KERNEL_XI = [0.5, 2];
export const KERNEL_TOLERANCE = 1e-7;

export function kernelChecks(d: Derivation): CheckResult[] {
  const t = d.transform;
  if (!d.kernel || t.kind !== 'closed') return [];
  const out: CheckResult[] = [];
  const sa2 = Q.toNumber(d.options.sigmaA) ** 2;
  for (const xi of KERNEL_XI) {
    // Each average is computed only when a finite coefficient needs it.
    const gs = lazy(() => radialAverage(d, t.sigma.regular, xi));
    const gd = lazy(() => radialAverage(d, t.dsigma.regular, xi));
    const pairs: [string, typeof d.kernel.A, () => number][] = [
      ['A', d.kernel.A, () => gs() + sa2 * gd()],
      ['B', d.kernel.B, () => (sa2 * gd()) / (4 * Math.PI ** 2)],
    ];
    for (const [name, form, independent] of pairs) {
      if (form.kind === 'divergent') continue;
      const want = independent();
      const got = coefficientAt(form, xi);
      out.push(result({
        check: `${name} vs ${referenceName(d)}`, activation: d.activation.name,
        dim: d.options.dim, weights: d.options.weights.kind, at: `xi=${xi}`,
        measured: relativeDifference(got.value, want), tolerance: KERNEL_TOLERANCE,
        detail: `${got.method} ${got.value.toPrecision(12)}, independent ${want.toPrecision(12)}`,
      }));
    }
  }
  return out;
}

/** Sphere weights fix r = r0, so the reference is |F|² there, not an average. */
export function referenceName(d: Derivation): string {
  return d.options.weights.kind === 'sphere' ? '|F|^2 at r0' : 'quadrature over r';
}

function lazy(f: () => number): () => number {
  let value: number | undefined;
  return () => (value ??= f());
}

/** c_d = Γ(d/2)/(√2 π^{(d+1)/2}), from lgamma. */
function cd(d: number): number {
  return Math.exp(lgamma(d / 2) - 0.5 * Math.LN2 - ((d + 1) / 2) * Math.log(Math.PI));
}

/** G_g(ξ) = c_d ξ^{1−d} E_r[|F(ξ/r)|²/r] for the derivation's weight model. */
function radialAverage(d: Derivation, regular: Expr, xi: number): number {
  const F = complexFunction(regular, 'xi');
  const sq = (k: number) => {
    const z = F(k);
    return z.re * z.re + z.im * z.im;
  };
  const dim = d.options.dim;
  const lead = cd(dim) * xi ** (1 - dim);
  const w = d.options.weights;
  if (w.kind === 'sphere') {
    const r0 = Q.toNumber(w.r0);
    return (lead * sq(xi / r0)) / r0;
  }
  const s = Q.toNumber(w.sigmaW);
  const logNorm = (1 - dim / 2) * Math.LN2 - lgamma(dim / 2) - dim * Math.log(s);
  const integrand = (r: number) => {
    if (r <= 0) return 0;
    const logRho = logNorm + (dim - 1) * Math.log(r) - (r * r) / (2 * s * s);
    return (Math.exp(logRho) * sq(xi / r)) / r;
  };
  const upper = s * Math.sqrt(2 * (dim + 60));
  const res = integrate(integrand, 0, upper, { relTol: 1e-11, absTol: 0, maxEvaluations: 200000, breakpoints: [s, 2 * s, 4 * s] });
  return lead * res.value;
}
