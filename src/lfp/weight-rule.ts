/**
 * Quadrature over a signed first-layer weight w = ±r, each sign with
 * probability 1/2, r = |w| from the weight model in dimension d. For
 * Gaussian weights r is σ_w times a χ_d variable, by the 15-point
 * Kronrod rule on panels of r up to 9σ_w (beyond, the density is below
 * 1e-15 for d ≤ 3), finer below σ_w; in d = 1 this is w ~ N(0, σ_w²).
 * Sphere weights are the two points ±r_0.
 */
import type { Derivation } from '../derive.js';
import * as Q from '../expr/rational.js';
import { gamma } from '../numeric/gamma.js';
import { compositeRule, partition } from './panel-rule.js';

/** A first-layer weight, its rule weights and its density; panel groups 15. */
export interface WeightNode {
  readonly w: number;
  readonly panel: number;
  readonly kronrod: number;
  readonly gauss: number;
  readonly density: number;
}

export function weightNodes(d: Derivation, refine: number): WeightNode[] {
  const model = d.options.weights;
  if (model.kind === 'sphere') {
    const r0 = Q.toNumber(model.r0);
    const node = { kronrod: 1, gauss: 1, density: 0.5 };
    return [{ w: -r0, panel: 0, ...node }, { w: r0, panel: 1, ...node }];
  }
  const sw = Q.toNumber(model.sigmaW);
  // Finer panels below σ_w, where e^{−c/w²}-like integrands (erf) rise.
  const edges = [
    ...partition(0, 1.125 * sw, (0.28125 * sw) / refine).slice(0, -1),
    ...partition(1.125 * sw, 9 * sw, (1.125 * sw) / refine),
  ];
  const rule = compositeRule(edges);
  const panels = rule.nodes.length / 15;
  const out: WeightNode[] = [];
  const chi = chiDensity(d.options.dim, sw);
  rule.nodes.forEach((w, k) => {
    const density = chi(w) / 2;
    const weights = { kronrod: rule.weights[k]!, gauss: rule.gaussWeights[k]!, density };
    const panel = Math.floor(k / 15);
    out.push({ w, panel, ...weights }, { w: -w, panel: panel + panels, ...weights });
  });
  return out;
}

/** Density of r = σ_w·χ_d: (r/σ_w)^{d−1} e^{−r²/2σ_w²} / (2^{d/2−1} Γ(d/2) σ_w). */
function chiDensity(dim: number, sw: number): (r: number) => number {
  const norm = 2 ** (dim / 2 - 1) * gamma(dim / 2) * sw;
  return (r) => ((r / sw) ** (dim - 1) * Math.exp((-0.5 * r * r) / (sw * sw))) / norm;
}
