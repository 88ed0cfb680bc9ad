/**
 * The x-space kernel that an LFP coefficient stands for in d = 1:
 *
 *   Č(z) = ∫ C(ξ) e^{2πiξz} dξ = 2 ∫_0^∞ C(ξ) cos(2πξz) dξ.
 *
 * Near ξ = 0 a coefficient grows like |ξ|^{−p} (p = 2 for tanh, 4 for
 * ReLU); for p ≥ 1 the integral diverges there and Č is defined only
 * modulo polynomials in z. On (0, 1] the even Taylor polynomial of
 * cos(2πξz) of degree j is subtracted, which changes Č by a polynomial
 * of degree j in z and nothing else; j is the least even integer with
 * j > p − 3, so that what is left is integrable at 0. Beyond ξ = 1 the
 * integrand is used as it is, and past the last panel the
 * high-frequency law supplies the tail.
 */
import { InputError } from '../errors.js';
import { compositeRule, partition } from './panel-rule.js';
import { logInterpolant } from './log-interpolant.js';

/** A coefficient C(ξ), ξ > 0, with its laws at both ends. */
export interface CoefficientProfile {
  readonly value: (xi: number) => number;
  /** C ~ lowConstant·ξ^{−lowPower} as ξ → 0 (constant undefined if not known). */
  readonly lowPower: number;
  readonly lowConstant?: number;
  /** C ~ const·ξ^{−p} e^{−cξ^β} as ξ → ∞: exponential when c > 0. */
  readonly high: { readonly C: number; readonly p: number; readonly c: number };
}

export interface InverseTable {
  /** Degree j of the polynomial in z that Č is taken modulo; −1 if none. */
  readonly degree: number;
  /** Č(z), modulo polynomials of degree `degree`. */
  readonly at: (z: number) => number;
  /** Number of evaluations of C spent. */
  readonly evaluations: number;
}

/** Below this ξ the low-frequency law stands for C. */
const SMALL = 2 ** -10;
/** Without a usable law, panels go down to this ξ; the rest is negligible. */
const SMALLEST = 2 ** -36;
/** An exponential tail ends where C is below this fraction of C(1). */
const NEGLIGIBLE = 1e-15;
const MAX_FREQUENCY = 4096;

interface Table {
  readonly nodes: number[];
  readonly weights: number[];
  readonly values: number[];
}

/** Returns the smallest even j > p − 3 for p ≥ 1, and −1 (no subtraction) otherwise. */
export function subtractedDegree(lowPower: number): number {
  if (lowPower < 1) return -1;
  const j = 2 * Math.floor((lowPower - 3) / 2) + 2;
  return Math.max(j, 0);
}

/**
 * Tabulates C once; every z then costs one sum. `reach` is the largest
 * |z| asked for and `nearest` the smallest nonzero one.
 */
export function inverseCoefficient(c: CoefficientProfile, reach: number,
  nearest: number): InverseTable {
  if (!(reach > 0 && Number.isFinite(reach) && nearest > 0)) {
    throw new InputError(`the data span ${reach} is invalid: expected a finite span > 0`);
  }
  const degree = subtractedDegree(c.lowPower);
  const useLaw = c.lowConstant !== undefined && degree >= 0;
  const start = useLaw ? SMALL : SMALLEST;
  const end = cutOff(c, nearest);
  const sampled = sampler(c.value, start, end);
  // Half a turn of cos(2πξz) per panel at the largest |z|.
  const width = Math.min(1, 0.5 / reach);
  const low = tabulate(sampled.at, partition(start, 1, width, octaves(start)));
  const high = tabulate(sampled.at, partition(1, end, width));
  // An integrable C ~ ξ^{−p}, p < 1, on [0, start], where cos(2πξz) ≈ 1.
  const first = degree < 0 ? (start * sampled.at(start)) / (1 - c.lowPower) : 0;
  return {
    degree, evaluations: sampled.evaluations,
    at: (z) => {
      const t = 2 * Math.PI * z;
      let sum = useLaw ? lawIntegral(c.lowConstant!, c.lowPower, degree, start, t) : 0;
      if (degree < 0) sum += first;
      sum += weightedSum(low, t, degree);
      sum += weightedSum(high, t, -1);
      if (c.high.c <= 0) sum += powerTail(c.high, end, t);
      return 2 * sum;
    },
  };
}

function weightedSum(table: Table, t: number, degree: number): number {
  let sum = 0;
  for (let k = 0; k < table.nodes.length; k++) {
    sum += table.weights[k]! * table.values[k]! * cosineRemainder(t * table.nodes[k]!, degree);
  }
  return sum;
}

/** C interpolated on a log-log scale where it is positive, else C itself. */
function sampler(f: (xi: number) => number, lo: number, hi: number) {
  const smooth = logInterpolant(f, lo, hi);
  if (smooth) return smooth;
  let evaluations = 0;
  return {
    at: (xi: number) => {
      evaluations++;
      return f(xi);
    },
    get evaluations() { return evaluations; },
  };
}

function octaves(lo: number): number[] {
  const edges: number[] = [];
  for (let e = lo * 2; e < 1; e *= 2) edges.push(e);
  return edges;
}

