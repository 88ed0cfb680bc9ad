/**
 * --digits on lfp kernel, lfp fourier and lfp verify. Expected digits
 * are mpmath 1.3.0 values (see coefficients.test.ts) rounded to 40
 * significant digits.
 */
import { describe, expect, test } from 'vitest';
import { runCli, runJson } from '../cli/run-cli.js';

describe('lfp kernel --digits', () => {
  test('tanh at 1000 prints 40 correct digits', async () => {
    const r = await runCli('kernel', 'tanh', '--dim', '1', '--xi', '1000',
      '--digits', '40');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('A = 5.709984950997047717095190822990016520042e-472');
    expect(r.stdout).toMatch(/A: quadrature over r: trapezoidal sum in ln r/);
  });

  test('gelu JSON has the value and its digits', async () => {
    const j = await runJson('kernel', 'gelu', '--xi', '100', '--digits', '40');
    expect(j.digits).toBe(40);
    expect(j.points[0].A.value).toBe('7.471873504349632240709235944498955083859e-386');
    expect(j.points[0].A.digits).toBe(40);
    expect(j.points[0].A.method).toBe('closed form');
  });

  test('a negative frequency gives the coefficient at its magnitude', async () => {
    const j = await runJson('kernel', 'relu', '--xi', '-0.5', '--digits', '20');
    // mpmath: B(0.5) = 0.000816940910763346368157…, rounded to 20 digits.
    expect(j.points[0].B.value).toBe('0.00081694091076334636816');
  });
});

describe('lfp fourier --digits', () => {
  test('tanh at 1/2', async () => {
    const j = await runJson('fourier', 'tanh', '--xi', '0.5', '--digits', '30');
    expect(j.points[0].sigma.re).toBe('0');
    expect(j.points[0].sigma.im).toBe('-0.0451902732171938522942981499144');
    expect(j.points[0].sigma.imDigits).toBe(30);
  });
});

describe('invalid --digits', () => {
  for (const value of ['0', '1001', '2.5', 'many']) {
    test(`rejects ${value}`, async () => {
      const r = await runCli('kernel', 'relu', '--xi', '1', '--digits', value);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`--digits = "${value}" is invalid`);
      expect(r.stderr).toContain('from 1 to 1000');
    });
  }

  test('verify rejects it too', async () => {
    const r = await runCli('verify', 'relu', '--digits', '0');
    expect(r.code).toBe(2);
  });
});
