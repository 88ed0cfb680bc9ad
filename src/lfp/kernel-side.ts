/**
 * The left side of the operator check in d = 1: the Fourier transform of
 * ∫ K(x, x') u(x') dx' computed from the kernel
 *
 *   K(x, x') = E[σ(wx+b) σ(wx'+b)] + E[a²] E[σ'(wx+b) σ'(wx'+b)] (1 + x x')
 *
 * by quadrature over w, b and x', with no use of the LFP coefficients.
 * The transform in x is taken of each neuron exactly, by the change of
 * variable s = wx + b:
 *
 *   F_x[σ(wx+b)](ξ)    = e^{iκb} F[σ](k) / |w|,
 *   F_x[x σ'(wx+b)](ξ) = e^{iκb} (F[sσ'](k) − b F[σ'](k)) / (w|w|),
 *
 * with k = ξ/w, κ = 2πξ/w and F[sσ'] = (i/2π) ∂_k F[σ']. What remains is
 * the average over (w, b) of those factors times the pre-activation
 * integrals of bias-samples.ts. The three terms are kept apart as the
 * σ channel, the σ'·1 channel and the σ'·x x' channel.
 */
import type { Derivation } from '../derive.js';
import type { Expr } from '../expr/tree.js';
import { I, PI, div, mul, num } from '../expr/tree.js';
import { derivative } from '../expr/derivative.js';
import * as Q from '../expr/rational.js';
import { complexFunction } from '../evaluate/compile.js';
import type { Complex } from '../numeric/complex.js';
import { weightNodes, type WeightNode } from './weight-rule.js';
import { estimateError } from '../numeric/gauss-kronrod.js';
import { sampleBias, type SamplingSetup } from './bias-samples.js';
import { averageOverBias } from './bias-average.js';
import type { Pair } from './gaussian-window.js';

/** The three parts of F[∫K u] at one (ξ, σ_b). */
export interface Channels {
  readonly sigma: Pair;
  readonly constant: Pair;
  readonly linear: Pair;
}

export interface KernelSide {
  /** values[i][j] at xis[i] and sigmaBs[j]. */
  readonly values: Channels[][];
  /**
   * Estimated error of the w-rule for the sum of the channels: QUADPACK's
   * rescaled difference of the Kronrod and embedded Gauss sums per panel.
   */
  readonly wRuleError: number[][];
  /** Number of w nodes evaluated (the others were below the cut-off). */
  readonly nodesUsed: number;
}

type Transforms = (k: number) => [Complex, Complex, Complex];

/** k ↦ (F[σ](k), F[σ'](k), F[sσ'](k)), regular parts. */
function transformsOf(sigma: Expr, dsigma: Expr): Transforms {
  const fs = complexFunction(sigma, 'xi');
  const fd = complexFunction(dsigma, 'xi');
  const iOver2Pi = mul(I, div(num(1), mul(num(2), PI)));
  const fsd = complexFunction(mul(iOver2Pi, derivative(dsigma, 'xi')), 'xi');
  return (k) => [fs(k), fd(k), fsd(k)];
}

export interface KernelSideRequest {
  readonly derivation: Derivation;
  readonly setup: Omit<SamplingSetup, 'xiMax'>;
  readonly xis: readonly number[];
  readonly sigmaBs: readonly number[];
}

/**
 * Nodes whose outer factor ρ(w)|F(ξ/w)|/|w| is below this fraction of
 * the largest one are skipped. The bias average there is bounded by
 * E_b|Q| = O(1), so a skipped node changes the result by about this
 * fraction of the largest term (an estimate, not a bound).
 */
const NODE_CUTOFF = 1e-14;

