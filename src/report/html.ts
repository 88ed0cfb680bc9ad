/**
 * The report as one self-contained HTML page: formulas pre-rendered by
 * KaTeX, its stylesheet and fonts inlined, the chart as inline SVG. The
 * page loads nothing and runs no script when viewed.
 */
import type { ReportData } from './build.js';
import type { FormulaRow } from './formulas.js';
import { formulaRows } from './formulas.js';
import type { MathRenderer } from './katex.js';
import type { ActivationSeries } from './series.js';
import {
  CHECK_TOLERANCE,
  differenceText,
  formatLog10,
  type CheckRow,
  type LawRow,
} from './verification.js';
import { CAPTION, CONVENTION_LATEX, OPERATOR_LATEX } from './wording.js';

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const PAGE_CSS = `
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 1150px;
  padding: 0 1rem; color: #1b1b1b; line-height: 1.45; }
h1 { font-size: 1.6rem; } h2 { margin-top: 2.2rem; border-bottom: 1px solid #ccc; }
table { border-collapse: collapse; margin: 0.6rem 0; }
td, th { padding: 0.25rem 0.6rem; vertical-align: middle; }
table.data td, table.data th { border: 1px solid #ddd;
  font-variant-numeric: tabular-nums; }
table.formulas td.note, p.note { color: #555; font-size: 0.9rem; }
.katex-display { margin: 0.3rem 0; overflow-x: auto; overflow-y: hidden; }
table.formulas .katex-display > .katex { text-align: left; }
td.fail { color: #b00020; font-weight: 600; } td.pass { color: #1b6e20; }
figure { margin: 0; overflow-x: auto; } figcaption { color: #444; font-size: 0.92rem; }
`;

export function reportHtml(
  data: ReportData,
  math: MathRenderer,
  katexCss: string,
): string {
  const title = `LFP report: ${data.activations.join(', ')}`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${katexCss}</style>`,
    `<style>${PAGE_CSS}</style>`,
    '</head>',
    '<body>',
    `<h1>${escapeHtml(title)}</h1>`,
    `<p>${escapeHtml(data.settings)}.</p>`,
    `<p>Fourier transform: ${math(CONVENTION_LATEX, false)}. LFP operator: ` +
      `${math(OPERATOR_LATEX, false)}. The coefficients shown are ` +
      `${math('\\sigma_b A', false)} and ${math('\\sigma_b B', false)}.</p>`,
    plotSection(data),
    '<h2>Formulas</h2>',
    ...data.series.map((s) => activationSection(s, math)),
    '<h2 id="verification">Verification</h2>',
    checkTable(data.checks),
    lawTable(data.laws),
    '</body>',
    '</html>',
  ].join('\n');
}

function plotSection(data: ReportData): string {
  if (!data.svg) return '<p class="note">No coefficient could be plotted.</p>';
  return [
    '<h2>Coefficients against |ξ|</h2>',
    '<figure id="chart">',
    data.svg,
    `<figcaption>${escapeHtml(CAPTION)}</figcaption>`,
    '</figure>',
  ].join('\n');
}

function activationSection(s: ActivationSeries, math: MathRenderer): string {
  const name = s.derivation.activation.name;
  const rows = formulaRows(s.derivation).map((r) => formulaRow(r, math));
  const notes = [
    ...(s.note ? [s.note] : []),
    ...s.coefficients.flatMap((c) => [...(c.skipped ? [c.skipped] : []), ...c.failures]),
  ];
  return [
    `<h3>${escapeHtml(name)}</h3>`,
    `<table class="formulas">${rows.join('\n')}</table>`,
    ...notes.map((n) => `<p class="note">${escapeHtml(n)}</p>`),
  ].join('\n');
}

function formulaRow(r: FormulaRow, math: MathRenderer): string {
  const formula = r.rhs
    ? math(`${r.lhs} ${r.relation} ${r.rhs}`, true)
    : math(r.lhs, true);
  const note = r.note ? escapeHtml(r.note) : '';
  return `<tr><td class="formula">${formula}</td><td class="note">${note}</td></tr>`;
}

function checkTable(rows: readonly CheckRow[]): string {
  if (rows.length === 0) return '<p class="note">No checks: nothing was plotted.</p>';
  const head =
    '<tr><th>activation</th><th>coefficient</th><th>|ξ|</th>' +
    '<th>plotted</th><th>method</th><th>independent check</th>' +
    '<th>relative difference</th><th>result</th></tr>';
  const body = rows.map((r) => {
    const verdict = r.passed ? 'pass' : 'fail';
    const diff = differenceText(r, escapeHtml);
    return (
      `<tr><td>${escapeHtml(r.activation)}</td><td>σ_b·${r.coefficient}</td>` +
      `<td>${r.xi.toPrecision(4)}</td><td>${formatLog10(r.plottedLog10, 10)}</td>` +
      `<td>${escapeHtml(r.method)}</td><td>${formatLog10(r.checkLog10, 10)}</td>` +
      `<td>${diff}</td><td class="${verdict}">${verdict}</td></tr>`
    );
  });
  const intro =
    `<p>The plotted value against the trapezoidal rule in log r applied to ` +
    `the closed-form transform; a check passes at a relative difference of at most ` +
    `${CHECK_TOLERANCE.toExponential(0)}.</p>`;
  return `${intro}\n<table class="data">${head}\n${body.join('\n')}</table>`;
}

function lawTable(rows: readonly LawRow[]): string {
  if (rows.length === 0) return '';
  const head =
    '<tr><th>activation</th><th>coefficient</th><th>limit</th>' +
    '<th>coefficient / law at |ξ|</th></tr>';
  const body = rows.map((r) => {
    const ratios = r.points.map(
      (p) => `${p.ratio.toPrecision(6)} at ${p.xi.toPrecision(3)}`,
    );
    const limit = r.limit === 'high' ? '|ξ| → ∞' : '|ξ| → 0';
    return (
      `<tr><td>${escapeHtml(r.activation)}</td><td>σ_b·${r.coefficient}</td>` +
      `<td>${limit}</td><td>${ratios.join('; ')}</td></tr>`
    );
  });
  const intro =
    '<h3>Decay laws</h3><p>The ratio tends to 1 towards the limit: at the ' +
    'end of the plotted range and one decade inside it.</p>';
  return `${intro}\n<table class="data">${head}\n${body.join('\n')}</table>`;
}
