/** Writes a report's files into a folder and, on request, a screenshot. */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { InputError } from '../errors.js';
import { join, resolve } from 'node:path';
import type { ReportData } from './build.js';
import { formulaRows } from './formulas.js';
import { reportHtml } from './html.js';
import { inlineKatexCss, mathRenderer } from './katex.js';
import { reportMarkdown } from './markdown.js';
import { screenshot } from './screenshot.js';

/** Names of the files a report folder contains. */
export const FILES = {
  html: 'index.html',
  markdown: 'report.md',
  chart: 'coefficients.svg',
  spec: 'coefficients.vl.json',
  screenshot: 'screenshot.png',
} as const;

/** Folder and files of a written report. */
export interface WrittenReport {
  readonly dir: string;
  /** Absolute paths of the files written. */
  readonly files: readonly string[];
}

/**
 * Writes index.html (self-contained: KaTeX-rendered formulas with
 * KaTeX's stylesheet and fonts inlined, the chart as inline SVG),
 * report.md with coefficients.svg, and the chart's Vega-Lite spec. With
 * `screenshot`, also screenshot.png by headless Chromium. Needs the
 * package katex.
 */
export async function writeReport(
  data: ReportData,
  outDir: string,
  options: { screenshot?: boolean } = {},
): Promise<WrittenReport> {
  const dir = resolve(outDir);
  if (existsSync(dir) && !statSync(dir).isDirectory()) {
    throw new InputError(`--out ${outDir} is a file: give a folder for the report`);
  }
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  const put = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    files.push(path);
  };
  const math = await mathRenderer();
  put(FILES.html, reportHtml(data, math, inlineKatexCss()));
  put(FILES.markdown, reportMarkdown(data, FILES.chart));
  if (data.svg) put(FILES.chart, data.svg);
  if (data.chart) put(FILES.spec, `${JSON.stringify(data.chart, null, 1)}\n`);
  if (options.screenshot) {
    const png = join(dir, FILES.screenshot);
    await screenshot(join(dir, FILES.html), png, 1240, pageHeight(data));
    files.push(png);
  }
  return { dir, files };
}

/**
 * Estimates the page height in CSS pixels, because headless Chromium's
 * --screenshot captures the window, not the whole page.
 */
export function pageHeight(data: ReportData): number {
  const formulas = data.series.reduce((n, s) => n + formulaRows(s.derivation).length, 0);
  const tableRows = data.checks.length + data.laws.length;
  const estimate = 900 + 72 * formulas + 34 * tableRows + 90 * data.series.length;
  return Math.min(estimate, 16000);
}
