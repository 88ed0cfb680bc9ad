import { describe, expect, test } from 'vitest';
import { Command } from 'commander';
import { registerLfpCommands } from '../../src/cli/lfp-commands.js';
import { guarded, type Io } from '../../src/cli/run.js';

/** Runs one lfp command line and returns its exit code and output. */
async function lfp(args: string[], isTTY = false) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: (t) => err.push(t), isTTY };
  let code = -1;
  const program = new Command('lfp').exitOverride();
  registerLfpCommands(program, io, async (body) => {
    code = await guarded(io, false, body);
  });
  await program.parseAsync(args, { from: 'user' });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('lfp commands', () => {
  test('verify-operator --json passes for relu', async () => {
    const r = await lfp(['verify-operator', 'relu', '--xi', '0.5',
      '--sigma-b', '10,20,40', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.pass).toBe(true);
    expect(json.points[0].rows).toHaveLength(3);
    expect(json.points[0].extrapolated.relError).toBeLessThan(1e-5);
  });

  test('verify-operator rejects ξ = 0 with exit code 2', async () => {
    const r = await lfp(['verify-operator', 'relu', '--xi', '0']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/ξ = 0 is invalid/);
  });

  test('train reports progress only on a terminal', async () => {
    const args = ['train', 'tanh', '--target', 'sin(2*pi*x)', '--points', '8',
      '--width', '20', '--steps', '20'];
    const terminal = await lfp(args, true);
    expect(terminal.code).toBe(0);
    expect(terminal.err).toMatch(/100 %/);
    expect(terminal.out).toMatch(/falls like m\^/);
    const json = await lfp([...args, '--json'], true);
    expect(json.err).toBe('');
    const result = JSON.parse(json.out);
    expect(result.checkpoints.at(-1).step).toBe(20);
    expect(result.widthRuns.map((r: { width: number }) => r.width)).toEqual([20, 6, 2]);
    expect(typeof result.rows[0].lfpTime).toBe('number');
  });

  test('dynamics and fpnorm need exactly one data source', async () => {
    const r = await lfp(['dynamics', 'relu']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/exactly one of --target/);
    const both = await lfp(['fpnorm', 'relu', '--target', 'x', '--data', 'f.txt']);
    expect(both.code).toBe(2);
  });

  test('fpnorm all lists the activations without A', async () => {
    const r = await lfp(['fpnorm', 'all', '--target', 'sin(2*pi*x)', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.ranking[0].activation).toBe('relu');
    const skipped = json.skipped.map((s: { activation: string }) => s.activation);
    expect(skipped).toContain('sin');
  });
});
