/**
 * The high-precision transform checks choose their two rules from the
 * integrand: the trapezoidal rule on the line and the midpoint sum where
 * it is analytic in a strip, tanh-sinh and Gauss–Legendre with
 * breakpoints where it has a kink or a jump. Either way every check
 * compares with the closed form and must pass.
 */
import { describe, expect, test } from 'vitest';
import { derive } from '../../src/derive.js';
import { preciseTransformChecks } from '../../src/verify/precise-transform-check.js';

const LINE_RULES = 'trapezoidal rule on the line and midpoint sum';
const BREAKPOINT_RULES = 'tanh-sinh and Gauss–Legendre';

describe('rules of the high-precision transform checks', () => {
  test.each([
    ['tanh', LINE_RULES],
    ['silu', LINE_RULES],
    // elu'' jumps at 0, so the line rules do not apply.
    ['elu', BREAKPOINT_RULES],
  ])('%s checks with the %s', (name, rules) => {
    const checks = preciseTransformChecks(derive(name, { dim: 1 }), 30);
    expect(checks.length).toBeGreaterThan(0);
    for (const check of checks) {
      expect(check.passed, `${check.check} ${check.at}: ${check.detail}`).toBe(true);
      expect(check.detail).toContain(rules);
    }
  });
});
