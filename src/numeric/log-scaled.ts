/**
 * Integration of an integrand given as its natural logarithm, for values
 * far outside the double range (the r-average of an LFP coefficient in
 * the far tail, ∫ e^{−10^4 φ(r)} dr).
 *
 * The maximum M of log f is located on a grid (uniform on a finite
 * interval, geometric towards an infinite end: 10^{k/4} from the finite
 * point, 10^{−12} to 10^{12}), together with any `peak` hints, and
 * refined by golden-section search between the neighbours of the best
 * grid point. Then ∫ e^{log f − M} is computed by `integrate` with
 * breakpoints at the maximum and at multiples of the peak width measured
 * there, and log ∫ f = M + log ∫ e^{log f − M}.
 * NOTE: a peak narrower than the grid spacing and not given as a hint
 * can be missed. The result is then too small and may still report
 * convergence.
 */
import { ConvergenceError, InputError } from '../errors.js';
import type { QuadOptions } from './quadrature-options.js';
import { requireLimits, resolveOptions } from './quadrature-options.js';
import { integrate } from './adaptive.js';

export interface LogQuadOptions extends Omit<QuadOptions, 'absTol'> {
  /** Points where log f is known or expected to peak. */
  peak?: number | readonly number[];
}

export interface LogQuadResult {
  /** log ∫_a^b f(x) dx. */
  logValue: number;
  /** Estimated relative error of ∫ f (absolute error of logValue). */
  relError: number;
  converged: boolean;
  evaluations: number;
}

const UNIFORM_POINTS = 64;
const GOLDEN_STEPS = 80;
const INV_PHI = (Math.sqrt(5) - 1) / 2;

function gridPoints(a: number, b: number): number[] {
  if (Number.isFinite(a) && Number.isFinite(b)) {
    const step = (b - a) / UNIFORM_POINTS;
    return Array.from({ length: UNIFORM_POINTS }, (_, k) => a + (k + 0.5) * step);
  }
  const offsets = Array.from({ length: 97 }, (_, k) => 10 ** ((k - 48) / 4));
  if (Number.isFinite(a)) return offsets.map((d) => a + d);
  if (Number.isFinite(b)) return offsets.map((d) => b - d);
  return [0, ...offsets, ...offsets.map((d) => -d)];
}

function checkedLog(logf: (x: number) => number): (x: number) => number {
  return (x) => {
    const y = logf(x);
    if (Number.isNaN(y) || y === Infinity) {
      throw new InputError(
        `log f is ${y} at x = ${x}; it must be a number below +Infinity ` +
        '(−Infinity stands for f = 0)');
    }
    return y;
  };
}

/** Golden-section search for the maximum of g on [lo, hi]. */
function refineMaximum(g: (x: number) => number, lo: number, hi: number): number {
  let left = lo;
  let right = hi;
  let x1 = right - INV_PHI * (right - left);
  let x2 = left + INV_PHI * (right - left);
  let g1 = g(x1);
  let g2 = g(x2);
  for (let k = 0; k < GOLDEN_STEPS && x1 < x2; k++) {
    if (g1 >= g2) {
      right = x2;
      x2 = x1;
      g2 = g1;
      x1 = right - INV_PHI * (right - left);
      g1 = g(x1);
    } else {
      left = x1;
      x1 = x2;
      g1 = g2;
      x2 = left + INV_PHI * (right - left);
      g2 = g(x2);
    }
  }
  return g1 >= g2 ? x1 : x2;
}

interface Peak {
  location: number;
  logMax: number;
  evaluations: number;
}

/** Multiples of the peak width where extra breakpoints are placed. */
const WIDTH_MULTIPLES = [1, 3, 10, 30];

/**
 * Width σ = (−g'')^{−1/2} of the peak of g at x, from second differences
 * with a step refined twice towards σ/4; undefined where g is not
 * concave at x. Breakpoints at x ± kσ let the Gauss–Kronrod rule see a
 * peak much narrower than the interval.
 */
