/**
 * Failures found outside the derivation core and fixed since, kept as
 * regression tests. A failure that is known and not yet fixed goes here
 * as `test.fails`, with what is wrong. When it is fixed, its test starts
 * to fail, and the `.fails` is dropped.
 *
 * The crashes and hangs run the built command line (dist/, which
 * `npm test` builds before vitest starts) in a child process with a heap
 * limit and a timeout. In this process an out-of-memory crash or an
 * endless loop would stop the whole test run.
 */
import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { runCli } from '../cli/run-cli.js';
import { assertClose } from '../helpers/close.js';
import { parseActivation } from '../../src/expr/parse.js';
import { realFunction } from '../../src/evaluate/compile.js';
import { resolveActivation } from '../../src/activations.js';

const BIN = resolve(import.meta.dirname, '../../dist/cli/bin.js');
const built = existsSync(BIN);

/** Runs `lfp` in a child process with a 192 MB heap and a time limit. */
function runChild(args: string[], seconds: number) {
  const r = spawnSync(process.execPath, ['--max-old-space-size=192', BIN, ...args], {
    encoding: 'utf8', timeout: seconds * 1000, killSignal: 'SIGKILL',
  });
  return { code: r.status, stderr: r.stderr ?? '', timedOut: r.error !== undefined };
}

describe('crashes and hangs (child process)', () => {
  // Regression: together() once multiplied every denominator instead of
  // taking their least common multiple, and ran out of memory here.
  test.skipIf(!built).each(['x*exp(-abs(x-1))', 'x^2*exp(-abs(x))'])('derive %s finishes without running out of memory', (activation) => {
    const r = runChild(['derive', activation], 20);
    expect(r.timedOut).toBe(false);
    expect(r.code, r.stderr.slice(0, 300)).toBe(0);
  });

  // Regression: below |ξ| ≈ 1e-162 ξ² underflowed and the panels never
  // ended; such ξ are now rejected as input.
  test.skipIf(!built)('quadrature at ξ = 1e-300 stops', () => {
    const r = runChild(['fourier', 'x*tanh(log(1+exp(x)))', '--xi', '1e-300'], 6);
    expect(r.timedOut).toBe(false);
    expect([0, 2, 4]).toContain(r.code);
  });
});

describe('messages', () => {
  // Regression: a |ξ| beyond the extended range was rejected by a message
  // about csch that named neither the frequency nor what to do instead.
  test('kernel of tanh at |ξ| = 1e300 names the frequency', async () => {
    const r = await runCli('kernel', 'tanh', '--xi', '1e300');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/ξ|xi/);
    expect(r.stderr).toMatch(/1e\+?300/);
  });

  // Regression: the message once named neither the activation nor the
  // coefficient (A or B) that diverges.
  test('divergent coefficient names the activation', async () => {
    const r = await runCli('kernel', 'heaviside', '--xi', '1');
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/heaviside/);
  });
});

describe('double-precision evaluation', () => {
  // Regression: exp(x) − 1 in ELU cancelled near 0, leaving 8 correct
  // digits at x = −1e-10. Reference: mpmath 1.3.0, expm1(mpf(-1)/10**10).
  test('elu at -1e-10 keeps full precision', () => {
    const r = resolveActivation('elu');
    const elu = realFunction(parseActivation(r.formula, r.parameters).expr, 'x');
    assertClose(elu(-1e-10), -9.9999999995000000000166e-11, { rel: 1e-14, abs: 0 }, 'elu(-1e-10)');
  });
});
