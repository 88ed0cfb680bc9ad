/**
 * Formulas rendered to HTML by KaTeX at build time, and KaTeX's stylesheet
 * with its fonts inlined as data: URIs, so the page needs no network and
 * no script when it is viewed.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { besideMainEntry, loadPackage } from './packages.js';

export type MathRenderer = (latex: string, display: boolean) => string;

/** Throws on LaTeX that KaTeX rejects, so no broken formula reaches a page. */
export async function mathRenderer(): Promise<MathRenderer> {
  const katex = await loadPackage('katex', async () => (await import('katex')).default);
  return (latex, display) =>
    katex.renderToString(latex, { displayMode: display, throwOnError: true });
}

/**
 * katex.min.css with each @font-face reduced to its woff2 source, read
 * from the installed package and embedded in base64.
 */
export function inlineKatexCss(): string {
  const cssPath = besideMainEntry('katex', 'katex.min.css');
  const css = readFileSync(cssPath, 'utf8');
  const fontsDir = dirname(cssPath);
  return css.replace(
    /src:url\((fonts\/[^)]+\.woff2)\) format\("woff2"\)[^;}]*/g,
    (_match, file: string) => {
      const data = readFileSync(join(fontsDir, file)).toString('base64');
      return `src:url(data:font/woff2;base64,${data}) format("woff2")`;
    },
  );
}