export function kernelSide(request: KernelSideRequest): KernelSide {
  const { derivation: d, xis, sigmaBs } = request;
  if (d.transform.kind !== 'closed') {
    throw new Error('kernelSide needs a closed-form transform');
  }
  const transforms = transformsOf(d.transform.sigma.regular, d.transform.dsigma.regular);
  const sa2 = Q.toNumber(d.options.sigmaA) ** 2;
  const all = weightNodes(d, request.setup.refine);
  const used = selectNodes(all, transforms, xis, sa2);
  const setup = { ...request.setup, xiMax: Math.max(...xis) };

  const values = xis.map(() => sigmaBs.map(() => zeroChannels()));
  // Integrand of the sum of the channels at every node, for the error estimate.
  const integrand = xis.map(() => sigmaBs.map(() => new Float64Array(all.length)));
  for (const node of used) {
    const samples = sampleBias(setup, node.w);
    const index = all.indexOf(node);
    xis.forEach((xi, i) => {
      const f = transforms(xi / node.w);
      sigmaBs.forEach((sigmaB, j) => {
        const avg = averageOverBias(samples, (2 * Math.PI * xi) / node.w, sigmaB);
        const c = contribution(node.w, f, avg, sa2);
        accumulate(values[i]![j]!, c, node.kronrod * node.density);
        const total = c.sigma.re + c.constant.re + c.linear.re;
        integrand[i]![j]![index] = node.density * total;
      });
    });
  }
  const wRuleError = integrand.map((row) => row.map((f) => ruleError(all, f)));
  return { values, wRuleError, nodesUsed: used.length };
}

/** Sum over panels of QUADPACK's error estimate for the G7–K15 pair. */
function ruleError(nodes: readonly WeightNode[], f: Float64Array): number {
  const panels = new Map<number, number[]>();
  nodes.forEach((n, k) => panels.set(n.panel, [...(panels.get(n.panel) ?? []), k]));
  let total = 0;
  for (const members of panels.values()) {
    if (members.length < 15) continue;
    let kronrod = 0;
    let gauss = 0;
    let length = 0;
    for (const k of members) {
      kronrod += nodes[k]!.kronrod * f[k]!;
      gauss += nodes[k]!.gauss * f[k]!;
      length += nodes[k]!.kronrod;
    }
    let resasc = 0;
    let resabs = 0;
    for (const k of members) {
      resasc += nodes[k]!.kronrod * Math.abs(f[k]! - kronrod / length);
      resabs += nodes[k]!.kronrod * Math.abs(f[k]!);
    }
    total += estimateError(Math.abs(kronrod - gauss), resasc, resabs);
  }
  return total;
}

function selectNodes(nodes: WeightNode[], transforms: Transforms, xis: readonly number[],
  sa2: number): WeightNode[] {
  const sizes = nodes.map((n) => xis.map((xi) => {
    const [fs, fd, fsd] = transforms(xi / n.w).map((z) => Math.hypot(z.re, z.im));
    const a = Math.abs(n.w);
    const outer = Math.max(fs!, sa2 * fd! * (1 + 1 / a), (sa2 * fsd!) / a);
    return (n.kronrod * n.density * outer) / a;
  }));
  const largest = xis.map((_, i) => Math.max(...sizes.map((s) => s[i]!)));
  return nodes.filter((_, k) => sizes[k]!.some((m, i) => m >= NODE_CUTOFF * largest[i]!));
}

interface MutableChannels { sigma: Pair; constant: Pair; linear: Pair }

const zeroChannels = (): MutableChannels => ({
  sigma: { re: 0, im: 0 }, constant: { re: 0, im: 0 }, linear: { re: 0, im: 0 },
});

const times = (a: Complex, b: Pair): Pair =>
  ({ re: a.re * b.re - a.im * b.im, im: a.re * b.im + a.im * b.re });

/** Computes the three channel terms of one w node, before the w-rule weight. */
function contribution(w: number, f: [Complex, Complex, Complex],
  avg: ReturnType<typeof averageOverBias>, sa2: number): Channels {
  const [fs, fd, fsd] = f;
  const a = Math.abs(w);
  const sigma = times(fs, avg.s0);
  const constant = times(fd, avg.d0);
  const first = times(fsd, avg.d1);
  const second = times(fd, avg.bd1);
  return {
    sigma: { re: sigma.re / a, im: sigma.im / a },
    constant: { re: (sa2 * constant.re) / a, im: (sa2 * constant.im) / a },
    linear: {
      re: (sa2 * (first.re - second.re)) / (w * a),
      im: (sa2 * (first.im - second.im)) / (w * a),
    },
  };
}

function accumulate(target: MutableChannels, c: Channels, weight: number): void {
  for (const key of ['sigma', 'constant', 'linear'] as const) {
    target[key].re += weight * c[key].re;
    target[key].im += weight * c[key].im;
  }
}
