/**
 * The report as Markdown: formulas in $$ blocks (rendered by GitHub and
 * most Markdown viewers with math support), the chart as a linked SVG
 * file, and the verification tables.
 */
import type { ReportData } from './build.js';
import { formulaRows } from './formulas.js';
import type { ActivationSeries } from './series.js';
import {
  CHECK_TOLERANCE,
  differenceText,
  formatLog10,
  type CheckRow,
  type LawRow,
} from './verification.js';
import { CAPTION, CONVENTION_LATEX, OPERATOR_LATEX } from './wording.js';

export function reportMarkdown(data: ReportData, chartFile: string): string {
  const parts = [
    `# LFP report: ${escapeMarkdown(data.activations.join(', '))}`,
    `${data.settings}.`,
    'Fourier transform and LFP operator; the coefficients shown are σ_b·A and σ_b·B:',
    block(CONVENTION_LATEX),
    block(OPERATOR_LATEX),
    '## Coefficients against |ξ|',
    data.svg
      ? `![σ_b·A and σ_b·B against |ξ|](${chartFile})\n\n${CAPTION}`
      : 'No coefficient could be plotted.',
    '## Formulas',
    ...data.series.map(activationMarkdown),
    '## Verification',
    checkTable(data.checks),
    lawTable(data.laws),
  ];
  return `${parts.filter((p) => p !== '').join('\n\n')}\n`;
}

const block = (latex: string) => `$$\n${latex}\n$$`;

function activationMarkdown(s: ActivationSeries): string {
  const lines = [`### ${escapeMarkdown(s.derivation.activation.name)}`];
  for (const r of formulaRows(s.derivation)) {
    const formula = r.rhs ? `${r.lhs} ${r.relation} ${r.rhs}` : r.lhs;
    lines.push(block(formula));
    if (r.note) lines.push(`*${escapeMarkdown(r.note)}*`);
  }
  if (s.note) lines.push(escapeMarkdown(s.note));
  for (const c of s.coefficients) {
    if (c.skipped) lines.push(escapeMarkdown(c.skipped));
    lines.push(...c.failures.map((f) => `- ${escapeMarkdown(f)}`));
  }
  return lines.join('\n\n');
}

/** Escapes the characters that Markdown would read as emphasis or table syntax. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\*_|`[\]<>])/g, '\\$1');
}

function checkTable(rows: readonly CheckRow[]): string {
  if (rows.length === 0) return 'No checks: nothing was plotted.';
  const head = [
    'The plotted value against the trapezoidal rule in log r applied to the ' +
      'closed-form transform; a check passes at a relative difference of at most ' +
      `${CHECK_TOLERANCE.toExponential(0)}.`,
    '',
    '| activation | coefficient | \\|ξ\\| | plotted | method | independent check ' +
      '| relative difference | result |',
    '|---|---|---:|---:|---|---:|---:|---|',
  ];
  const body = rows.map((r) => {
    const diff = differenceText(r, escapeMarkdown);
    const name = escapeMarkdown(r.activation);
    return (
      `| ${name} | σ_b·${r.coefficient} | ${r.xi.toPrecision(4)} ` +
      `| ${formatLog10(r.plottedLog10, 10)} | ${r.method} ` +
      `| ${formatLog10(r.checkLog10, 10)} | ${diff} | ${r.passed ? 'pass' : 'FAIL'} |`
    );
  });
  return [...head, ...body].join('\n');
}

function lawTable(rows: readonly LawRow[]): string {
  if (rows.length === 0) return '';
  const head = [
    '### Decay laws',
    '',
    'The ratio coefficient/law tends to 1 towards the limit: at the end of the plotted ' +
      'range and one decade inside it.',
    '',
    '| activation | coefficient | limit | coefficient / law at \\|ξ\\| |',
    '|---|---|---|---|',
  ];
  const body = rows.map((r) => {
    const ratios = r.points.map(
      (p) => `${p.ratio.toPrecision(6)} at ${p.xi.toPrecision(3)}`,
    );
    const limit = r.limit === 'high' ? '\\|ξ\\| → ∞' : '\\|ξ\\| → 0';
    return (
      `| ${escapeMarkdown(r.activation)} | σ_b·${r.coefficient} | ${limit} ` +
      `| ${ratios.join('; ')} |`
    );
  });
  return [...head, ...body].join('\n');
}
