/** `lfp table` and `lfp report` on the command line, and their list options. */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertClose } from '../helpers/close.js';
import { runLfp } from './cli-harness.js';
import { parseDimensions, splitActivations } from '../../src/report/lists.js';
import { progressBar } from '../../src/report/progress.js';
import { csvField } from '../../src/report/table-format.js';

/**
 * σ_b·A of ReLU with Gaussian weights, σ_w = σ_a = 1:
 * c_d [E r³/(16π⁴ξ^{d+3}) + E r/(4π²ξ^{d+1})].
 */
function reluA(d: number, xi: number): number {
  const lgHalf = (n: number) => {
    let s = n % 2 === 0 ? 0 : 0.5 * Math.log(Math.PI);
    for (let x = n % 2 === 0 ? 1 : 0.5; x < n / 2; x += 1) s += Math.log(x);
    return s;
  };
  const moment = (m: number) => 2 ** (m / 2) * Math.exp(lgHalf(d + m) - lgHalf(d));
  const cd = Math.exp(lgHalf(d)) / (Math.SQRT2 * Math.PI ** ((d + 1) / 2));
  return (
    cd *
    (moment(3) / (16 * Math.PI ** 4 * xi ** (d + 3)) +
      moment(1) / (4 * Math.PI ** 2 * xi ** (d + 1)))
  );
}

