/** The `lfp` command line. */
import { Command, Option } from 'commander';
import { guarded, processIo, type Io } from './run.js';
import { runDerive } from './derive-command.js';
import { registerNumericCommands } from './numeric-commands.js';
import { registerVerifyCommand } from './verify-command.js';
import { registerDerivationsCommand } from './derivations-command.js';
import { registerLfpCommands } from './lfp-commands.js';
import { registerReportCommands } from './report-commands.js';
import { BUILTINS } from '../activations.js';

export function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command('lfp')
    .description('Fourier transforms, LFP coefficients and decay laws of activations')
    .option('--debug', 'show stack traces of internal errors')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });

  const debug = () => Boolean(program.opts().debug);
  const run = async (body: () => number | Promise<number>) => setExit(await guarded(io, debug(), body));

  withKernelOptions(program.command('derive <activation>'))
    .description('derive transforms, A, B and decay laws of a built-in name or a formula in x')
    .option('--latex', 'print a LaTeX align block')
    .option('--standalone', 'with --latex: print a compilable document')
    .action((spec: string, flags) => run(() => runDerive(io, spec, flags)));

  program.command('list')
    .description('list the built-in activations')
    .option('--json', 'print JSON')
    .action((flags) => run(() => {
      const rows = BUILTINS.map((b) => ({ name: b.name, formula: b.formula, description: b.description,
        parameters: b.parameters.map((p) => ({ name: p.name, default: p.default, range: p.range })) }));
      if (flags.json) io.out(JSON.stringify(rows, null, 2));
      else rows.forEach((r) => io.out(`${r.name.padEnd(12)} ${r.formula.padEnd(32)} ${r.description}`));
      return 0;
    }));

  registerNumericCommands(program, io, run);
  registerVerifyCommand(program, io, run);
  registerDerivationsCommand(program, io, run);
  registerLfpCommands(program, io, run);
  registerReportCommands(program, io, run);
  return program;
}

/** Adds --dim, --weights, --sigma-w, --sigma-a, --r0 and --json. */
export function withKernelOptions(c: Command, sigmaW = '1'): Command {
  return c
    .option('--dim <d>', 'input dimension d (integer ≥ 1)', '1')
    .addOption(new Option('--weights <model>', 'first-layer weight model').choices(['gaussian', 'sphere']).default('gaussian'))
    .option('--sigma-w <s>', 'standard deviation of Gaussian weights', sigmaW)
    .option('--sigma-a <s>', 'standard deviation of output weights', '1')
    .option('--r0 <r>', 'weight norm for sphere weights', '1')
    .option('--json', 'print JSON');
}

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (c) => (code = c));
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    const e = err as { code?: string; exitCode?: number };
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return 0;
    if (e.code === 'commander.help') return 0;
    return e.exitCode === 0 ? 0 : 2;
  }
  return code;
}

