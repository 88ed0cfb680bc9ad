/**
 * The pre-activation integrals of the operator check for one first-layer
 * weight w, sampled at quadrature nodes in the bias b:
 *
 *   S0(b) = ∫ σ(wx'+b) u(x') dx',  D0(b) = ∫ σ'(wx'+b) u(x') dx',
 *   D1(b) = ∫ σ'(wx'+b) x' u(x') dx'.
 *
 * In the variable s = wx' + b each is (1/|w|) ∫ f(s) v((s−b)/w) ds, so
 * one grid in s serves every b and σ is evaluated once per grid node.
 *
 * Far from the origin each integral is a line in b, c + m·b, because σ
 * and σ' are (see asymptotes.ts). The samples store the integral minus
 * the tail P(b) = c₋ + m₋b + (c₊ − c₋ + (m₊ − m₋)b)·H(b), which vanishes
 * for |b| beyond |w|·halfWidth + saturation, so the bias average of the
 * remainder is a short quadrature and that of P is exact.
 */
import type { Asymptotes, Line } from './asymptotes.js';
import type { TestFunction } from './test-function.js';
import { compositeRule, partition, type CompositeRule } from './panel-rule.js';
import { InputError } from '../errors.js';

export interface SamplingSetup {
  readonly sigma: (s: number) => number;
  readonly dsigma: (s: number) => number;
  readonly test: TestFunction;
  readonly sigmaLines: Asymptotes;
  readonly dsigmaLines: Asymptotes;
  /** ∫ x^n u(x) dx for n = 0, 1, 2. */
  readonly moments: readonly [number, number, number];
  /** Largest frequency the samples must resolve. */
  readonly xiMax: number;
  /** Panel widths are divided by this (1 = standard, 2 = check). */
  readonly refine: number;
}

/** P(b) = c0 + c1·b + (d0 + d1·b)·H(b). */
export interface Tail {
  readonly c0: number;
  readonly c1: number;
  readonly d0: number;
  readonly d1: number;
}

export interface BiasSamples {
  readonly w: number;
  readonly rule: CompositeRule;
  /** Remainders Q − P at the nodes, for Q = S0, D0, D1. */
  readonly remainders: readonly [Float64Array, Float64Array, Float64Array];
  readonly tails: readonly [Tail, Tail, Tail];
}

export function sampleBias(setup: SamplingSetup, w: number): BiasSamples {
  const width = Math.abs(w) * setup.test.halfWidth;
  const saturation = Math.max(setup.sigmaLines.saturation, setup.dsigmaLines.saturation);
  const reach = width + saturation;
  const feature = Math.abs(w) * featureScale(setup.test);
  const bWidth = Math.min(feature, (1.4 * Math.abs(w)) / setup.xiMax) / setup.refine;
  const rule = compositeRule(partition(-reach, reach, bWidth, [0]));

  const grid = preactivationGrid(setup, w, reach + width, saturation);
  const [s0, d0, d1] = integralsAt(setup, w, rule.nodes, grid);
  const tails = tailsOf(setup, w);
  const remainders = [
    subtractTail(s0, rule.nodes, tails[0]),
    subtractTail(d0, rule.nodes, tails[1]),
    subtractTail(d1, rule.nodes, tails[2]),
  ] as const;
  return { w, rule, remainders, tails };
}

/**
 * Panel width, in units of |w|, at which the 15-point rule resolves u: about
 * one period of its cosine (2 at ω = 3). Halving it changed the operator
 * check by less than 1e-10.
 */
function featureScale(test: TestFunction): number {
  return 8 / (1 + test.omega);
}

interface Grid {
  readonly rule: CompositeRule;
  readonly sigma: Float64Array;
  readonly dsigma: Float64Array;
}

/**
 * Nodes in s over [−extent, extent], with panel edges at 0 (where
 * relu-like activations have their kink) and finer panels where σ is
 * not yet on its lines.
 */
function preactivationGrid(setup: SamplingSetup, w: number, extent: number,
  saturation: number): Grid {
  const feature = Math.abs(w) * featureScale(setup.test);
  const inner = Math.min(feature, 2) / setup.refine;
  const outer = feature / setup.refine;
  const core = Math.min(saturation, extent);
  const edges = [
    ...partition(-extent, -core, outer).slice(0, -1),
    ...partition(-core, core, inner, [0]).slice(0, -1),
    ...partition(core, extent, outer),
  ];
  const rule = compositeRule(edges.filter((e, k) => k === 0 || e > edges[k - 1]!));
  const sigma = rule.nodes.map((s) => finiteValue(setup.sigma, s, 'σ'));
  const dsigma = rule.nodes.map((s) => finiteValue(setup.dsigma, s, "σ'"));
  return { rule, sigma, dsigma };
}

function finiteValue(f: (s: number) => number, s: number, label: string): number {
  const y = f(s);
  if (Number.isFinite(y)) return y;
  throw new InputError(`${label}(${s}) = ${y}: the activation must be finite `
    + 'on the real line');
}

/** S0, D0 and D1 at each b node, by the s-grid rule. */
function integralsAt(setup: SamplingSetup, w: number, bNodes: Float64Array,
  grid: Grid): [Float64Array, Float64Array, Float64Array] {
  const n = bNodes.length;
  const out = [new Float64Array(n), new Float64Array(n), new Float64Array(n)] as const;
  const s = grid.rule.nodes;
  const reach = Math.abs(w) * setup.test.halfWidth;
  const u = setup.test.value;
  for (let j = 0; j < bNodes.length; j++) {
    const b = bNodes[j]!;
    let k = firstAtLeast(s, b - reach);
    let s0 = 0;
    let d0 = 0;
    let d1 = 0;
    for (; k < s.length && s[k]! <= b + reach; k++) {
      const t = (s[k]! - b) / w;
      const weight = grid.rule.weights[k]! * u(t);
      s0 += weight * grid.sigma[k]!;
      d0 += weight * grid.dsigma[k]!;
      d1 += weight * grid.dsigma[k]! * t;
    }
    out[0][j] = s0 / Math.abs(w);
    out[1][j] = d0 / Math.abs(w);
    out[2][j] = d1 / Math.abs(w);
  }
  return [...out];
}

function firstAtLeast(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Builds the tails P of S0, D0 and D1 from the lines of σ and σ'. Where
 * f(s) = α + βs, ∫ f(wx'+b) v(x') dx' = (α + βb)·m0 + βw·m1 with
 * m_n = ∫ x'^n v(x') dx', and v = u for S0 and D0, v = x'u for D1.
 */
function tailsOf(setup: SamplingSetup, w: number): [Tail, Tail, Tail] {
  const [m0, m1, m2] = setup.moments;
  const tail = (lines: Asymptotes, n0: number, n1: number): Tail => {
    const line = (l: Line) => ({
      c: l.intercept * n0 + l.slope * w * n1, m: l.slope * n0,
    });
    const minus = line(lines.minus);
    const plus = line(lines.plus);
    return { c0: minus.c, c1: minus.m, d0: plus.c - minus.c, d1: plus.m - minus.m };
  };
  return [
    tail(setup.sigmaLines, m0, m1),
    tail(setup.dsigmaLines, m0, m1),
    tail(setup.dsigmaLines, m1, m2),
  ];
}

function subtractTail(q: Float64Array, b: Float64Array, p: Tail): Float64Array {
  return q.map((value, j) => {
    const step = b[j]! > 0 ? p.d0 + p.d1 * b[j]! : 0;
    return value - (p.c0 + p.c1 * b[j]! + step);
  });
}
