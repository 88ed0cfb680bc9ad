/**
 * Shared command-line plumbing: error reporting with exit codes that
 * tell bad input (2), no transform or divergence (3) and no
 * convergence (4) apart, and output as JSON or text.
 */
import { LfpError } from '../errors.js';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  isTTY: boolean;
}

export const processIo: Io = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
  isTTY: Boolean(process.stderr.isTTY),
};

/** Runs a command body and converts its errors into an exit code. */
export async function guarded(io: Io, debug: boolean, body: () => Promise<number> | number): Promise<number> {
  try {
    return await body();
  } catch (err) {
    if (err instanceof LfpError) {
      io.err(`lfp: ${err.message}`);
      if (debug && err.stack) io.err(err.stack);
      return err.exitCode;
    }
    const message = err instanceof Error ? err.message : String(err);
    io.err(`lfp: internal error: ${message}`);
    if (debug && err instanceof Error && err.stack) io.err(err.stack);
    else io.err('lfp: run again with --debug to see where it happened');
    return 1;
  }
}

export function printJson(io: Io, value: unknown): void {
  io.out(JSON.stringify(value, null, 2));
}
