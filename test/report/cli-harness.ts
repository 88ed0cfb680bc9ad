/**
 * Runs `lfp` commands in-process with captured output. The report and
 * table commands are registered here when the program does not have them
 * yet, so these tests run whether or not main.ts includes them.
 */
import { buildProgram } from '../../src/cli/main.js';
import { guarded, type Io } from '../../src/cli/run.js';
import { registerReportCommands } from '../../src/cli/report-commands.js';

export interface CliResult {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

export async function runLfp(argv: readonly string[], isTTY = false): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: (t) => err.push(t), isTTY };
  let code = 0;
  const program = buildProgram(io, (c) => (code = c));
  const names = program.commands.map((c) => c.name());
  if (!names.includes('report') && !names.includes('table')) {
    registerReportCommands(program, io, async (body) => {
      code = await guarded(io, false, body);
    });
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (e) {
    // As main() does: commander's own errors (bad option values) exit with 2.
    const x = e as { exitCode?: number };
    code = x.exitCode === 0 ? 0 : 2;
  }
  return { code, out: out.join('\n'), err: err.join('\n') };
}
