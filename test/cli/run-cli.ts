/** Runs the lfp command line in-process and captures its output. */
import { main } from '../../src/cli/main.js';

export interface CliResult { code: number; stdout: string; stderr: string }

export async function runCli(...args: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io = {
    out: (t: string) => { stdout += t.endsWith('\n') ? t : `${t}\n`; },
    err: (t: string) => { stderr += t.endsWith('\n') ? t : `${t}\n`; },
    isTTY: false,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

export async function runJson(...args: string[]): Promise<any> {
  const r = await runCli(...args, '--json');
  if (r.code !== 0) throw new Error(`lfp ${args.join(' ')} exited ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}
