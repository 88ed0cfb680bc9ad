/**
 * Panels for the Fourier integral ∫ f(x) e^{−εx²} e^{−iωx} dx: a grid of
 * quarter periods of the oscillation, aligned with the caller's breakpoints,
 * each integrated by the G7–K15 pair and bisected where f varies faster
 * than the rule resolves.
 *
 * The values of f·e^{−iωx} times the Kronrod weights are kept per node,
 * so the integral for another ε (a different Gaussian factor) costs no
 * new evaluations of f; only panels outside the range used before are
 * evaluated.
 */
import {
  GAUSS_WEIGHTS, KRONROD_NODES, KRONROD_WEIGHTS, estimateError,
} from './gauss-kronrod.js';
import type { Complex } from './complex.js';
import { twoProduct } from './exact.js';

/**
 * The oscillation e^{−iωx} on a grid of quarter periods x_j = anchor + j·w,
 * with |ω|·w = π/2. The phase of a node is reduced to ±jπ/2 + ω(anchor + δ)
 * (the sign of ω) with δ = x − x_j exact, so cos and sin see a small argument and nodes
 * far out lose no phase accuracy (a direct ω·x would carry an error of
 * ω|x|·2^−53). The reduction is consistent with the frequency π/(2w),
 * which differs from ω by a rounding only.
 */
export interface Oscillation {
  omega: number;
  width: number;
  anchor: number;
}

/** Weighted node values of one panel, with its error estimate for ε = 0. */
export interface Panel {
  /** x² of each node as an unevaluated sum squaresHi + squaresLo. */
  squaresHi: Float64Array;
  squaresLo: Float64Array;
  re: Float64Array;
  im: Float64Array;
  /**
   * Estimated truncation error of the panel's contribution: QUADPACK's
   * estimate without its rounding floor, which sumPanels replaces by a
   * statistical estimate for the whole sum.
   */
  error: number;
  /** ∫|f| over the panel, the scale of its rounding error. */
  absValue: number;
  /** The smallest x² on the panel, to bound its Gaussian factor. */
  minSquare: number;
}

const EPS = 2 ** -52;
const MAX_DEPTH = 30;

/** Node offsets from the center in units of the half width: 0, ∓x1, …. */
const OFFSETS = [0, ...KRONROD_NODES.slice(1).flatMap((x) => [-x, x])];
const WEIGHTS = [
  KRONROD_WEIGHTS[0]!, ...KRONROD_WEIGHTS.slice(1).flatMap((w) => [w, w]),
];
/** Gauss weights in the same node order, 0 at Kronrod-only nodes. */
const GAUSS = OFFSETS.map((_, k) => {
  if (k === 0) return GAUSS_WEIGHTS[0]!;
  const pair = Math.ceil(k / 2);
  return pair % 2 === 0 ? GAUSS_WEIGHTS[pair / 2]! : 0;
});

function modulus(re: number, im: number): number {
  return Math.hypot(re, im);
}

/** [cos ωx, sin ωx] with the phase reduced on the quarter-period grid. */
function phase(x: number, wave: Oscillation): [number, number] {
  const j = Math.round((x - wave.anchor) / wave.width);
  const offset = x - (wave.anchor + j * wave.width);
  const theta = wave.omega * (wave.anchor + offset);
  const c = Math.cos(theta);
  const s = Math.sin(theta);
  const quarterTurns = wave.omega > 0 ? j : -j;
  switch (((quarterTurns % 4) + 4) % 4) {
    case 0: return [c, s];
    case 1: return [-s, c];
    case 2: return [-c, -s];
    default: return [s, -c];
  }
}

/** Applies the rule to f(x)e^{−iωx} on [a, b] (15 evaluations of f). */
function rulePanel(f: (x: number) => number, wave: Oscillation, a: number,
  b: number): Panel {
  const center = (a + b) / 2;
  const half = (b - a) / 2;
  const n = OFFSETS.length;
  const squaresHi = new Float64Array(n);
  const squaresLo = new Float64Array(n);
  const re = new Float64Array(n);
  const im = new Float64Array(n);
  const gRe = new Float64Array(n);
  const gIm = new Float64Array(n);
  let kRe = 0, kIm = 0, gaussRe = 0, gaussIm = 0, absSum = 0;
  for (let k = 0; k < n; k++) {
    const x = center + half * OFFSETS[k]!;
    const value = f(x);
    const [cos, sin] = phase(x, wave);
    gRe[k] = value * cos;
    gIm[k] = -value * sin;
    [squaresHi[k], squaresLo[k]] = twoProduct(x, x);
    re[k] = WEIGHTS[k]! * half * gRe[k]!;
    im[k] = WEIGHTS[k]! * half * gIm[k]!;
    kRe += WEIGHTS[k]! * gRe[k]!;
    kIm += WEIGHTS[k]! * gIm[k]!;
    gaussRe += GAUSS[k]! * gRe[k]!;
    gaussIm += GAUSS[k]! * gIm[k]!;
    absSum += WEIGHTS[k]! * Math.abs(value);
  }

  let deviation = 0;
  for (let k = 0; k < n; k++) {
    deviation += WEIGHTS[k]! * modulus(gRe[k]! - kRe / 2, gIm[k]! - kIm / 2);
  }
  const scale = Math.abs(half);
  const difference = modulus(kRe - gaussRe, kIm - gaussIm) * scale;
  const minSquare = a <= 0 && b >= 0 ? 0 : Math.min(a * a, b * b);
  return {
    squaresHi, squaresLo, re, im, minSquare,
    error: estimateError(difference, deviation * scale, 0),
    absValue: absSum * scale,
  };
}

