import { describe, expect, test } from 'vitest';
import { runCli, runJson } from './run-cli.js';
import { assertClose } from '../helpers/close.js';

describe('lfp derive', () => {
  test('tanh JSON has the documented fields', async () => {
    const j = await runJson('derive', 'tanh');
    expect(j.activation).toBe('tanh');
    expect(j.expression.text).toBe('tanh(x)');
    expect(j.derivative.text).toBe('sech(x)^2');
    expect(j.fourier.sigma.text).toBe('-pi*i*csch(pi^2*xi)');
    expect(typeof j.kernel.A.latex).toBe('string');
    for (const f of ['C', 'p', 'c', 'beta']) {
      expect(j.decay.high.A[f]).toHaveProperty('exact');
      expect(j.decay.high.A[f]).toHaveProperty('value');
    }
    // Gaussian weights and exponentially decaying transforms: β = 2/3.
    expect(j.decay.high.A.beta.exact).toBe('2/3');
    // |F[tanh](k)|² ~ 4π² e^{−2π²k}: c = (3/2)(2π²)^{2/3} for γ = 1, σ_w = 1.
    assertClose(Number(j.decay.high.A.c.value), 1.5 * (2 * Math.PI ** 2) ** (2 / 3), { rel: 1e-15, abs: 0 }, 'c');
  });

  test('relu decay laws are the stated powers', async () => {
    const j = await runJson('derive', 'relu', '--dim', '2');
    expect(j.decay.high.A.p.exact).toBe('3');
    expect(j.decay.low.A.p.exact).toBe('5');
  });

  test('LaTeX output is an align block', async () => {
    const r = await runCli('derive', 'gelu', '--latex');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\\begin\{align\}/);
    expect(r.stdout).toContain('\\operatorname{erf}');
  });

  test('sin is reported as degenerate', async () => {
    const j = await runJson('derive', 'sin');
    expect(j.degenerate.kind).toBe('point-masses');
    expect(j.kernel).toBeUndefined();
  });
});

describe('lfp fourier and kernel', () => {
  test('tanh transform at 0.7', async () => {
    const j = await runJson('fourier', 'tanh', '--xi', '0.7,-0.7');
    const want = -Math.PI / Math.sinh(Math.PI ** 2 * 0.7);
    assertClose(Number(j.points[0].sigma.im), want, { rel: 1e-14, abs: 0 }, 'im at 0.7');
    assertClose(Number(j.points[1].sigma.im), -want, { rel: 1e-14, abs: 0 }, 'im at -0.7');
    expect(Number(j.points[0].sigma.re)).toBe(0);
  });

  test('relu kernel at xi = 1 in d = 1', async () => {
    const j = await runJson('kernel', 'relu', '--dim', '1', '--xi', '1');
    const c1 = 1 / Math.sqrt(2 * Math.PI);
    const er3 = 2 * Math.sqrt(2 / Math.PI);
    const er1 = Math.sqrt(2 / Math.PI);
    const A = c1 * (er3 / (16 * Math.PI ** 4) + er1 / (4 * Math.PI ** 2));
    const B = (c1 * er1) / (4 * Math.PI ** 2) / (4 * Math.PI ** 2);
    assertClose(Number(j.points[0].A), A, { rel: 1e-14, abs: 0 }, 'A');
    assertClose(Number(j.points[0].B), B, { rel: 1e-14, abs: 0 }, 'B');
  });

  test('tanh kernel far in the tail is not 0', async () => {
    const j = await runJson('kernel', 'tanh', '--xi', '1000');
    expect(j.points[0].A).toMatch(/^5\.70998495\d*e-472$/);
  });
});

describe('exit codes and messages', () => {
  const cases: [string[], number, RegExp][] = [
    [['derive', 'foo(x)'], 2, /unknown function "foo"/],
    [['derive', 'exp(x)'], 3, /no Fourier transform/],
    [['derive', 'x^-1'], 3, /not locally integrable/],
    [['derive', 'tanh', '--dim', '0'], 2, /d = "0" is invalid/],
    [['derive', 'tanh', '--dim', '2.5'], 2, /d = "2.5" is invalid/],
    [['kernel', 'relu', '--xi', '0'], 2, /singular or undefined at ξ = 0/],
    [['kernel', 'relu', '--xi', 'abc'], 2, /"abc" is not a finite number/],
    [['kernel', 'relu'], 2, /--xi is missing/],
    [['kernel', 'sin', '--xi', '1'], 3, /point masses/],
    [['kernel', 'heaviside', '--xi', '1'], 3, /diverges/],
    [['derive', 'elu(-1)'], 2, /alpha = -1 must be positive/],
    [['derive', 'relu_power(2.5)'], 2, /integer from 1 to 12/],
    [['derive', 'tanh', '--weights', 'uniform'], 2, /invalid/],
  ];
  test.each(cases)('lfp %j', async (args, code, message) => {
    const r = await runCli(...args);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});
