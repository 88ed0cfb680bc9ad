/** The derivation as a LaTeX align block, or a compilable document. */
import { toLatex } from '../expr/latex.js';
import type { Derivation } from '../derive.js';
import { coefficientJson, distributionJson, lawJson } from './json.js';

export function derivationLatex(d: Derivation, standalone: boolean): string {
  const rows: string[] = [
    `\\sigma(x) &= ${toLatex(d.expression)}`,
    `\\sigma'(x) &= ${toLatex(d.derivative)}`,
  ];
  const t = d.transform;
  if (t.kind === 'closed') {
    rows.push(`\\mathcal{F}[\\sigma](\\xi) &= ${distributionJson(t.sigma).latex}`);
    rows.push(`\\mathcal{F}[\\sigma'](\\xi) &= ${distributionJson(t.dsigma).latex}`);
  }
  if (d.kernel) {
    for (const name of ['A', 'B'] as const) {
      const f = coefficientJson(d.kernel[name]);
      if (f.latex) rows.push(`\\sigma_b ${name}(\\xi) &= ${f.latex}`);
    }
  }
  if (d.laws) rows.push(...lawRows(d));
  const block = `\\begin{align}\n${rows.join(' \\\\\n')}\n\\end{align}`;
  if (!standalone) return block;
  return [
    '\\documentclass{article}', '\\usepackage{amsmath,amssymb}',
    '\\begin{document}', `\\section*{LFP derivation: ${d.activation.name.replace(/_/g, '\\_')}}`,
    block, '\\end{document}',
  ].join('\n');
}

function lawRows(d: Derivation): string[] {
  const rows: string[] = [];
  for (const [key, limit] of [['high', '\\infty'], ['low', '0']] as const) {
    for (const name of ['A', 'B'] as const) {
      const L = lawJson(d.laws![key][name]);
      if (L.status === 'law' && 'latex' in L) {
        rows.push(`\\sigma_b ${name}(\\xi) &\\sim ${L.latex} \\quad (\\left|\\xi\\right| \\to ${limit})`);
      }
    }
  }
  return rows;
}