/** Evaluations of f still allowed; shared by all panels of one transform. */
export interface Budget {
  left: number;
}

/**
 * Integrates f(x)e^{−iωx} over [a, b], bisecting while the error estimate
 * exceeds `relative` times ∫|f| on the piece (at most 30 levels deep).
 * Bisection stops when the budget is spent, so a noisy integrand costs a
 * bounded number of evaluations; the panel's error estimate then reports it.
 */
export function refinePanel(f: (x: number) => number, wave: Oscillation, a: number,
  b: number, relative: number, budget: Budget, depth = 0): Panel[] {
  const panel = rulePanel(f, wave, a, b);
  budget.left -= OFFSETS.length;
  const mid = (a + b) / 2;
  const splittable = mid > a && mid < b && depth < MAX_DEPTH && budget.left > 0;
  const threshold = Math.max(relative, 4 * EPS) * panel.absValue;
  if (panel.error <= threshold || !splittable) return [panel];
  return [
    ...refinePanel(f, wave, a, mid, relative, budget, depth + 1),
    ...refinePanel(f, wave, mid, b, relative, budget, depth + 1),
  ];
}

/** Number of evaluations of f that a list of panels cost. */
export function panelEvaluations(panels: readonly Panel[]): number {
  return panels.length * OFFSETS.length;
}

/**
 * Edges of the panels covering [lo, hi]: anchor + j·width for integers j,
 * plus every breakpoint inside the covered range, so that a panel with a
 * given left edge is always split the same way.
 */
export function panelEdges(lo: number, hi: number, width: number, anchor: number,
  breakpoints: readonly number[]): number[] {
  const first = Math.floor((lo - anchor) / width);
  const last = Math.ceil((hi - anchor) / width);
  const edges = new Set<number>();
  for (let j = first; j <= last; j++) edges.add(anchor + j * width);
  const from = anchor + first * width;
  const to = anchor + last * width;
  for (const p of breakpoints) if (p > from && p < to) edges.add(p);
  return [...edges].sort((p, q) => p - q);
}

/** Σ over panels at one ε, with the error estimates that go with it. */
export interface PanelSum {
  value: Complex;
  /** Truncation error estimates, each scaled by its panel's envelope. */
  truncation: number;
  /**
   * Statistical estimate of the rounding error: 8·2^−52·√(Σ|term|²),
   * for independent relative errors of a few ulp in each term.
   */
  rounding: number;
}

/** e^{−ε(hi + lo)} to a few ulp, with ε·hi formed exactly. */
function gaussian(epsilon: number, hi: number, lo: number): number {
  if (epsilon === 0) return 1;
  const [p, e] = twoProduct(epsilon, hi);
  return Math.exp(-p) * (1 - e - epsilon * lo);
}

/**
 * Σ over panels of the Gaussian-weighted node values, with Neumaier's
 * compensated summation.
 */
export function sumPanels(panels: readonly Panel[], epsilon: number): PanelSum {
  let re = 0, reCarry = 0, im = 0, imCarry = 0, truncation = 0, squares = 0;
  for (const p of panels) {
    for (let k = 0; k < p.re.length; k++) {
      const g = gaussian(epsilon, p.squaresHi[k]!, p.squaresLo[k]!);
      const tRe = g * p.re[k]!;
      const tIm = g * p.im[k]!;
      squares += tRe * tRe + tIm * tIm;
      let next = re + tRe;
      reCarry += Math.abs(re) >= Math.abs(tRe) ? (re - next) + tRe : (tRe - next) + re;
      re = next;
      next = im + tIm;
      imCarry += Math.abs(im) >= Math.abs(tIm) ? (im - next) + tIm : (tIm - next) + im;
      im = next;
    }
    truncation += Math.exp(-epsilon * p.minSquare) * p.error;
  }
  return {
    value: { re: re + reCarry, im: im + imCarry },
    truncation,
    rounding: 8 * EPS * Math.sqrt(squares),
  };
}
