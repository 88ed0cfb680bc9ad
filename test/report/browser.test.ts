/**
 * The report page in headless Chromium: formulas rendered by KaTeX with
 * its inlined fonts loaded, the chart's lines and points drawn, and a
 * screenshot that is neither blank nor empty. Skipped, with the reason in
 * the test name, where /usr/bin/chromium is missing.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { buildReport, type ReportData } from '../../src/report/build.js';
import { FILES, writeReport } from '../../src/report/write.js';
import { formulaRows } from '../../src/report/formulas.js';
import { CHROMIUM, runChromium } from '../../src/report/screenshot.js';

const ACTIVATIONS = ['relu', 'tanh', 'gelu', 'silu'];
const CHECKS = 3;
const missing = !existsSync(CHROMIUM);
if (missing) {
  console.warn(
    `browser.test.ts: ${CHROMIUM} not found, so the Chromium checks of the ` +
      'report are skipped; install the Debian package chromium to run them',
  );
}
const title = missing
  ? `report in Chromium (skipped: ${CHROMIUM} not found; apt-get install chromium)`
  : 'report in Chromium';

/**
 * Measures the rendered page from inside it. Added to a copy of the page
 * only, because the report itself carries no script.
 */
const PROBE = `<script>
document.fonts.ready.then(() => {
  const q = (s) => [...document.querySelectorAll(s)];
  const stats = {
    katex: q('.katex').length,
    display: q('.katex-display').length,
    emptyFormulas: q('.katex-html')
      .filter((e) => e.getBoundingClientRect().width === 0).length,
    loadedFonts: [...document.fonts]
      .filter((f) => f.status === 'loaded').map((f) => f.family),
    linePaths: q('#chart .mark-line.role-mark path').length,
    pointPaths: q('#chart .mark-symbol.role-mark path').length,
    chartWidth: q('#chart svg')[0]?.getBoundingClientRect().width ?? 0,
  };
  const pre = document.createElement('pre');
  pre.id = 'probe';
  pre.textContent = JSON.stringify(stats);
  document.body.append(pre);
});
</script>`;

interface Probe {
  katex: number;
  display: number;
  emptyFormulas: number;
  loadedFonts: string[];
  linePaths: number;
  pointPaths: number;
  chartWidth: number;
}

/** Width, height and the share of non-white pixels of an 8-bit RGB(A) PNG. */
function pngStats(file: string) {
  const png = readFileSync(file);
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const channels = png[25] === 6 ? 4 : 3;
  const chunks: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') {
      chunks.push(png.subarray(at + 8, at + 8 + length));
    }
    at += 12 + length;
  }
  const pixels = unfilter(
    inflateSync(Buffer.concat(chunks)),
    width * channels,
    height,
    channels,
  );
  let ink = 0;
  for (let p = 0; p < pixels.length; p += channels) {
    if (pixels[p]! < 200 || pixels[p + 1]! < 200 || pixels[p + 2]! < 200) ink += 1;
  }
  return { width, height, ink: ink / (width * height) };
}

/** Undoes the PNG row filters (PNG specification, section 9.2). */
function unfilter(
  raw: Buffer,
  rowBytes: number,
  height: number,
  bpp: number,
): Uint8Array {
  const out = new Uint8Array(rowBytes * height);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (rowBytes + 1)]!;
    for (let x = 0; x < rowBytes; x += 1) {
      const v = raw[y * (rowBytes + 1) + 1 + x]!;
      const a = x >= bpp ? out[y * rowBytes + x - bpp]! : 0;
      const b = y > 0 ? out[(y - 1) * rowBytes + x]! : 0;
      const c = x >= bpp && y > 0 ? out[(y - 1) * rowBytes + x - bpp]! : 0;
      const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter]!;
      out[y * rowBytes + x] = (v + predictor) & 255;
    }
  }
  return out;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  if (pa <= pb && pa <= pc) return a;
  return pb <= pc ? b : c;
}

describe.skipIf(missing)(title, () => {
  let dir = '';
  let data: ReportData;
  let probe: Probe;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lfp-browser-'));
    data = await buildReport(ACTIVATIONS, { points: 21, checks: CHECKS });
    await writeReport(data, dir, { screenshot: true });
    const page = readFileSync(join(dir, FILES.html), 'utf8');
    const probed = join(dir, 'probe.html');
    writeFileSync(probed, page.replace('</body>', `${PROBE}</body>`));
    const dom = (await runChromium(probed, ['--dump-dom', '--virtual-time-budget=10000']))
      .stdout;
    const m = /<pre id="probe">(.*?)<\/pre>/s.exec(dom);
    if (!m) throw new Error(`the probe wrote nothing; DOM starts ${dom.slice(0, 200)}`);
    probe = JSON.parse(m[1]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&')) as Probe;
  }, 120000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('every formula renders', () => {
    const rows = ACTIVATIONS.reduce(
      (n, s) =>
        n +
        formulaRows(
          data.series.find((x) => x.derivation.activation.name === s)!.derivation,
        ).length,
      0,
    );
    expect(probe.display).toBe(rows);
    // Display formulas plus the inline ones of the introduction.
    expect(probe.katex).toBeGreaterThanOrEqual(rows + 4);
    expect(probe.emptyFormulas).toBe(0);
  });

  test('inlined KaTeX fonts load', () => {
    expect(probe.loadedFonts).toContain('KaTeX_Main');
    expect(probe.loadedFonts).toContain('KaTeX_Math');
  });

  test('chart draws lines and check points', () => {
    // Per activation and coefficient: the curve and two decay laws.
    expect(probe.linePaths).toBe(ACTIVATIONS.length * 2 * 3);
    expect(probe.pointPaths).toBe(ACTIVATIONS.length * 2 * CHECKS);
    expect(probe.chartWidth).toBeGreaterThan(600);
  });

  test('screenshot shows the page', () => {
    const shot = pngStats(join(dir, FILES.screenshot));
    expect(shot.width).toBe(1240);
    expect(shot.height).toBeGreaterThan(2000);
    // Text, formulas and lines ink a few percent of a white page.
    expect(shot.ink).toBeGreaterThan(0.005);
    expect(shot.ink).toBeLessThan(0.3);
  });
});
