/** The |ξ| grid of the report's plots and its checks. */
import { InputError } from '../errors.js';

export interface GridOptions {
  /** Smallest |ξ| of the plot. */
  readonly xiMin: number;
  /** Largest |ξ| of the plot. */
  readonly xiMax: number;
  /** Number of log-spaced points. */
  readonly points: number;
}

export const DEFAULT_GRID: GridOptions = { xiMin: 0.01, xiMax: 100, points: 41 };

const MAX_POINTS = 2000;

export function checkGrid(g: GridOptions): GridOptions {
  const ok = (v: number) => Number.isFinite(v) && v > 0;
  if (!ok(g.xiMin) || !ok(g.xiMax) || g.xiMin >= g.xiMax) {
    throw new InputError(
      `|ξ| range ${g.xiMin} to ${g.xiMax} is invalid: ` +
        'expected 0 < --xi-min < --xi-max, finite',
    );
  }
  if (!Number.isInteger(g.points) || g.points < 3 || g.points > MAX_POINTS) {
    throw new InputError(
      `--points = ${g.points} is invalid: ` +
        `expected an integer from 3 to ${MAX_POINTS}`,
    );
  }
  return g;
}

/** `points` values from xiMin to xiMax, equally spaced in log |ξ|. */
export function logGrid(g: GridOptions): number[] {
  const a = Math.log10(g.xiMin);
  const b = Math.log10(g.xiMax);
  const step = (b - a) / (g.points - 1);
  return Array.from({ length: g.points }, (_, k) => 10 ** (a + k * step));
}

/**
 * About `count` points of the grid, spread evenly and always including
 * both ends: the points where the independent check is run.
 */
export function checkPoints(xs: readonly number[], count: number): number[] {
  if (xs.length <= count) return [...xs];
  const picked = new Set<number>();
  for (let k = 0; k < count; k += 1) {
    picked.add(Math.round((k * (xs.length - 1)) / (count - 1)));
  }
  return [...picked].sort((a, b) => a - b).map((k) => xs[k]!);
}
