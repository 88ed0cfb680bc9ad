/** `lfp verify ACT|all`: every check, with the agreement per check. */
import type { Command } from 'commander';
import type { Io } from './run.js';
import { printJson } from './run.js';
import { BUILTINS } from '../activations.js';
import { InputError } from '../errors.js';
import { verifyActivation } from '../verify/run.js';
import { verifyActivationPrecise } from '../verify/precise-run.js';
import { LAW_GRID } from '../verify/precise-law-check.js';
import { ALLOWED_LOSS } from '../verify/precise-transform-check.js';
import type { CheckResult } from '../verify/result.js';
import { parseDigits } from './numeric-commands.js';

type Runner = (body: () => number | Promise<number>) => Promise<void>;

interface Flags {
  dim?: string;
  weights?: string;
  json?: boolean;
  skipLaws?: boolean;
  digits?: string;
}

export function registerVerifyCommand(program: Command, io: Io, run: Runner): void {
  program.command('verify <activation>')
    .description('check closed forms, A, B and decay laws against numerical integration ("all" for every built-in)')
    .option('--dim <list>', 'comma-separated dimensions', '1,2,3')
    .option('--weights <list>', 'comma-separated weight models', 'gaussian,sphere')
    .option('--skip-laws', 'skip the decay-law checks')
    .option('--digits <n>', 'run the checks in arbitrary precision at this many ' +
      'significant digits (1 to 1000) instead of in double precision')
    .option('--json', 'print JSON')
    .action((spec: string, flags: Flags) => run(() => verifyCommand(io, spec, flags)));
}

function parseDims(text = '1,2,3'): number[] {
  return text.split(',').map((s) => {
    const d = /^\d+$/.test(s.trim()) ? Number(s) : NaN;
    if (!(d >= 1 && d <= 50)) throw new InputError(`--dim entry "${s}" is invalid: expected integers from 1 to 50`);
    return d;
  });
}

function parseWeights(text = 'gaussian,sphere'): ('gaussian' | 'sphere')[] {
  return text.split(',').map((s) => {
    const w = s.trim();
    if (w !== 'gaussian' && w !== 'sphere') throw new InputError(`--weights entry "${w}" is invalid: use gaussian or sphere`);
    return w;
  });
}

function verifyCommand(io: Io, spec: string, flags: Flags): number {
  const dims = parseDims(flags.dim);
  const models = parseWeights(flags.weights);
  const digits = parseDigits(flags.digits);
  const specs = spec === 'all' ? BUILTINS.map((b) => b.name) : [spec];
  const results: CheckResult[] = [];
  if (digits !== undefined && !flags.json) {
    precisionNote(digits).forEach((line) => io.out(line));
  }
  specs.forEach((s, k) => {
    if (io.isTTY && !flags.json) io.err(`[${k + 1}/${specs.length}] ${s}`);
    models.forEach((weights, m) => {
      const options = { dims, weights, skipLaws: flags.skipLaws };
      // The transforms do not depend on the weights, so they are checked once.
      results.push(...(digits === undefined
        ? verifyActivation(s, options)
        : verifyActivationPrecise(s, digits, { ...options, skipTransforms: m > 0 })));
    });
  });
  const failed = results.filter((r) => !r.passed);
  if (flags.json) {
    printJson(io, {
      ...(digits !== undefined ? { digits } : {}),
      checks: results, passed: results.length - failed.length, failed: failed.length,
    });
  } else printTable(io, results);
  return failed.length ? 1 : 0;
}

/** States which checks run at which precision and what passes. */
function precisionNote(digits: number): string[] {
  const need = digits - ALLOWED_LOSS;
  return [
    `Precision: checks marked [${digits} digits] run in arbitrary precision and ` +
      `pass when at least ${need} digits agree;`,
    '  transforms: against the defining integral of the lowest derivative of sigma ' +
      'that decays exponentially,',
    '    F[sigma^(m)] = (2 pi i xi)^m F[sigma]; where none exists the ' +
      'double-precision check runs, marked [double]; trapezoidal and midpoint ' +
      'sums on the line',
    '    where the integrand is analytic in a strip it shows, else tanh-sinh and ' +
      'Gauss-Legendre;',
    '  A and B: against quadrature over r of |F|^2 built from the transform ' +
      '(trapezoidal and midpoint sums',
    '    in ln r, or tanh-sinh and Gauss-Legendre on different partitions where ' +
      'those two disagree), or against',
    '    |F(xi/r0)|^2 for sphere weights; where A itself is an integral over r, ' +
      'the check tests its algebra',
    '    (c_d, the density, the simplified integrand) and each side gets its digits ' +
      'from its two rules;',
    `  decay laws: eps = coefficient/law - 1 at xi = ${LAW_GRID.high.join(', ')} ` +
      '(high frequency), extrapolated as a series in the',
    '    predicted correction to xi = infinity, must leave at most 1/100 of eps at ' +
      `${LAW_GRID.high.at(-1)};`,
    `    at xi = ${LAW_GRID.low.join(', ')} (low frequency) eps must shrink at least ` +
      'like xi log(1/xi) (or 1/log(1/xi) for logarithmic laws).',
  ];
}

/** Formats a tolerance: powers of ten as 1e-30, other values such as 1.25 in full. */
function toleranceText(t: number): string {
  const power = Math.log10(t);
  return Number.isInteger(power) ? t.toExponential(0) : String(t);
}

function printTable(io: Io, results: CheckResult[]): void {
  for (const r of results) {
    const where = [r.activation, r.dim ? `d=${r.dim}` : '', r.weights ?? '', r.at ?? '']
      .filter(Boolean).join(' ');
    const status = r.passed ? 'pass' : 'FAIL';
    const bar = `${r.measured.toExponential(2)} <= ${toleranceText(r.tolerance)}`;
    io.out(`${status}  ${r.check.padEnd(34)} ${where.padEnd(40)} ${bar}  ${r.detail}`);
  }
  const failed = results.filter((r) => !r.passed).length;
  io.out(`${results.length - failed} passed, ${failed} failed`);
}
