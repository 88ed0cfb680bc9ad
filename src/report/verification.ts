/**
 * The report's verification table: the plotted coefficient against the
 * independent route at the check points, and the ratio of coefficient
 * to decay law near each end of the plotted range.
 */
import type {
  ActivationSeries,
  Coefficient,
  CoefficientSeries,
  Limit,
  Point,
} from './series.js';

/**
 * Maximum relative difference of a check. The plotted values aim at
 * 1e-11 (quadrature over r) or better (closed forms), the check at
 * 1e-12; the margin covers the rounding of log10 values near −1000.
 */
export const CHECK_TOLERANCE = 1e-8;

export interface CheckRow {
  readonly activation: string;
  readonly coefficient: Coefficient;
  readonly xi: number;
  readonly method: string;
  readonly plottedLog10: number;
  readonly checkLog10: number;
  readonly relDiff: number;
  readonly passed: boolean;
  /** Reason the check could not be made. */
  readonly error?: string;
}

export interface LawRow {
  readonly activation: string;
  readonly coefficient: Coefficient;
  readonly limit: Limit;
  /** The end of the range first, then a point one decade inside. */
  readonly points: readonly { readonly xi: number; readonly ratio: number }[];
}

export function checkRows(all: readonly ActivationSeries[]): CheckRow[] {
  const rows: CheckRow[] = [];
  for (const s of all) {
    for (const c of s.coefficients) {
      for (const p of c.checks) {
        rows.push({
          activation: s.derivation.activation.name,
          coefficient: c.name,
          xi: p.xi,
          method: c.method,
          plottedLog10: p.formLog10,
          checkLog10: p.checkLog10,
          relDiff: p.relDiff,
          passed: p.converged && p.relDiff <= CHECK_TOLERANCE,
          ...(p.error ? { error: p.error } : {}),
        });
      }
    }
  }
  return rows;
}

export function lawRows(all: readonly ActivationSeries[]): LawRow[] {
  const rows: LawRow[] = [];
  for (const s of all) {
    for (const c of s.coefficients) {
      for (const limit of ['high', 'low'] as const) {
        const points = lawRatios(c, limit);
        if (points.length === 0) continue;
        rows.push({
          activation: s.derivation.activation.name,
          coefficient: c.name,
          limit,
          points,
        });
      }
    }
  }
  return rows;
}

/** coefficient/law at the end of the range nearest the limit, and a decade in. */
function lawRatios(c: CoefficientSeries, limit: Limit) {
  const law = c.laws[limit];
  if (!law || law.length === 0 || c.curve.length === 0) return [];
  const curve = limit === 'high' ? [...c.curve].reverse() : c.curve;
  const end = curve[0]!;
  const inside = nearest(curve, limit === 'high' ? end.xi / 10 : end.xi * 10);
  const out: { xi: number; ratio: number }[] = [];
  for (const p of [end, inside]) {
    const l = law.find((q) => q.xi === p.xi);
    if (!l || out.some((o) => o.xi === p.xi)) continue;
    out.push({ xi: p.xi, ratio: 10 ** (p.log10 - l.log10) });
  }
  return out;
}

function nearest(points: readonly Point[], xi: number): Point {
  let best = points[0]!;
  for (const p of points) {
    if (Math.abs(Math.log(p.xi / xi)) < Math.abs(Math.log(best.xi / xi))) best = p;
  }
  return best;
}

/** Formats the relative difference, or the reason there is none. */
export function differenceText(r: CheckRow, escape: (s: string) => string): string {
  if (r.error) return escape(`check failed: ${r.error}`);
  if (Number.isNaN(r.plottedLog10)) return 'no plotted value (see the notes above)';
  return r.relDiff.toExponential(1);
}

/** Formats a value given by its log10 as decimal text, at any exponent. */
export function formatLog10(log10: number, digits = 6): string {
  if (Number.isNaN(log10)) return '—';
  if (log10 === -Infinity) return '0';
  let exponent = Math.floor(log10);
  let mantissa = (10 ** (log10 - exponent)).toFixed(digits - 1);
  // Rounding can carry the mantissa up to 10.
  if (mantissa.startsWith('10')) {
    exponent += 1;
    mantissa = (10 ** (log10 - exponent)).toFixed(digits - 1);
  }
  return `${mantissa}e${exponent >= 0 ? '+' : '-'}${Math.abs(exponent)}`;
}
