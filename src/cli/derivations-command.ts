/** `lfp derivations --out DIR [--check]`: write or compare the records. */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import type { Io } from './run.js';
import { BUILTINS } from '../activations.js';
import { derivationRecord } from '../output/record.js';

type Runner = (body: () => number | Promise<number>) => Promise<void>;

export function registerDerivationsCommand(program: Command, io: Io, run: Runner): void {
  program.command('derivations')
    .description('write one derivation record per built-in activation')
    .option('--out <dir>', 'output folder', 'derivations')
    .option('--check', 'compare with the records in the folder instead of writing; exit 1 on a difference')
    .action((flags: { out: string; check?: boolean }) => run(() => writeRecords(io, flags.out, Boolean(flags.check))));
}

function writeRecords(io: Io, dir: string, check: boolean): number {
  if (!check) mkdirSync(dir, { recursive: true });
  let stale = 0;
  for (const b of BUILTINS) {
    const r = derivationRecord(b.name);
    for (const [file, text] of [[`${b.name}.md`, r.markdown], [`${b.name}.json`, r.json]] as const) {
      const path = join(dir, file);
      if (!check) writeFileSync(path, text);
      else if (!existsSync(path) || readFileSync(path, 'utf8') !== text) {
        io.err(`out of date: ${path} (run npm run derivations)`);
        stale += 1;
      }
    }
  }
  if (!check) io.out(`wrote ${BUILTINS.length * 2} files to ${dir}`);
  else if (stale === 0) io.out(`${BUILTINS.length * 2} records in ${dir} are up to date`);
  return stale ? 1 : 0;
}