/** Returns the 7-point Gauss nodes of each panel, with C at every node. */
function tabulate(f: (xi: number) => number, edges: readonly number[]): Table {
  const rule = compositeRule(edges);
  const nodes: number[] = [];
  const weights: number[] = [];
  rule.nodes.forEach((xi, k) => {
    if (rule.gaussWeights[k] === 0) return;
    nodes.push(xi);
    weights.push(rule.gaussWeights[k]!);
  });
  return { nodes, weights, values: nodes.map(f) };
}

/**
 * ∫_0^s a ξ^{−p} (cos(tξ) − T_j(tξ)) dξ term by term: the terms of the
 * cosine series past degree j, each integrable at 0 because 2k > p − 1.
 */
function lawIntegral(a: number, p: number, j: number, s: number, t: number): number {
  let sum = 0;
  let term = 1;
  for (let k = 1; k <= j / 2 + 1; k++) term *= -(t * t) / ((2 * k - 1) * (2 * k));
  for (let k = j / 2 + 1; k < 60; k++) {
    const piece = (term * s ** (2 * k - p + 1)) / (2 * k - p + 1);
    sum += piece;
    if (Math.abs(piece) <= 1e-18 * Math.abs(sum)) break;
    term *= -(t * t) / ((2 * k + 1) * (2 * k + 2));
  }
  return a * sum;
}

/**
 * Returns the last frequency tabulated. An exponential tail ends where C is
 * negligible against C(1); a power tail goes far enough that its
 * asymptotic integral below is accurate at the smallest |z| > 0.
 */
function cutOff(c: CoefficientProfile, nearest: number): number {
  if (c.high.c > 0) {
    const scale = Math.abs(c.value(1));
    let xi = 2;
    while (xi < MAX_FREQUENCY && Math.abs(c.value(xi)) > NEGLIGIBLE * scale) xi *= 2;
    return xi;
  }
  if (!(c.high.p > 1)) {
    throw new InputError(`the coefficient decays like |ξ|^−${c.high.p}: its x-space `
      + 'kernel needs a decay faster than 1/|ξ|');
  }
  const needed = (4 * (c.high.p + 4)) / (2 * Math.PI * nearest);
  return Math.min(MAX_FREQUENCY, Math.max(64, 2 ** Math.ceil(Math.log2(needed))));
}

/**
 * cos t minus its Taylor polynomial of degree j, by the series where
 * the two nearly cancel.
 */
export function cosineRemainder(t: number, j: number): number {
  if (j < 0) return Math.cos(t);
  const t2 = t * t;
  if (t2 > 1) {
    let poly = 0;
    let term = 1;
    for (let k = 0; 2 * k <= j; k++) {
      poly += term;
      term *= -t2 / ((2 * k + 1) * (2 * k + 2));
    }
    return Math.cos(t) - poly;
  }
  let term = 1;
  for (let k = 0; 2 * k <= j; k++) term *= -t2 / ((2 * k + 1) * (2 * k + 2));
  let sum = 0;
  for (let k = j / 2 + 1; Math.abs(term) > 1e-18 * Math.abs(sum); k++) {
    sum += term;
    term *= -t2 / ((2 * k + 1) * (2 * k + 2));
  }
  return sum;
}

/**
 * ∫_X^∞ C ξ^{−p} cos(tξ) dξ by integration by parts, which gives the
 * asymptotic series −f sin/t − f′ cos/t² + f″ sin/t³ + f‴ cos/t⁴ … at X.
 * Its terms shrink like (p + k)/(tX), and X is chosen so that tX is large.
 */
function powerTail(law: CoefficientProfile['high'], x: number, t: number): number {
  const { C, p } = law;
  if (t === 0) return (C * x ** (1 - p)) / (p - 1);
  // Closer than the data spacing tX is small and the series diverges, so
  // the law is integrated by quadrature up to where the series holds.
  const start = (4 * (p + 4)) / Math.abs(t);
  if (start > x) return lawQuadrature(C, p, x, start, t) + powerTail(law, start, t);
  let derivative = C * x ** -p;
  let sum = 0;
  const s = Math.sin(t * x);
  const co = Math.cos(t * x);
  const signs = [-s, -co, s, co];
  for (let k = 0; k < 8; k++) {
    sum += (signs[k % 4]! * derivative) / t ** (k + 1);
    derivative *= -(p + k) / x;
  }
  return sum;
}

/** ∫_a^b C ξ^{−p} cos(tξ) dξ on panels in geometric progression. */
function lawQuadrature(C: number, p: number, a: number, b: number, t: number): number {
  const edges = [a];
  while (edges[edges.length - 1]! < b) edges.push(Math.min(b, edges[edges.length - 1]! * 1.25));
  // A panel also spans at most a quarter turn of the cosine.
  const rule = compositeRule(partition(a, b, Math.PI / (2 * Math.abs(t)), edges));
  let sum = 0;
  rule.nodes.forEach((xi, k) => {
    sum += rule.weights[k]! * C * xi ** -p * Math.cos(t * xi);
  });
  return sum;
}
