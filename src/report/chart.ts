/**
 * The report's plot: σ_b·A and σ_b·B against |ξ| on log-log axes, one
 * panel each, all activations in each panel. Solid lines are the closed
 * form (or the toolkit's quadrature over r), circles the independent
 * check, dashed lines the decay laws. The y values are log10 of the
 * coefficient, drawn on a linear axis labelled as powers of ten, because
 * far in the tail the coefficients are below the smallest double.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { ActivationSeries, Coefficient, Limit } from './series.js';
import { loadPackage } from './packages.js';

export interface ChartRow {
  readonly activation: string;
  readonly xi: number;
  readonly log10: number;
  readonly line: string;
}

const LINES: Record<'curve' | Limit, string> = {
  curve: 'coefficient',
  high: 'law as |ξ| → ∞',
  low: 'law as |ξ| → 0',
};

export function chartRows(
  all: readonly ActivationSeries[],
  name: Coefficient,
): ChartRow[] {
  const rows: ChartRow[] = [];
  for (const s of all) {
    const activation = s.derivation.activation.name;
    const c = s.coefficients.find((k) => k.name === name);
    if (!c || c.skipped) continue;
    const add = (line: string, xi: number, log10: number) => {
      if (Number.isFinite(log10)) rows.push({ activation, xi, log10, line });
    };
    c.curve.forEach((p) => add(LINES.curve, p.xi, p.log10));
    for (const limit of ['high', 'low'] as const) {
      c.laws[limit]?.forEach((p) => add(LINES[limit], p.xi, p.log10));
    }
    c.checks.forEach((p) => add('independent check', p.xi, p.checkLog10));
  }
  return rows;
}

/**
 * Computes the padded y range of the plotted coefficients, so that law
 * lines that leave it are clipped instead of stretching the axis.
 */
function yDomain(rows: readonly ChartRow[]): [number, number] {
  const values = rows.filter((r) => r.line === LINES.curve).map((r) => r.log10);
  if (values.length === 0) return [-1, 1];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = Math.max(0.5, 0.05 * (hi - lo));
  return [Math.floor(lo - pad), Math.ceil(hi + pad)];
}

const DASHES = {
  domain: [LINES.curve, LINES.high, LINES.low],
  range: [
    [1, 0],
    [7, 4],
    [2, 3],
  ],
};

function panel(name: Coefficient, rows: readonly ChartRow[], size: ChartSize) {
  const x = {
    field: 'xi',
    type: 'quantitative',
    title: '|ξ|',
    scale: { type: 'log' },
    axis: { format: '~g' },
  } as const;
  const y = {
    field: 'log10',
    type: 'quantitative',
    title: `σ_b ${name}(|ξ|)`,
    scale: { domain: yDomain(rows), nice: false, zero: false },
    axis: { labelExpr: "'1e' + datum.value", tickMinStep: 1 },
  } as const;
  const color = { field: 'activation', type: 'nominal', title: 'activation' } as const;
  return {
    title: `σ_b·${name}`,
    width: size.width,
    height: size.height,
    data: { values: rows },
    layer: [
      {
        transform: [{ filter: "datum.line !== 'independent check'" }],
        mark: { type: 'line', clip: true, strokeWidth: 1.6 },
        encoding: {
          x,
          y,
          color,
          strokeDash: { field: 'line', type: 'nominal', title: 'lines', scale: DASHES },
        },
      },
      {
        // A field of its own keeps the point legend apart from the line legend.
        transform: [
          { filter: "datum.line === 'independent check'" },
          { calculate: 'datum.line', as: 'marker' },
        ],
        mark: { type: 'point', filled: false, size: 55, strokeWidth: 1.5, clip: true },
        encoding: {
          x,
          y,
          color,
          shape: {
            field: 'marker',
            type: 'nominal',
            title: 'points',
            scale: { range: ['circle'] },
          },
        },
      },
    ],
  };
}

export interface ChartSize {
  readonly width: number;
  readonly height: number;
}

/** A Vega-Lite specification, as JSON. */
export type VegaLiteSpec = Record<string, unknown>;

export function chartSpec(
  all: readonly ActivationSeries[],
  size: ChartSize,
): VegaLiteSpec {
  const panels = (['A', 'B'] as const)
    .map((name) => ({ name, rows: chartRows(all, name) }))
    .filter((p) => p.rows.length > 0)
    .map((p) => panel(p.name, p.rows, size));
  return {
    config: { font: 'sans-serif', legend: { orient: 'right' } },
    hconcat: panels,
    resolve: { scale: { color: 'shared', strokeDash: 'shared', shape: 'shared' } },
  };
}

/** Renders the Vega-Lite spec to SVG text, headless (no browser, no canvas). */
export async function renderSvg(spec: VegaLiteSpec): Promise<string> {
  const vega = await loadPackage('vega', () => import('vega'));
  const vegaLite = await loadPackage('vega-lite', () => import('vega-lite'));
  const compiled = vegaLite.compile(spec as unknown as TopLevelSpec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