function peakWidth(g: (x: number) => number, x: number, gx: number, a: number,
  b: number): number | undefined {
  let step = 1e-3 * Math.max(Math.abs(x), 1e-3);
  let width: number | undefined;
  for (let k = 0; k < 3; k++) {
    if (!(x - step > a && x + step < b)) return width;
    const curvature = (g(x + step) - 2 * gx + g(x - step)) / (step * step);
    if (!(curvature < 0) || !Number.isFinite(curvature)) return width;
    width = 1 / Math.sqrt(-curvature);
    step = width / 4;
  }
  return width;
}

function widthBreakpoints(g: (x: number) => number, peak: Peak, a: number,
  b: number): number[] {
  const width = peakWidth(g, peak.location, peak.logMax, a, b);
  if (width === undefined) return [];
  const points = WIDTH_MULTIPLES.flatMap((k) => [
    peak.location - k * width, peak.location + k * width,
  ]);
  return points.filter((p) => p > a && p < b);
}

function locatePeak(g: (x: number) => number, a: number, b: number,
  hints: readonly number[]): Peak {
  const points = [...gridPoints(a, b), ...hints.filter((p) => p > a && p < b)];
  points.sort((p, q) => p - q);
  const values = points.map(g);
  let best = 0;
  for (let k = 1; k < values.length; k++) if (values[k]! > values[best]!) best = k;

  const lo = best > 0 ? points[best - 1]! : a;
  const hi = best + 1 < points.length ? points[best + 1]! : b;
  const refined = refineMaximum(g, Math.max(lo, a), Math.min(hi, b));
  const refinedValue = Number.isFinite(refined) ? g(refined) : -Infinity;
  const evaluations = points.length + GOLDEN_STEPS + 3;
  if (refinedValue > values[best]!) {
    return { location: refined, logMax: refinedValue, evaluations };
  }
  return { location: points[best]!, logMax: values[best]!, evaluations };
}

/**
 * log ∫_a^b f(x) dx for f = exp(logf), with a < b (either may be
 * infinite). `relTol` refers to ∫ f; absTol is not accepted because the
 * scale of ∫ f is not known in advance. With `strict`, non-convergence
 * throws ConvergenceError whose `reached.value` is the log of the
 * integral and `reached.error` its relative error.
 */
export function integrateLogScaled(logf: (x: number) => number, a: number, b: number,
  options: LogQuadOptions = {}): LogQuadResult {
  const opts = resolveOptions(options);
  requireLimits(a, b);
  if (!(a < b)) {
    throw new InputError(
      `the interval [${a}, ${b}] is invalid: integrateLogScaled needs a < b, ` +
      'because it returns the log of a positive integral');
  }
  const g = checkedLog(logf);
  const hints = options.peak === undefined ? [] : [options.peak].flat();
  const peak = locatePeak(g, a, b, hints);
  const shift = Number.isFinite(peak.logMax) ? peak.logMax : 0;
  const aroundPeak = Number.isFinite(peak.logMax) ? widthBreakpoints(g, peak, a, b) : [];
  const searchEvaluations = peak.evaluations + 6;

  const scaled = integrate((x) => Math.exp(g(x) - shift), a, b, {
    relTol: opts.relTol,
    maxEvaluations: Math.max(1, opts.maxEvaluations - searchEvaluations),
    breakpoints: [...opts.breakpoints, peak.location, ...aroundPeak, ...hints],
  });
  const result: LogQuadResult = {
    logValue: scaled.value > 0 ? shift + Math.log(scaled.value) : -Infinity,
    relError: scaled.value > 0 ? scaled.error / scaled.value : Infinity,
    converged: scaled.converged && scaled.value > 0,
    evaluations: searchEvaluations + scaled.evaluations,
  };
  if (result.converged || !opts.strict) return result;
  throw new ConvergenceError(
    `integrateLogScaled did not reach the requested tolerance: log of the ` +
    `integral ${result.logValue}, estimated relative error ` +
    `${result.relError.toExponential(2)} after ${result.evaluations} evaluations`,
    { value: result.logValue, error: result.relError, evaluations: result.evaluations });
}
