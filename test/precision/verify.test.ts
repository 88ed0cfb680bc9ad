/**
 * lfp verify --digits: the high-precision checks pass for correct
 * formulas, say which precision each check ran at, and fail for a decay
 * law whose constant or exponent is off.
 */
import { describe, expect, test } from 'vitest';
import { derive } from '../../src/derive.js';
import type { Derivation } from '../../src/derive.js';
import { mul, num } from '../../src/expr/tree.js';
import * as Q from '../../src/expr/rational.js';
import { preciseLawChecks } from '../../src/verify/precise-law-check.js';
import { runCli, runJson } from '../cli/run-cli.js';

describe('lfp verify --digits', () => {
  test('gelu in d = 1 passes at 30 digits', async () => {
    const j = await runJson('verify', 'gelu', '--dim', '1', '--weights', 'gaussian',
      '--digits', '30');
    expect(j.digits).toBe(30);
    expect(j.failed).toBe(0);
    const labels = j.checks.map((c: { check: string }) => c.check);
    expect(labels).toContain('F[sigma] vs defining integral [30 digits]');
    expect(labels).toContain('A vs quadrature over r [30 digits]');
    expect(labels).toContain('A high-frequency law [30 digits]');
  });

  test('relu transforms fall back to double precision, labelled', async () => {
    const r = await runCli('verify', 'relu', '--dim', '1', '--weights', 'sphere',
      '--skip-laws', '--digits', '30');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('F[sigma] vs defining integral [double]');
    expect(r.stdout).toContain('A vs |F|^2 at r0 [30 digits]');
    expect(r.stdout).toMatch(/^Precision: checks marked \[30 digits\]/);
  });
});

describe('decay-law check', () => {
  const gelu = derive('gelu', { dim: 1 });

  /** Returns the derivation with its high-frequency A law changed by `change`. */
  function withHighA(change: (law: any) => any): Derivation {
    const laws = gelu.laws!;
    const law = (laws.high.A as { kind: 'law'; law: unknown }).law;
    const high = { ...laws.high, A: { kind: 'law' as const, law: change(law) } };
    return { ...gelu, laws: { ...laws, high } };
  }

  const highA = (d: Derivation) =>
    preciseLawChecks(d, 30).find((c) => c.check.startsWith('A high'))!;

  test('the derived law passes', () => {
    expect(highA(gelu).passed).toBe(true);
  });

  test('a constant off by 1 % fails', () => {
    const wrong = withHighA((law) => ({ ...law, C: mul(num(Q.rat(101, 100)), law.C) }));
    expect(highA(wrong).passed).toBe(false);
  });

  test('an exponent off by 1/10 fails', () => {
    const wrong = withHighA((law) => ({
      ...law, p: num(Q.add(law.p.value, Q.rat(1, 10))),
    }));
    expect(highA(wrong).passed).toBe(false);
  });

  test('an exact law is reported as exact', () => {
    const relu = derive('relu', { dim: 2 });
    const check = preciseLawChecks(relu, 30).find((c) => c.check.startsWith('B high'))!;
    expect(check.passed).toBe(true);
    expect(check.detail).toContain('exact law');
  });
});
