/**
 * Everything a report shows, computed once and then written as HTML and
 * Markdown: derivations, plotted series, the chart and the checks.
 */
import { derive, resolveKernelOptions, type DeriveOptions } from '../derive.js';
import { InputError } from '../errors.js';
import * as Q from '../expr/rational.js';
import type { KernelOptions } from '../kernel/weights.js';
import { chartSpec, renderSvg, type VegaLiteSpec } from './chart.js';
import {
  DEFAULT_GRID,
  checkGrid,
  checkPoints,
  logGrid,
  type GridOptions,
} from './grid.js';
import { activationSeries, seriesSteps, type ActivationSeries } from './series.js';
import { checkRows, lawRows, type CheckRow, type LawRow } from './verification.js';

/** The network (as for `derive`), the plotted |ξ| range and the checks. */
export interface ReportOptions extends DeriveOptions, Partial<GridOptions> {
  /** Number of grid points checked by the independent route (default 7). */
  readonly checks?: number;
  /** Called after each grid point, with the work done and the total. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** Content of a report, computed by {@link buildReport}. */
export interface ReportData {
  /** Names of the activations, as resolved ("elu(alpha=0.5)"). */
  readonly activations: readonly string[];
  /** The network's settings in one line. */
  readonly settings: string;
  readonly grid: GridOptions;
  /** Per activation: its derivation and the plotted values. */
  readonly series: readonly ActivationSeries[];
  /** Plotted values against the independent route. */
  readonly checks: readonly CheckRow[];
  /** Coefficient/law ratios near each end of the range. */
  readonly laws: readonly LawRow[];
  /** The Vega-Lite spec of the chart, with its data; absent when nothing is plotted. */
  readonly chart?: VegaLiteSpec;
  /** The chart rendered to SVG by Vega. */
  readonly svg?: string;
}

export const MAX_ACTIVATIONS = 12;

export const CHART_SIZE = { width: 440, height: 340 };

/**
 * Derives each activation and computes what its report shows: σ_b·A and
 * σ_b·B on a log grid of |ξ| (default 0.01 to 100, 41 points), the same at
 * a few points by an independent route, the decay laws, and the chart.
 * Needs the packages vega and vega-lite.
 *
 * @throws InputError for bad activations, options or grid; LfpError when
 *   vega or vega-lite is not installed.
 */
export async function buildReport(
  specs: readonly string[],
  o: ReportOptions = {},
): Promise<ReportData> {
  if (specs.length === 0 || specs.length > MAX_ACTIVATIONS) {
    throw new InputError(
      `${specs.length} activations given: a report takes 1 to ` + `${MAX_ACTIVATIONS}`,
    );
  }
  const grid = checkGrid({ ...DEFAULT_GRID, ...definedGrid(o) });
  const xs = logGrid(grid);
  const checkXs = checkPoints(xs, checkCount(o.checks ?? 7));
  const derivations = specs.map((s) => derive(s, o));
  const total = derivations.reduce((n, d) => n + seriesSteps(d, xs), 0);
  let done = 0;
  const tick = () => o.onProgress?.(++done, total);
  const series = derivations.map((d) => activationSeries(d, xs, checkXs, tick));
  const plotted = series.some((s) => s.coefficients.some((c) => c.curve.length > 0));
  const chart = plotted ? chartSpec(series, CHART_SIZE) : undefined;
  const data: ReportData = {
    activations: derivations.map((d) => d.activation.name),
    settings: settingsText(resolveKernelOptions(o)),
    grid,
    series,
    checks: checkRows(series),
    laws: lawRows(series),
    ...(chart ? { chart, svg: await renderSvg(chart) } : {}),
  };
  return data;
}

function checkCount(n: number): number {
  if (!Number.isInteger(n) || n < 2 || n > 100) {
    throw new InputError(`--checks = ${n} is invalid: expected an integer from 2 to 100`);
  }
  return n;
}

function definedGrid(o: Partial<GridOptions>): Partial<GridOptions> {
  const out: { -readonly [K in keyof GridOptions]?: number } = {};
  if (o.xiMin !== undefined) out.xiMin = o.xiMin;
  if (o.xiMax !== undefined) out.xiMax = o.xiMax;
  if (o.points !== undefined) out.points = o.points;
  return out;
}

/** Describes the network's settings in one line, the report's subtitle. */
export function settingsText(k: KernelOptions): string {
  const w =
    k.weights.kind === 'gaussian'
      ? `Gaussian weights w ~ N(0, σ_w² I) with σ_w = ${Q.toString(k.weights.sigmaW)}`
      : `weights on the sphere |w| = r_0 = ${Q.toString(k.weights.r0)}`;
  return `d = ${k.dim}, ${w}, σ_a = ${Q.toString(k.sigmaA)}`;
}
