/**
 * The rows of `lfp table`: for each activation and dimension, the decay
 * laws of one coefficient (A or B) as |ξ| → ∞ and |ξ| → 0 next to its
 * values at chosen |ξ|.
 */
import { derive, type DeriveOptions, type Derivation } from '../derive.js';
import { LfpError } from '../errors.js';
import type { DecayLaw, LawResult } from '../asymptotics/laws.js';
import { neg, type Expr } from '../expr/tree.js';
import { toText } from '../expr/print.js';
import { coefficientAt, magnitudeText } from '../evaluate/coefficients.js';
import { lawJson, type LawJson } from '../output/json.js';
import { lawCurve } from './law-curve.js';
import { formatLog10 } from './verification.js';
import type { Coefficient } from './series.js';

/** One decay law in a table: short text for reading, JSON for scripts. */
export interface LawCell {
  /** Short display form, C·|ξ|^a·exp(−c·|ξ|^β) with decimal C and c. */
  readonly text: string;
  /** The law with exact constants, as `lfp derive --json` gives it. */
  readonly json: LawJson | { status: 'none'; reason: string };
}

/** σ_b·A or σ_b·B at one |ξ|. */
export interface ValueCell {
  readonly xi: number;
  /** Decimal text with 15 significant digits, at any exponent; '' on failure. */
  readonly value: string;
  /** log10 of the value; null when it could not be computed. */
  readonly log10: number | null;
  /** 'diverges', or why the evaluation failed. */
  readonly error?: string;
}

/** One activation in one dimension. */
export interface TableRow {
  readonly activation: string;
  readonly dim: number;
  readonly coefficient: Coefficient;
  readonly high: LawCell;
  readonly low: LawCell;
  readonly values: readonly ValueCell[];
  /** Reason for missing laws or values (degenerate cases). */
  readonly note?: string;
}

/** A request of `lfp table`, with the network options of `derive`. */
export interface TableRequest extends DeriveOptions {
  readonly activations: readonly string[];
  readonly dims: readonly number[];
  /** The |ξ| > 0 at which the coefficient is evaluated. */
  readonly xi: readonly number[];
  /** 'A' (the default) or 'B'. */
  readonly coefficient?: Coefficient;
  /** Called after each value, with the work done and the total. */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * Derives each activation in each dimension and returns its decay laws
 * and values, one row each. Degenerate activations get a row with a note.
 */
export function buildTable(req: TableRequest): TableRow[] {
  const total = req.activations.length * req.dims.length * req.xi.length;
  let done = 0;
  const tick = () => req.onProgress?.(++done, total);
  const rows: TableRow[] = [];
  for (const spec of req.activations) {
    for (const dim of req.dims) {
      const d = derive(spec, { ...req, dim });
      rows.push(tableRow(d, req.coefficient ?? 'A', req.xi, tick));
    }
  }
  return rows;
}

function tableRow(
  d: Derivation,
  name: Coefficient,
  xs: readonly number[],
  tick: () => void,
): TableRow {
  const base = { activation: d.activation.name, dim: d.options.dim, coefficient: name };
  const reason =
    d.degenerate?.reason ??
    (d.kernel ? undefined : 'no closed-form transform, so no closed-form coefficients');
  if (reason || !d.kernel || !d.laws) {
    xs.forEach(tick);
    const none = { text: '—', json: { status: 'none' as const, reason: reason ?? '' } };
    return { ...base, high: none, low: none, values: [], note: reason };
  }
  const laws = { high: lawCell(d.laws.high[name]), low: lawCell(d.laws.low[name]) };
  const form = d.kernel[name];
  if (form.kind === 'divergent') {
    xs.forEach(tick);
    const note = `σ_b·${name} diverges: ${form.why}`;
    return { ...base, ...laws, values: xs.map((xi) => divergentCell(xi)), note };
  }
  const values = xs.map((xi) => {
    const cell = valueCell(d, name, xi);
    tick();
    return cell;
  });
  return { ...base, ...laws, values };
}

const divergentCell = (xi: number): ValueCell => ({
  xi,
  value: '',
  log10: null,
  error: 'diverges',
});

function valueCell(d: Derivation, name: Coefficient, xi: number): ValueCell {
  try {
    const m = coefficientAt(d.kernel![name], xi);
    return { xi, value: magnitudeText(m, 15), log10: m.log10 };
  } catch (err) {
    if (!(err instanceof LfpError)) throw err;
    return { xi, value: '', log10: null, error: err.message };
  }
}

export function lawCell(r: LawResult): LawCell {
  const json = lawJson(r);
  if (r.kind !== 'law') return { text: r.kind, json };
  return { text: lawShortText(r.law), json };
}

/** C·|ξ|^a·log(1/|ξ|)^L·exp(−c·|ξ|^β), with C and c to 4 digits and a, β exact. */
export function lawShortText(L: DecayLaw): string {
  const curve = lawCurve(L);
  const parts = [formatLog10(curve.lnC / Math.LN10, 4)];
  if (curve.p !== 0) parts.push(powerText(neg(L.p)));
  if (L.logPower) {
    parts.push(L.logPower === 1 ? 'log(1/|ξ|)' : `log(1/|ξ|)^${L.logPower}`);
  }
  if (curve.c !== 0) {
    parts.push(`exp(-${curve.c.toPrecision(4)}·${powerText(L.beta)})`);
  }
  return parts.join('·');
}

/** |ξ|^a as text, with a in parentheses unless it is an integer. */
function powerText(exponent: Expr): string {
  const text = toText(exponent);
  if (text === '1') return '|ξ|';
  return /^-?\d+$/.test(text) ? `|ξ|^${text}` : `|ξ|^(${text})`;
}
