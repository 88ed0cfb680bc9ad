/**
 * Training data for the dynamics and training commands: a target formula
 * in x sampled on a uniform grid, or (x, y) pairs read from text.
 */
import { InputError, LfpError } from '../errors.js';
import { parseActivation } from '../expr/parse.js';
import { realFunction } from '../evaluate/compile.js';

export interface TrainingData {
  readonly xs: Float64Array;
  readonly ys: Float64Array;
  /** Length L that sets the frequency grid ξ_k = k/L of the spectra. */
  readonly period: number;
  /** The formula or "file" with the number of points, for reports. */
  readonly source: string;
}

/** The kernel matrix is decomposed by Jacobi rotations, about 1.5 s at 256 points. */
export const MAX_POINTS = 256;

export interface GridOptions {
  /** Number of grid points; default 64. */
  readonly points?: number;
  /** The grid covers [start, end) with spacing (end − start)/points; default [0, 1). */
  readonly interval?: readonly [number, number];
}

/** Samples a formula in x at x_i = start + i·(end − start)/n, i = 0 … n−1. */
export function sampleTarget(formula: string, options: GridOptions = {}): TrainingData {
  const n = options.points ?? 64;
  if (!Number.isInteger(n) || n < 4 || n > MAX_POINTS) {
    throw new InputError(`--points ${n} is invalid: expected an integer from 4 `
      + `to ${MAX_POINTS}`);
  }
  const [start, end] = options.interval ?? [0, 1];
  if (!(Number.isFinite(start) && Number.isFinite(end) && start < end)) {
    throw new InputError(`--interval ${start},${end} is invalid: expected two finite `
      + 'numbers a,b with a < b');
  }
  const f = realFunction(parseActivation(formula).expr, 'x');
  const xs = Float64Array.from({ length: n }, (_, i) => start + ((end - start) * i) / n);
  const ys = xs.map((x) => {
    const y = valueAt(f, formula, x);
    if (!Number.isFinite(y)) {
      throw new InputError(`the target "${formula}" is ${y} at x = ${x}; `
        + 'it must be finite on the whole grid');
    }
    return y;
  });
  return { xs, ys, period: end - start, source: `${formula} on ${n} points` };
}

function valueAt(f: (x: number) => number, formula: string, x: number): number {
  try {
    return f(x);
  } catch (e) {
    if (!(e instanceof LfpError)) throw e;
    throw new InputError(`--target "${formula}" has no value at the grid point x = ${x}: `
      + `${e.message}; it must be finite on the whole grid`);
  }
}

/**
 * Reads one "x y" pair per line, separated by spaces, a tab or a comma.
 * Blank lines and lines starting with # are skipped.
 */
export function parseData(text: string, name = 'the data file'): TrainingData {
  const xs: number[] = [];
  const ys: number[] = [];
  text.split(/\r?\n/).forEach((raw, k) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const fields = line.split(/[\s,]+/);
    const [x, y] = fields.map(Number);
    if (fields.length !== 2 || !Number.isFinite(x) || !Number.isFinite(y)) {
      throw new InputError(`${name}, line ${k + 1}: "${clip(line)}" is invalid: expected `
        + 'two finite numbers "x y"');
    }
    xs.push(x!);
    ys.push(y!);
  });
  if (xs.length < 4 || xs.length > MAX_POINTS) {
    throw new InputError(`${name} has ${xs.length} points: expected 4 to ${MAX_POINTS}`);
  }
  if (new Set(xs).size !== xs.length) {
    throw new InputError(`${name} repeats an x value: each point needs its own x`);
  }
  const span = Math.max(...xs) - Math.min(...xs);
  const period = (span * xs.length) / (xs.length - 1);
  return {
    xs: Float64Array.from(xs), ys: Float64Array.from(ys), period,
    source: `${name} (${xs.length} points)`,
  };
}

const clip = (t: string) => (t.length > 40 ? `${t.slice(0, 37)}...` : t);
