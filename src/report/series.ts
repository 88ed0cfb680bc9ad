/**
 * The numbers behind the report's plot and verification table. They are
 * σ_b·A and σ_b·B on a log grid (closed form or quadrature over r), the
 * same at a few points by the independent route of radial-check.ts, and
 * the decay laws on the grid. All values are log10, because far in the
 * tail they are below the smallest double.
 */
import type { Derivation } from '../derive.js';
import { LfpError } from '../errors.js';
import { coefficientAt } from '../evaluate/coefficients.js';
import { checkCoefficients, type CheckValue } from './radial-check.js';
import { lawCurve, lawLn } from './law-curve.js';

export type Coefficient = 'A' | 'B';
export type Limit = 'high' | 'low';

export interface Point {
  readonly xi: number;
  readonly log10: number;
}

export interface CheckPoint {
  readonly xi: number;
  /** The plotted value (closed form or the toolkit's quadrature). */
  readonly formLog10: number;
  /** The independent value. */
  readonly checkLog10: number;
  readonly relDiff: number;
  readonly converged: boolean;
  /** Reason the independent value is missing (checkLog10 is then NaN). */
  readonly error?: string;
}

export interface CoefficientSeries {
  readonly name: Coefficient;
  /** Method of the plotted value: 'closed form' or 'quadrature over r'. */
  readonly method: string;
  readonly curve: readonly Point[];
  readonly checks: readonly CheckPoint[];
  readonly laws: Partial<Record<Limit, readonly Point[]>>;
  /** Grid points that could not be evaluated, each with the reason. */
  readonly failures: readonly string[];
  /** Reason the coefficient is not plotted. */
  readonly skipped?: string;
}

export interface ActivationSeries {
  readonly derivation: Derivation;
  readonly coefficients: readonly CoefficientSeries[];
  /** Reason no coefficient is plotted. */
  readonly note?: string;
}

const LN10 = Math.LN10;

/** Calls `onPoint` once per grid point per coefficient, for progress. */
export function activationSeries(
  d: Derivation,
  xs: readonly number[],
  checkXs: readonly number[],
  onPoint: () => void = () => {},
): ActivationSeries {
  const note = unavailableReason(d);
  if (note) return { derivation: d, coefficients: [], note };
  const checks = checkXs.map((xi) => ({ xi, value: tryCheck(d, xi) }));
  const coefficients = (['A', 'B'] as const).map((name) =>
    coefficientSeries(d, name, xs, checks, onPoint),
  );
  return { derivation: d, coefficients };
}

/** Counts the `onPoint` calls that activationSeries makes for d. */
export function seriesSteps(d: Derivation, xs: readonly number[]): number {
  return unavailableReason(d) ? 0 : 2 * xs.length;
}

function unavailableReason(d: Derivation): string | undefined {
  if (d.degenerate) return d.degenerate.reason;
  if (d.transform.kind !== 'closed') {
    const reason = d.transform.reason;
    return `no closed-form transform (${reason}), so there is no curve to plot`;
  }
  if (!d.kernel) return 'the LFP coefficients were not derived';
  return undefined;
}

type Checked = { xi: number; value: CheckValue | string };

function tryCheck(d: Derivation, xi: number): CheckValue | string {
  try {
    return checkCoefficients(d, xi);
  } catch (err) {
    if (err instanceof LfpError) return err.message;
    throw err;
  }
}

function coefficientSeries(
  d: Derivation,
  name: Coefficient,
  xs: readonly number[],
  checks: readonly Checked[],
  onPoint: () => void,
): CoefficientSeries {
  const form = d.kernel![name];
  const empty = { name, curve: [], checks: [], laws: {}, failures: [] };
  if (form.kind === 'divergent') {
    xs.forEach(() => onPoint());
    return { ...empty, method: 'none', skipped: `σ_b·${name} diverges: ${form.why}` };
  }
  const curve: Point[] = [];
  const failures: string[] = [];
  let method = form.kind === 'closed' ? 'closed form' : 'quadrature over r';
  for (const xi of xs) {
    try {
      const m = coefficientAt(form, xi);
      method = m.method;
      curve.push({ xi, log10: m.log10 });
    } catch (err) {
      if (!(err instanceof LfpError)) throw err;
      failures.push(`|ξ| = ${xi.toPrecision(4)}: ${err.message}`);
    }
    onPoint();
  }
  if (curve.length > 0 && curve.every((p) => p.log10 === -Infinity)) {
    return { ...empty, method, skipped: `σ_b·${name} is 0 at every plotted |ξ|` };
  }
  return {
    name,
    method,
    curve,
    failures,
    checks: checkSeries(name, checks, curve),
    laws: lawSeries(d, name, xs),
  };
}

function checkSeries(
  name: Coefficient,
  checks: readonly Checked[],
  curve: readonly Point[],
): CheckPoint[] {
  const out: CheckPoint[] = [];
  for (const { xi, value } of checks) {
    // Check points lie on the grid; where the plotted value failed there,
    // `failures` already records why.
    const formLog10 = curve.find((p) => p.xi === xi)?.log10 ?? NaN;
    if (typeof value === 'string') {
      out.push({
        xi,
        formLog10,
        checkLog10: NaN,
        relDiff: NaN,
        converged: false,
        error: value,
      });
      continue;
    }
    const checkLog10 = (name === 'A' ? value.lnA : value.lnB) / LN10;
    out.push({
      xi,
      formLog10,
      checkLog10,
      relDiff: relativeDifferenceOfLogs(formLog10, checkLog10),
      converged: value.converged,
    });
  }
  return out;
}

/** |a/b − 1| from log10 a and log10 b, exact even where a and b underflow. */
export function relativeDifferenceOfLogs(log10a: number, log10b: number): number {
  if (log10a === log10b) return 0;
  return Math.abs(Math.expm1((log10a - log10b) * LN10));
}

function lawSeries(d: Derivation, name: Coefficient, xs: readonly number[]) {
  const out: Partial<Record<Limit, readonly Point[]>> = {};
  for (const limit of ['high', 'low'] as const) {
    const r = d.laws?.[limit][name];
    if (r?.kind !== 'law') continue;
    const law = lawCurve(r.law);
    const points = xs.map((xi) => ({ xi, log10: lawLn(law, xi) / LN10 }));
    out[limit] = points.filter((p) => Number.isFinite(p.log10));
  }
  return out;
}
