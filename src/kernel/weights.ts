/**
 * Weight models for the first layer and the constants they bring.
 *
 * Gaussian: w ~ N(0, σ_w² I_d), so r = |w| = σ_w·χ_d with density
 *   ρ(r) = N_d r^{d−1} e^{−r²/(2σ_w²)} / σ_w^d,  N_d = 2^{1−d/2}/Γ(d/2),
 *   E[r^m] = σ_w^m 2^{m/2} Γ((d+m)/2)/Γ(d/2), finite only for m > −d.
 * Sphere: |w| = r_0 fixed, direction uniform.
 */
import type { Expr } from '../expr/tree.js';
import { PI, call, div, mul, num, pow, sqrt, sym } from '../expr/tree.js';
import * as Q from '../expr/rational.js';

export type WeightModel =
  | { readonly kind: 'gaussian'; readonly sigmaW: Q.Rational }
  | { readonly kind: 'sphere'; readonly r0: Q.Rational };

export interface KernelOptions {
  /** Input dimension d ≥ 1. */
  readonly dim: number;
  readonly weights: WeightModel;
  /** Standard deviation σ_a of the output weights. */
  readonly sigmaA: Q.Rational;
}

const half = (n: number) => num(Q.rat(n, 2));

/** c_d = Γ(d/2) / (√2 π^{(d+1)/2}), the constant of G_g. */
export function cd(d: number): Expr {
  return div(call('gamma', half(d)), mul(sqrt(num(2)), pow(PI, half(d + 1))));
}

/** N_d = 2^{1−d/2}/Γ(d/2), the normalisation of the χ_d density. */
export function chiNormalisation(d: number): Expr {
  return div(pow(num(2), num(Q.rat(2 - d, 2))), call('gamma', half(d)));
}

/** E[r^m] for the Gaussian model, or undefined when it diverges (m ≤ −d). */
export function radialMoment(m: Q.Rational, d: number, sigmaW: Q.Rational): Expr | undefined {
  if (Q.cmp(m, Q.rat(-d)) <= 0) return undefined;
  const dm = num(Q.div(Q.add(Q.rat(d), m), Q.rat(2)));
  return mul(
    pow(num(sigmaW), num(m)),
    pow(num(2), num(Q.div(m, Q.rat(2)))),
    div(call('gamma', dm), call('gamma', half(d))),
  );
}

/** Builds the radial density ρ(r) of the Gaussian model, in the symbol r. */
export function radialDensity(d: number, sigmaW: Q.Rational): Expr {
  const r = sym('r');
  const s = num(sigmaW);
  const gaussian = call('exp', div(mul(num(-1), pow(r, num(2))), mul(num(2), pow(s, num(2)))));
  return mul(chiNormalisation(d), pow(r, num(d - 1)), gaussian, pow(s, num(-d)));
}
