/**
 * The neural tangent kernel of the infinite-width two-layer network at
 * data points x_i (d = 1):
 *
 *   K(x, x') = E[σ(wx+b) σ(wx'+b)] + σ_a² E[σ'(wx+b) σ'(wx'+b)] (1 + x x'),
 *
 * with b ~ N(0, σ_b²) and w from the weight model. For each w node the
 * bias average is a quadrature on |b| ≤ |w|·max|x| + S, with panel edges
 * at the kinks b = −w x_i, plus the exact average of the two tails,
 * where every σ(wx_i + b) is on its straight line and the product is a
 * quadratic in b.
 */
import type { Derivation } from '../derive.js';
import { erfc } from '../numeric/erf.js';
import * as Q from '../expr/rational.js';
import type { Line } from './asymptotes.js';
import type { FastActivation } from './fast-activation.js';
import { compositeRule, partition, type CompositeRule } from './panel-rule.js';
import { weightNodes } from './weight-rule.js';

/** Computes the symmetric n×n Gram matrix K(x_i, x_j), row-major. */
export function ntkGram(d: Derivation, act: FastActivation, sigmaB: number,
  xs: Float64Array): Float64Array {
  const n = xs.length;
  const gram = new Float64Array(n * n);
  const sa2 = Q.toNumber(d.options.sigmaA) ** 2;
  const reach = Math.max(...xs.map(Math.abs));
  for (const node of weightNodes(d, 0.25)) {
    const weight = node.kronrod * node.density;
    const edge = Math.abs(node.w) * reach + act.saturation;
    addCore(gram, act, xs, node.w, edge, sigmaB, weight, sa2);
    addTails(gram, act, xs, node.w, edge, sigmaB, weight, sa2);
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) gram[i * n + j] = gram[j * n + i]!;
  }
  return gram;
}

function addCore(gram: Float64Array, act: FastActivation, xs: Float64Array, w: number,
  edge: number, sigmaB: number, weight: number, sa2: number): void {
  const n = xs.length;
  const kinks = Array.from(xs, (x) => -w * x);
  const rule = gaussNodes(compositeRule(partition(-edge, edge, 1, kinks)));
  const m = rule.nodes.length;
  const phi = new Float64Array(n * m);
  const psi = new Float64Array(n * m);
  const norm = weight / (Math.sqrt(2 * Math.PI) * sigmaB);
  for (let k = 0; k < m; k++) {
    const b = rule.nodes[k]!;
    // The square root of the weight goes on each factor of the product.
    const root = Math.sqrt(norm * rule.weights[k]! * Math.exp(-0.5 * (b / sigmaB) ** 2));
    for (let i = 0; i < n; i++) {
      phi[i * m + k] = root * act.sigma(w * xs[i]! + b);
      psi[i * m + k] = root * act.dsigma(w * xs[i]! + b);
    }
  }
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      let ss = 0;
      let dd = 0;
      for (let k = 0; k < m; k++) {
        ss += phi[i * m + k]! * phi[j * m + k]!;
        dd += psi[i * m + k]! * psi[j * m + k]!;
      }
      gram[i * n + j]! += ss + sa2 * dd * (1 + xs[i]! * xs[j]!);
    }
  }
}

/**
 * Keeps the 7-point Gauss nodes of the composite rule. The product of two
 * activations is smooth between kinks, so degree 13 per panel is enough.
 */
function gaussNodes(rule: CompositeRule): { nodes: number[]; weights: number[] } {
  const nodes: number[] = [];
  const weights: number[] = [];
  rule.nodes.forEach((b, k) => {
    if (rule.gaussWeights[k] === 0) return;
    nodes.push(b);
    weights.push(rule.gaussWeights[k]!);
  });
  return { nodes, weights };
}

/** ∫_edge^∞ b^n p(b) db for n = 0, 1, 2, p the N(0, σ_b²) density. */
function tailMoments(edge: number, sigmaB: number): [number, number, number] {
  const t = edge / sigmaB;
  const density = Math.exp(-0.5 * t * t) / Math.sqrt(2 * Math.PI);
  const t0 = 0.5 * erfc(t / Math.SQRT2);
  return [t0, sigmaB * density, sigmaB * sigmaB * (t * density + t0)];
}

function addTails(gram: Float64Array, act: FastActivation, xs: Float64Array, w: number,
  edge: number, sigmaB: number, weight: number, sa2: number): void {
  const n = xs.length;
  const [t0, t1, t2] = tailMoments(edge, sigmaB);
  // On the side sign·∞, ∫ b^n p over the tail is sign^n·T_n.
  const side = (sign: 1 | -1, line: Line, dline: Line) => {
    const a = Array.from(xs, (x) => line.intercept + line.slope * w * x);
    const da = Array.from(xs, (x) => dline.intercept + dline.slope * w * x);
    const pair = (ai: number, aj: number, slope: number) =>
      ai * aj * t0 + sign * slope * (ai + aj) * t1 + slope * slope * t2;
    for (let i = 0; i < n; i++) {
      for (let j = i; j < n; j++) {
        const value = pair(a[i]!, a[j]!, line.slope)
          + sa2 * pair(da[i]!, da[j]!, dline.slope) * (1 + xs[i]! * xs[j]!);
        gram[i * n + j]! += weight * value;
      }
    }
  };
  side(1, act.lines.plus, act.dlines.plus);
  side(-1, act.lines.minus, act.dlines.minus);
}
