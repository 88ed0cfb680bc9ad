/**
 * Quadrature over the first-layer weight w in d = 1: the Gaussian model
 * w ~ N(0, σ_w²) by the 15-point Kronrod rule on panels of |w| up to
 * 9σ_w (beyond, the density is below 3e-18), finer below σ_w; the
 * sphere model |w| = r_0 as the two points ±r_0 with probability 1/2.
 */
import type { Derivation } from '../derive.js';
import * as Q from '../expr/rational.js';
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
  rule.nodes.forEach((w, k) => {
    const density = Math.exp((-0.5 * w * w) / (sw * sw)) / (Math.sqrt(2 * Math.PI) * sw);
    const weights = { kronrod: rule.weights[k]!, gauss: rule.gaussWeights[k]!, density };
    const panel = Math.floor(k / 15);
    out.push({ w, panel, ...weights }, { w: -w, panel: panel + panels, ...weights });
  });
  return out;
}
