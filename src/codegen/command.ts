/** `lfp codegen ACT --out file.ts`: writes a standalone evaluator module. */
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { Io } from '../cli/run.js';
import { withKernelOptions } from '../cli/main.js';
import { derive, type DeriveOptions } from '../derive.js';
import { InputError } from '../errors.js';
import { generateModule } from './module.js';

type Runner = (body: () => number | Promise<number>) => Promise<void>;

type Flags = DeriveOptions & { out?: string; json?: boolean };

export function registerCodegenCommand(program: Command, io: Io, run: Runner): void {
  withKernelOptions(program.command('codegen <activation>'))
    .description('write a standalone TypeScript module (needs only decimal.js) that ' +
      'evaluates F[σ], F[σ\'], A and B in doubles and in decimal.js')
    .option('--out <file>', 'path of the .ts file to write')
    .action((spec: string, flags: Flags) => run(() => codegenCommand(io, spec, flags)));
}

/** Rebuilds the command line for the module's header, from the options that matter. */
function commandText(spec: string, flags: Flags): string {
  const parts = ['lfp codegen', spec, '--dim', String(flags.dim ?? 1)];
  parts.push('--weights', flags.weights ?? 'gaussian');
  if (flags.weights === 'sphere') parts.push('--r0', String(flags.r0 ?? 1));
  else parts.push('--sigma-w', String(flags.sigmaW ?? 1));
  parts.push('--sigma-a', String(flags.sigmaA ?? 1));
  return parts.join(' ');
}

function codegenCommand(io: Io, spec: string, flags: Flags): number {
  if (!flags.out || !flags.out.endsWith('.ts')) {
    throw new InputError(`--out is ${flags.out ? `"${flags.out}"` : 'missing'}: give ` +
      'the path of a .ts file to write, e.g. --out tanh-evaluators.ts');
  }
  const d = derive(spec, flags);
  const module = generateModule(d, commandText(spec, flags));
  writeModule(flags.out, module.source);
  if (flags.json) {
    io.out(JSON.stringify({ file: flags.out, ...module, source: undefined }, null, 2));
    return 0;
  }
  io.out(`wrote ${flags.out}: ${module.functions.join(', ')}`);
  module.skipped.forEach((s) => io.out(`not generated: ${s}`));
  return 0;
}

function writeModule(path: string, source: string): void {
  try {
    writeFileSync(path, source);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new InputError(`cannot write --out ${path}: ${reason}; give a path in an `
      + 'existing, writable folder');
  }
}
