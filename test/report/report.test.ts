/**
 * `buildReport` and `writeReport`: the plotted series, the checks, the
 * chart and the two documents, on a small grid so the suite stays fast.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertClose } from '../helpers/close.js';
import { buildReport, type ReportData } from '../../src/report/build.js';
import { FILES, writeReport } from '../../src/report/write.js';
import { checkPoints, logGrid } from '../../src/report/grid.js';
import { formatLog10 } from '../../src/report/verification.js';
import { formulaRows } from '../../src/report/formulas.js';
import { derive } from '../../src/derive.js';

let data: ReportData;
let dir: string;

beforeAll(async () => {
  data = await buildReport(['relu', 'gelu', 'sin'], {
    xiMin: 0.01,
    xiMax: 100,
    points: 9,
    checks: 3,
  });
  dir = mkdtempSync(join(tmpdir(), 'lfp-report-'));
  await writeReport(data, dir);
}, 60000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('buildReport', () => {
  test('degenerate activation has a note and no curve', () => {
    const sin = data.series[2]!;
    expect(sin.coefficients).toEqual([]);
    expect(sin.note).toMatch(/point masses/);
  });

  test('checks cover each plotted coefficient', () => {
    // relu and gelu, A and B, at 3 points each.
    expect(data.checks).toHaveLength(12);
    expect(data.checks.filter((c) => !c.passed)).toEqual([]);
  });

  test('relu curve matches its closed form', () => {
    // σ_w = σ_a = 1, d = 1: σ_b·A = 1/(4π³ξ²) + 1/(8π⁵ξ⁴) (moments of the χ_1 law).
    const a = data.series[0]!.coefficients[0]!;
    for (const p of a.curve) {
      const want =
        1 / (4 * Math.PI ** 3 * p.xi ** 2) + 1 / (8 * Math.PI ** 5 * p.xi ** 4);
      assertClose(p.log10, Math.log10(want), { rel: 0, abs: 1e-13 }, `|ξ| = ${p.xi}`);
    }
  });

  test('relu law ratio at the high end', () => {
    // A / (1/(4π³ξ²)) = 1 + 1/(2π²ξ²) at ξ = 100.
    const row = data.laws.find(
      (r) => r.activation === 'relu' && r.coefficient === 'A' && r.limit === 'high',
    )!;
    expect(row.points[0]!.xi).toBeCloseTo(100, 10);
    assertClose(
      row.points[0]!.ratio,
      1 + 1 / (2 * Math.PI ** 2 * 1e4),
      { rel: 1e-12, abs: 0 },
      'ratio',
    );
  });

  test('chart spec has a panel per coefficient', () => {
    const panels = (data.chart as { hconcat: unknown[] }).hconcat;
    expect(panels).toHaveLength(2);
    expect(data.svg).toMatch(/^<svg/);
  });

  test('too many activations rejected', async () => {
    const specs = Array.from({ length: 13 }, () => 'relu');
    await expect(buildReport(specs)).rejects.toThrow(/1 to 12/);
  });

  test('bad grid rejected', async () => {
    await expect(buildReport(['relu'], { xiMin: 2, xiMax: 1 })).rejects.toThrow(
      /--xi-min/,
    );
    await expect(buildReport(['relu'], { points: 2 })).rejects.toThrow(/--points/);
  });
});

describe('writeReport', () => {
  test('writes the page, its twin, the chart and its spec', () => {
    for (const name of [FILES.html, FILES.markdown, FILES.chart, FILES.spec]) {
      expect(existsSync(join(dir, name)), name).toBe(true);
    }
  });

  test('page loads nothing from outside', () => {
    const html = readFileSync(join(dir, FILES.html), 'utf8');
    expect(html).not.toMatch(/<script|<link|<img|<iframe/i);
    // Only data: URIs and references inside the page (#clip1) may appear.
    expect(html).not.toMatch(/url\((?!data:|#)/);
    expect(html).not.toMatch(/\ssrc=|@import/);
    expect(html).toContain('data:font/woff2;base64,');
  });

  test('page has a KaTeX formula per row', () => {
    const html = readFileSync(join(dir, FILES.html), 'utf8');
    const rows = ['relu', 'gelu', 'sin'].reduce(
      (n, s) => n + formulaRows(derive(s)).length,
      0,
    );
    const displays = html.match(/class="katex-display"/g) ?? [];
    expect(displays.length).toBe(rows);
    expect(html).not.toContain('katex-error');
  });

  test('markdown twin has formulas, chart and tables', () => {
    const md = readFileSync(join(dir, FILES.markdown), 'utf8');
    expect(md).toContain(`](${FILES.chart})`);
    expect((md.match(/^\$\$$/gm) ?? []).length % 2).toBe(0);
    expect(md).toContain('\\sigma_b A(\\xi) =');
    expect(md).toMatch(/\| relu \| σ_b·A \| 0\.01000 \|/);
  });
});

describe('report helpers', () => {
  test('formatLog10 beyond the double range', () => {
    expect(formatLog10(-2000 + Math.log10(1.5), 4)).toBe('1.500e-2000');
    expect(formatLog10(Math.log10(0.0123), 3)).toBe('1.23e-2');
    expect(formatLog10(Math.log10(9.9999999), 3)).toBe('1.00e+1');
    expect(formatLog10(-Infinity)).toBe('0');
    expect(formatLog10(NaN)).toBe('—');
  });

  test('grid and check points', () => {
    const xs = logGrid({ xiMin: 0.01, xiMax: 100, points: 5 });
    xs.forEach((x, k) => assertClose(x, 10 ** (k - 2), { rel: 1e-14, abs: 0 }, `x${k}`));
    expect(checkPoints(xs, 3)).toEqual([xs[0], xs[2], xs[4]]);
    expect(checkPoints(xs, 9)).toEqual(xs);
  });
});
