/**
 * Where a positive integrand over r ∈ (0, ∞) lives: its maximum, the
 * width of the peak and the interval outside which f stays below e^−drop
 * times its maximum. All of it is found in double precision from ln f(r),
 * computed in extended range, so values such as e^−1095 are no obstacle.
 *
 * Far in the tail the LFP integrands are narrow peaks far from the
 * origin (tanh at ξ = 1000: width about 0.6 near r ≈ 27), which a
 * quadrature on (0, ∞) without breakpoints would miss entirely.
 */
import { ConvergenceError, LfpError } from '../errors.js';

export interface PeakLocation {
  /** The r where ln f is largest. */
  readonly peak: number;
  /** Half the distance between the points where ln f is 1/2 below its maximum. */
  readonly width: number;
  /** The lower end of the support: 0 when f is not negligible down to r → 0. */
  readonly lower: number;
  readonly upper: number;
  /** ln f at the peak. */
  readonly logMax: number;
}

/** Scan grid: r = 2^(k/4) for k from −4·40 to 4·40. */
const GRID_STEPS_PER_OCTAVE = 4;
const GRID_OCTAVES = 40;
const BISECTIONS = 60;
const GOLDEN_STEPS = 80;

/**
 * Returns ln f with NaN and failed evaluations counted as −∞: far out on
 * the scan grid an evaluation can overflow even the extended range.
 */
export function safeLog(logf: (r: number) => number): (r: number) => number {
  return (r) => {
    try {
      const v = logf(r);
      return Number.isNaN(v) ? -Infinity : v;
    } catch (error) {
      if (error instanceof LfpError) return -Infinity;
      throw error;
    }
  };
}

function scanGrid(g: (r: number) => number): { r: number[]; values: number[] } {
  const r: number[] = [];
  const last = GRID_OCTAVES * GRID_STEPS_PER_OCTAVE;
  for (let k = -last; k <= last; k++) r.push(2 ** (k / GRID_STEPS_PER_OCTAVE));
  return { r, values: r.map(g) };
}

/** Maximises g on [a, b] by golden-section search, assuming g is unimodal there. */
function goldenMaximum(g: (r: number) => number, a: number, b: number): number {
  const ratio = (Math.sqrt(5) - 1) / 2;
  let x1 = b - ratio * (b - a);
  let x2 = a + ratio * (b - a);
  let [g1, g2] = [g(x1), g(x2)];
  for (let k = 0; k < GOLDEN_STEPS && b - a > 1e-15 * b; k++) {
    if (g1 < g2) {
      [a, x1, g1] = [x1, x2, g2];
      x2 = a + ratio * (b - a);
      g2 = g(x2);
    } else {
      [b, x2, g2] = [x2, x1, g1];
      x1 = b - ratio * (b - a);
      g1 = g(x1);
    }
  }
  return g1 > g2 ? x1 : x2;
}

/** Finds r between inside (g ≥ level) and outside (g < level) where g crosses level. */
export function crossing(g: (r: number) => number, inside: number, outside: number,
  level: number): number {
  for (let k = 0; k < BISECTIONS; k++) {
    const middle = (inside + outside) / 2;
    if (g(middle) >= level) inside = middle;
    else outside = middle;
  }
  return outside;
}

/**
 * Locates the peak of f and the interval [lower, upper] outside which
 * ln f < ln f(peak) − drop on the whole scan grid (r from 2^−40 to 2^40).
 * Throws ConvergenceError when f is not positive anywhere on the grid or
 * does not fall by `drop` before r = 2^40.
 */
export function locatePeak(logf: (r: number) => number, drop: number): PeakLocation {
  const g = safeLog(logf);
  const { r, values } = scanGrid(g);
  let top = 0;
  values.forEach((v, k) => { if (v > values[top]!) top = k; });
  if (!(values[top]! > -Infinity)) {
    throw new ConvergenceError('the radial integrand is zero or undefined on ' +
      'the whole range 2^-40 ≤ r ≤ 2^40, so its peak cannot be located',
    { value: 0, error: Infinity, evaluations: r.length });
  }
  const left = r[Math.max(0, top - 1)]!;
  const right = r[Math.min(r.length - 1, top + 1)]!;
  const peak = goldenMaximum(g, left, right);
  const logMax = Math.max(g(peak), values[top]!);
  const level = logMax - drop;
  const lower = lowerEnd(g, r, values, top, peak, level);
  const upper = upperEnd(g, r, values, top, peak, level);
  return { peak, width: peakWidth(g, peak, logMax, lower, upper), lower, upper, logMax };
}

function lowerEnd(g: (r: number) => number, r: number[], values: number[],
  top: number, peak: number, level: number): number {
  let k = top - 1;
  while (k >= 0 && values[k]! >= level) k -= 1;
  if (k < 0 || values.slice(0, k).some((v) => v >= level)) return 0;
  return crossing(g, Math.min(r[k + 1]!, peak), r[k]!, level);
}

function upperEnd(g: (r: number) => number, r: number[], values: number[],
  top: number, peak: number, level: number): number {
  let k = top + 1;
  while (k < r.length && values[k]! >= level) k += 1;
  if (k >= r.length || values.slice(k + 1).some((v) => v >= level)) {
    throw new ConvergenceError('the radial integrand does not decay before ' +
      'r = 2^40, so its integral over r cannot be truncated',
    { value: Infinity, error: Infinity, evaluations: r.length });
  }
  return crossing(g, Math.max(r[k - 1]!, peak), r[k]!, level);
}

/** Half the distance between the points where g is 1/2 below its maximum. */
function peakWidth(g: (r: number) => number, peak: number, logMax: number,
  lower: number, upper: number): number {
  const level = logMax - 0.5;
  const below = g(lower) >= level ? lower : crossing(g, peak, lower, level);
  const above = crossing(g, peak, upper, level);
  return Math.max((above - below) / 2, 1e-12 * peak);
}
