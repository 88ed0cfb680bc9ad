/**
 * `lfp report` (an HTML page and its Markdown twin with formulas, plots
 * and checks) and `lfp table` (decay laws next to values, for several
 * activations and dimensions).
 */
import { Option, type Command } from 'commander';
import type { Io } from './run.js';
import { printJson } from './run.js';
import { parseXiList } from './numeric-commands.js';
import { InputError } from '../errors.js';
import type { DeriveOptions } from '../derive.js';
import { buildReport } from '../report/build.js';
import { writeReport } from '../report/write.js';
import { buildTable } from '../report/table.js';
import { TABLE_FORMATS, formatTable, type TableFormat } from '../report/table-format.js';
import { parseDimensions, splitActivations } from '../report/lists.js';
import { progressBar, silentProgress, type Progress } from '../report/progress.js';

type Runner = (body: () => number | Promise<number>) => Promise<void>;

interface NetworkFlags extends DeriveOptions {
  json?: boolean;
}

interface ReportFlags extends NetworkFlags {
  out: string;
  screenshot?: boolean;
  xiMin: string;
  xiMax: string;
  points: string;
  checks: string;
}

interface TableFlags extends Omit<NetworkFlags, 'dim'> {
  activations: string;
  dim: string;
  xi: string;
  coefficient: 'A' | 'B';
  format: TableFormat;
}

export function registerReportCommands(program: Command, io: Io, run: Runner): void {
  const report = program
    .command('report <activations...>')
    .description(
      'write an HTML page and a Markdown twin with the formulas, log-log plots ' +
        'of σ_b·A and σ_b·B against |ξ|, and their checks',
    )
    .requiredOption(
      '--out <dir>',
      'folder for index.html, report.md and coefficients.svg',
    )
    .option('--screenshot', 'also save screenshot.png by headless Chromium')
    .option('--dim <d>', 'input dimension d (integer ≥ 1)', '1')
    .option('--xi-min <x>', 'smallest |ξ| of the plot', '0.01')
    .option('--xi-max <x>', 'largest |ξ| of the plot', '100')
    .option('--points <n>', 'number of log-spaced |ξ| values plotted', '41')
    .option('--checks <n>', 'number of those values checked by an independent route', '7')
    .option('--json', 'print the files written and the checks as JSON');
  withNetworkOptions(report).action((specs: string[], flags: ReportFlags) =>
    run(() => reportCommand(io, specs, flags)),
  );

  const table = program
    .command('table')
    .description(
      'decay laws of σ_b·A (or σ_b·B) and its values at chosen |ξ|, side by side, ' +
        'for several activations and dimensions',
    )
    .requiredOption(
      '--activations <list>',
      'comma-separated activations, e.g. relu,tanh,gelu',
    )
    .option('--dim <list>', 'dimensions: d, a range such as 1..3, or a list', '1')
    .option('--xi <list>', 'comma-separated frequencies |ξ| > 0', '0.1,1,10')
    .addOption(
      new Option('--coefficient <name>', 'the coefficient tabulated')
        .choices(['A', 'B'])
        .default('A'),
    )
    .addOption(
      new Option('--format <format>', 'output format')
        .choices([...TABLE_FORMATS])
        .default('text'),
    )
    .option('--json', 'print JSON (the same as --format json)');
  withNetworkOptions(table).action((flags: TableFlags) => run(() => tableCommand(io, flags)));
}

/** --weights, --sigma-w, --sigma-a and --r0, as `lfp derive` has them. */
function withNetworkOptions(c: Command): Command {
  return c
    .addOption(
      new Option('--weights <model>', 'first-layer weight model')
        .choices(['gaussian', 'sphere'])
        .default('gaussian'),
    )
    .option('--sigma-w <s>', 'standard deviation of Gaussian weights', '1')
    .option('--sigma-a <s>', 'standard deviation of output weights', '1')
    .option('--r0 <r>', 'weight norm for sphere weights', '1');
}

/** Creates a progress bar on stderr, only for a terminal and never with JSON output. */
function progressFor(io: Io, json: boolean, label: string): Progress {
  return io.isTTY && !json ? progressBar(process.stderr, label) : silentProgress;
}

/** Parses one number from an option, naming the option when it is not one. */
function numberOption(name: string, text: string): number {
  const v = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text.trim())
    ? Number(text)
    : Number.NaN;
  if (!Number.isFinite(v))
    throw new InputError(`--${name} = "${text}" is not a finite number`);
  return v;
}

async function reportCommand(
  io: Io,
  specs: string[],
  flags: ReportFlags,
): Promise<number> {
  const progress = progressFor(io, Boolean(flags.json), 'lfp report');
  const data = await buildReport(specs, {
    ...flags,
    xiMin: numberOption('xi-min', flags.xiMin),
    xiMax: numberOption('xi-max', flags.xiMax),
    points: numberOption('points', flags.points),
    checks: numberOption('checks', flags.checks),
    onProgress: (done, total) => progress.update(done, total),
  });
  progress.finish();
  const written = await writeReport(data, flags.out, { screenshot: flags.screenshot });
  const failed = data.checks.filter((c) => !c.passed);
  if (flags.json) {
    printJson(io, { dir: written.dir, files: written.files, checks: data.checks });
  } else {
    written.files.forEach((f) => io.out(`wrote ${f}`));
    io.out(
      `${data.checks.length - failed.length} of ${data.checks.length} checks passed`,
    );
  }
  if (failed.length === 0) return 0;
  io.err(
    `lfp: ${failed.length} checks failed; the Verification section of ` +
      `${written.files[0]} lists them`,
  );
  return 1;
}

function tableCommand(io: Io, flags: TableFlags): number {
  const format: TableFormat = flags.json ? 'json' : flags.format;
  const xi = parseXiList(flags.xi);
  const bad = xi.find((v) => !(v > 0));
  if (bad !== undefined) {
    throw new InputError(
      `--xi entry ${bad} is invalid: the coefficients are evaluated ` + 'at |ξ| > 0',
    );
  }
  const progress = progressFor(io, format === 'json', 'lfp table');
  const rows = buildTable({
    ...flags,
    activations: splitActivations(flags.activations),
    dims: parseDimensions(flags.dim),
    xi,
    coefficient: flags.coefficient,
    onProgress: (done, total) => progress.update(done, total),
  });
  progress.finish();
  io.out(formatTable(rows, format));
  return 0;
}
