/** `lfp verify ACT|all`: every check, with the agreement per check. */
import type { Command } from 'commander';
import type { Io } from './run.js';
import { printJson } from './run.js';
import { BUILTINS } from '../activations.js';
import { InputError } from '../errors.js';
import { verifyActivation } from '../verify/run.js';
import type { CheckResult } from '../verify/result.js';

type Runner = (body: () => number | Promise<number>) => Promise<void>;

interface Flags { dim?: string; weights?: string; json?: boolean; skipLaws?: boolean }

export function registerVerifyCommand(program: Command, io: Io, run: Runner): void {
  program.command('verify <activation>')
    .description('check closed forms, A, B and decay laws against numerical integration ("all" for every built-in)')
    .option('--dim <list>', 'comma-separated dimensions', '1,2,3')
    .option('--weights <list>', 'comma-separated weight models', 'gaussian,sphere')
    .option('--skip-laws', 'skip the decay-law checks')
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
  const specs = spec === 'all' ? BUILTINS.map((b) => b.name) : [spec];
  const results: CheckResult[] = [];
  specs.forEach((s, k) => {
    if (io.isTTY && !flags.json) io.err(`[${k + 1}/${specs.length}] ${s}`);
    for (const weights of models) {
      results.push(...verifyActivation(s, { dims, weights, skipLaws: flags.skipLaws }));
    }
  });
  const failed = results.filter((r) => !r.passed);
  if (flags.json) printJson(io, { checks: results, passed: results.length - failed.length, failed: failed.length });
  else printTable(io, results);
  return failed.length ? 1 : 0;
}

function printTable(io: Io, results: CheckResult[]): void {
  for (const r of results) {
    const where = [r.activation, r.dim ? `d=${r.dim}` : '', r.weights ?? '', r.at ?? ''].filter(Boolean).join(' ');
    io.out(`${r.passed ? 'pass' : 'FAIL'}  ${r.check.padEnd(34)} ${where.padEnd(40)} ${r.measured.toExponential(2)} <= ${r.tolerance.toExponential(0)}  ${r.detail}`);
  }
  const failed = results.filter((r) => !r.passed).length;
  io.out(`${results.length - failed} passed, ${failed} failed`);
}
