/**
 * Every formula that `derive` exports parses in KaTeX with throwOnError:
 * the `latex` fields of derivationJson and the `--latex` align block,
 * for every built-in in d = 1, 2, 3 with Gaussian and sphere weights,
 * and for a few user formulas.
 */
import { describe, expect, test } from 'vitest';
import katex from 'katex';
import { derive } from '../../src/derive.js';
import { BUILTINS } from '../../src/activations.js';
import { derivationJson } from '../../src/output/json.js';
import { derivationLatex } from '../../src/output/latex-document.js';
import { formulaRows } from '../../src/report/formulas.js';

const USER_FORMULAS = ['x*tanh(log(1+exp(x)))', 'x > 0 ? x : 0.2*x', 'exp(-abs(x))'];
const SPECS = [...BUILTINS.map((b) => b.name), ...USER_FORMULAS];
const SETTINGS = [1, 2, 3].flatMap((dim) =>
  (['gaussian', 'sphere'] as const).map((weights) => ({ dim, weights })),
);

/** Collects every `latex` string in a JSON tree, with its path. */
function latexFields(value: unknown, path: string, out: [string, string][]) {
  if (value === null || typeof value !== 'object') return out;
  const latex = (value as { latex?: unknown }).latex;
  if (typeof latex === 'string') out.push([path, latex]);
  for (const [key, child] of Object.entries(value))
    latexFields(child, `${path}.${key}`, out);
  return out;
}

/** KaTeX's message for LaTeX it rejects, or undefined when it parses. */
function katexError(latex: string): string | undefined {
  try {
    katex.renderToString(latex, { displayMode: true, throwOnError: true });
    return undefined;
  } catch (err) {
    return (err as Error).message;
  }
}

describe.each(SPECS)('KaTeX parses %s', (spec) => {
  test.each(SETTINGS)('d = $dim, $weights weights', ({ dim, weights }) => {
    const d = derive(spec, { dim, weights });
    const fields = latexFields(derivationJson(d), 'json', []);
    fields.push(['align block', derivationLatex(d, false)]);
    expect(fields.length).toBeGreaterThanOrEqual(3);
    const rejected = fields
      .map(([path, latex]) => ({ path, latex, error: katexError(latex) }))
      .filter((f) => f.error !== undefined);
    expect(rejected).toEqual([]);
  });
});

test('report formula rows parse in KaTeX', () => {
  for (const spec of SPECS) {
    for (const row of formulaRows(derive(spec))) {
      const latex = row.rhs ? `${row.lhs} ${row.relation} ${row.rhs}` : row.lhs;
      expect(katexError(latex), `${spec}: ${latex}`).toBeUndefined();
    }
  }
});

test('align block uses the align environment', () => {
  const block = derivationLatex(derive('relu'), false);
  expect(block.startsWith('\\begin{align}')).toBe(true);
  expect(
    katex.renderToString(block, { displayMode: true, throwOnError: true }),
  ).toContain('class="katex-display"');
});
