/**
 * The formulas of a derivation as rows of a report: a LaTeX left-hand
 * side, a relation and a LaTeX right-hand side, or a sentence where a
 * quantity does not exist or has no closed form.
 */
import type { Derivation } from '../derive.js';
import type { DecayLaw, LawResult } from '../asymptotics/laws.js';
import { toLatex } from '../expr/latex.js';
import { coefficientJson, derivationJson, lawExpr } from '../output/json.js';

export interface FormulaRow {
  /** LaTeX of the left-hand side. */
  readonly lhs: string;
  readonly relation: '=' | '\\sim';
  /** LaTeX of the right-hand side; absent when `note` explains why. */
  readonly rhs?: string;
  /** Plain-text remark: the method, the limit, or why there is no formula. */
  readonly note?: string;
}

export function formulaRows(d: Derivation): FormulaRow[] {
  const json = derivationJson(d);
  const rows: FormulaRow[] = [
    { lhs: '\\sigma(x)', relation: '=', rhs: json.expression.latex },
    { lhs: "\\sigma'(x)", relation: '=', rhs: json.derivative.latex },
  ];
  const f = json.fourier;
  if (f.status === 'closed' && 'sigma' in f) {
    rows.push({ lhs: '\\mathcal{F}[\\sigma](\\xi)', relation: '=', rhs: f.sigma.latex });
    rows.push({
      lhs: "\\mathcal{F}[\\sigma'](\\xi)",
      relation: '=',
      rhs: f.dsigma.latex,
    });
  } else if ('reason' in f) {
    const label =
      f.status === 'numerical'
        ? 'no closed form, so it is evaluated numerically'
        : 'none';
    rows.push({
      lhs: '\\mathcal{F}[\\sigma](\\xi)',
      relation: '=',
      note: `${label}: ${f.reason}`,
    });
  }
  if (d.kernel) rows.push(...kernelRows(d));
  if (d.laws) rows.push(...lawRows(d));
  return rows;
}

function kernelRows(d: Derivation): FormulaRow[] {
  return (['A', 'B'] as const).map((name) => {
    const c = coefficientJson(d.kernel![name]);
    const lhs = `\\sigma_b ${name}(\\xi)`;
    if (c.form === 'divergent' || c.latex === null) {
      return { lhs, relation: '=', note: `diverges: ${'reason' in c ? c.reason : ''}` };
    }
    return { lhs, relation: '=', rhs: c.latex, note: c.method };
  });
}

const LIMITS = [
  ['high', '\\infty', '|ξ| → ∞'],
  ['low', '0', '|ξ| → 0'],
] as const;

function lawRows(d: Derivation): FormulaRow[] {
  const rows: FormulaRow[] = [];
  for (const [key, limit, words] of LIMITS) {
    for (const name of ['A', 'B'] as const) {
      const lhs = `\\sigma_b ${name}(\\xi)`;
      rows.push(lawRow(lhs, limit, words, d.laws![key][name]));
    }
  }
  return rows;
}

function lawRow(lhs: string, limit: string, words: string, r: LawResult): FormulaRow {
  if (r.kind !== 'law')
    return { lhs, relation: '\\sim', note: `as ${words}: ${r.kind}: ${r.why}` };
  const rhs = `${toLatex(lawExpr(r.law))} \\quad (\\left|\\xi\\right| \\to ${limit})`;
  return { lhs, relation: '\\sim', rhs: withConstant(rhs, r.law), note: r.law.method };
}

/** Appends the defining integral of C when C has no closed form. */
function withConstant(rhs: string, L: DecayLaw): string {
  if (L.C || !L.Cintegral) return rhs;
  const { prefactor, integrand } = L.Cintegral;
  const integral = `${toLatex(prefactor)} \\int_0^\\infty ${toLatex(integrand)}\\,d\\xi`;
  return `${rhs}, \\quad C = ${integral}`;
}