describe('lfp table', () => {
  test('text table for three activations in d = 1..3', async () => {
    const r = await runLfp(['table', '--activations', 'relu,tanh,gelu', '--dim', '1..3']);
    expect(r.code).toBe(0);
    const lines = r.out.split('\n');
    expect(lines).toHaveLength(2 + 9);
    expect(lines[0]).toMatch(/^activation\s+d\s+σ_b·A as \|ξ\| → ∞/);
    expect(lines[2]).toMatch(/^relu\s+1\s+8\.063e-3·\|ξ\|\^-2\s+4\.085e-4·\|ξ\|\^-4/);
    expect(lines[5]).toMatch(/exp\(-10\.96·\|ξ\|\^\(2\/3\)\)/);
  });

  test('csv carries exact constants and full values', async () => {
    const r = await runLfp([
      'table',
      '--activations',
      'relu',
      '--dim',
      '1,3',
      '--xi',
      '0.5,2',
      '--format',
      'csv',
    ]);
    expect(r.code).toBe(0);
    const [header, ...rows] = r.out.split('\n').map((l) => l.split(','));
    const col = (name: string) => header!.indexOf(name);
    expect(rows).toHaveLength(2);
    expect(rows[0]![col('high_C_exact')]).toBe('1/(4*pi^3)');
    expect(rows[0]![col('high_p')]).toBe('2');
    expect(rows[1]![col('dim')]).toBe('3');
    for (const [k, d] of [
      [0, 1],
      [1, 3],
    ] as const) {
      for (const xi of [0.5, 2]) {
        const got = Number(rows[k]![col(`value_at_${xi}`)]);
        assertClose(got, reluA(d, xi), { rel: 1e-13, abs: 0 }, `d = ${d}, ξ = ${xi}`);
      }
    }
  });

  test('json and --json agree', async () => {
    const a = await runLfp(['table', '--activations', 'gelu,sin', '--format', 'json']);
    const b = await runLfp(['table', '--activations', 'gelu,sin', '--json']);
    expect(a.out).toBe(b.out);
    const rows = JSON.parse(a.out);
    expect(rows[0].high.json.status).toBe('law');
    expect(rows[0].high.json.beta.exact).toBe('1');
    expect(rows[1].note).toMatch(/point masses/);
  });

  test('markdown escapes the bars of |ξ|', async () => {
    const r = await runLfp(['table', '--activations', 'relu', '--format', 'markdown']);
    expect(r.out.split('\n')[0]).toBe(
      '| activation | d | σ_b·A as \\|ξ\\| → ∞ ' +
        '| σ_b·A as \\|ξ\\| → 0 | σ_b·A(0.1) | σ_b·A(1) | σ_b·A(10) |',
    );
  });

  test('coefficient B', async () => {
    const r = await runLfp([
      'table',
      '--activations',
      'relu',
      '--coefficient',
      'B',
      '--xi',
      '1',
      '--format',
      'csv',
    ]);
    const value = Number(r.out.split('\n')[1]!.split(',').at(-2));
    // σ_b·B = c_1 E r /(16π⁴ξ²) = 1/(16π⁵) at ξ = 1.
    assertClose(value, 1 / (16 * Math.PI ** 5), { rel: 1e-13, abs: 0 }, 'σ_b·B(1)');
  });

  test.each([
    [['--dim', '0'], /--dim entry "0" is invalid/],
    [['--dim', '3..1'], /smaller end first/],
    [['--xi', '-1'], /--xi entry -1 is invalid/],
    [['--xi', 'abc'], /not a finite number/],
    [['--format', 'xml'], /Allowed choices are text, markdown, csv, json/],
  ])('rejects %j', async (extra, message) => {
    const r = await runLfp(['table', '--activations', 'relu', ...extra]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });
});

describe('lfp report', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    vi.restoreAllMocks();
  });

  test('writes the files and counts the checks', async () => {
    dir = mkdtempSync(join(tmpdir(), 'lfp-cli-report-'));
    const r = await runLfp([
      'report',
      'relu',
      'erf',
      '--out',
      dir,
      '--points',
      '5',
      '--checks',
      '2',
      '--dim',
      '2',
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/8 of 8 checks passed/);
    expect(readdirSync(dir).sort()).toEqual([
      'coefficients.svg',
      'coefficients.vl.json',
      'index.html',
      'report.md',
    ]);
  });

  test('json lists files and checks', async () => {
    dir = mkdtempSync(join(tmpdir(), 'lfp-cli-report-'));
    const r = await runLfp([
      'report',
      'gaussian',
      '--out',
      dir,
      '--points',
      '4',
      '--checks',
      '2',
      '--weights',
      'sphere',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.files).toHaveLength(4);
    expect(json.checks.every((c: { passed: boolean }) => c.passed)).toBe(true);
  });

  test.each([
    [['--xi-min', '0'], /--xi-min < --xi-max/],
    [['--points', '1e9'], /--points = 1000000000 is invalid/],
    [['--xi-max', 'big'], /--xi-max = "big" is not a finite number/],
  ])('rejects %j', async (extra, message) => {
    const r = await runLfp([
      'report',
      'relu',
      '--out',
      join(tmpdir(), 'unused'),
      ...extra,
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  test('progress bar only on a terminal without JSON', async () => {
    const writes: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
      writes.push(String(s));
      return true;
    });
    const args = ['table', '--activations', 'relu', '--xi', '1,2'];
    await runLfp(args, false);
    expect(writes).toEqual([]);
    await runLfp([...args, '--json'], true);
    expect(writes).toEqual([]);
    await runLfp(args, true);
    expect(writes.join('')).toMatch(/\rlfp table \[#+\] 100% \(2\/2\)\n$/);
  });
});

describe('list options', () => {
  test('activations split outside parentheses', () => {
    expect(splitActivations('relu, elu(0.5),max(x, 0)')).toEqual([
      'relu',
      'elu(0.5)',
      'max(x, 0)',
    ]);
    expect(() => splitActivations(' , ')).toThrow(/--activations is empty/);
  });

  test('dimensions as ranges and lists', () => {
    expect(parseDimensions('1..3')).toEqual([1, 2, 3]);
    expect(parseDimensions('5,1..2,2')).toEqual([5, 1, 2]);
    expect(() => parseDimensions('1..200')).toThrow(/more than 100/);
    expect(() => parseDimensions('x')).toThrow(/--dim entry "x" is invalid/);
  });

  test('progress bar redraws once per percent', () => {
    const out: string[] = [];
    const bar = progressBar({ write: (s) => out.push(s) }, 'work');
    for (let k = 1; k <= 400; k += 1) bar.update(k, 400);
    bar.finish();
    // 0 % to 100 %, then the closing newline.
    expect(out).toHaveLength(102);
    expect(out[101]).toBe('\n');
  });

  test('csv quoting', () => {
    expect(csvField('max(x, 0)')).toBe('"max(x, 0)"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('relu')).toBe('relu');
  });
});
