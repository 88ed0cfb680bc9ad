/**
 * The trapezoidal rule and the midpoint sum on the real line at 50
 * digits, on samplers written out here: several components on shared
 * nodes, the even mode, non-convergence at a kink, and invalid options.
 *
 * Expected values (mpmath 1.3.0 at mp.dps = 70): ∫e^(−x²) dx = √π,
 * ∫x² sech²x dx = π²/6, which mpmath's quad over [−∞, 0, ∞] reproduces
 * to all 60 printed digits, and ∫10^−100 x² e^(−x²) dx = 10^−100 √π/2,
 * where mpmath's quad, whose target is absolute, returns wrong digits.
 */
import { describe, expect, test } from 'vitest';
import { InputError } from '../../src/errors.js';
import {
  type BigFloat, abs, cmp, exp, mul, neg, parseDecimal, sech,
} from '../../src/precise/index.js';
import {
  type GridSampler, gridPoint,
} from '../../src/precise/quadrature/line-grid.js';
import { midpointLine } from '../../src/precise/quadrature/midpoint-line.js';
import {
  TrapezoidConvergenceError, trapezoidLine,
} from '../../src/precise/quadrature/trapezoid-line.js';
import { assertDigits } from './precise-close.js';

const SQRT_PI = '1.77245385090551602729816748334114518279754945612238712821381';
const PI_SQUARED_OVER_6 =
  '1.64493406684822643647241516664602518921894990120679843773556';
const TINY_SECOND_MOMENT =
  '8.86226925452758013649083741670572591398774728061193564106904e-101';

/** Samples functions of x directly at each grid point; the envelope is max |value|. */
function pointwise(...parts: ((x: BigFloat, prec: number) => BigFloat)[]): GridSampler {
  return (grid) => (k) => {
    const x = gridPoint(grid, k);
    const values = parts.map((part) => part(x, grid.prec));
    const sizes = values.map((v) => abs(v));
    const envelope = sizes.reduce((a, b) => (cmp(a, b) >= 0 ? a : b));
    return { values, envelope };
  };
}

const gaussian = (x: BigFloat, prec: number) => exp(neg(mul(x, x, prec)), prec);
const sechSquared = (x: BigFloat, prec: number) => {
  const s = sech(x, prec);
  return mul(s, s, prec);
};
const xSquaredSechSquared = (x: BigFloat, prec: number) =>
  mul(mul(x, x, prec), sechSquared(x, prec), prec);

describe('trapezoidal rule on the line', () => {
  test('exp(-x^2) integrates to sqrt(pi)', () => {
    const result = trapezoidLine(pointwise(gaussian),
      { digits: 50, step: 0.25, halfWidth: 12 });
    expect(result.converged).toBe(true);
    assertDigits(result.values[0]!, SQRT_PI, 50, 'both sides');
  });

  test('the even mode samples half the nodes', () => {
    const options = { digits: 50, step: 0.25, halfWidth: 12 };
    const full = trapezoidLine(pointwise(gaussian), options);
    const half = trapezoidLine(pointwise(gaussian), { ...options, even: true });
    assertDigits(half.values[0]!, SQRT_PI, 50, 'even');
    expect(half.evaluations).toBeLessThan(full.evaluations / 2 + 2);
  });

  test('two components share nodes', () => {
    // Strip half-width π/2: the step 2π(π/2)/(60 digits in nats) meets 50 digits.
    const step = (Math.PI * Math.PI) / (60 * Math.LN10);
    const result = trapezoidLine(pointwise(sechSquared, xSquaredSechSquared),
      { digits: 50, step, halfWidth: 70, even: true });
    assertDigits(result.values[0]!, '2', 50, 'sech^2');
    assertDigits(result.values[1]!, PI_SQUARED_OVER_6, 50, 'x^2 sech^2');
  });

  test('a tiny integrand vanishing at 0', () => {
    const scale = parseDecimal('1e-100', 256);
    const tiny = (x: BigFloat, prec: number) =>
      mul(scale, mul(mul(x, x, prec), gaussian(x, prec), prec), prec);
    const result = trapezoidLine(pointwise(tiny),
      { digits: 50, step: 0.25, halfWidth: 12 });
    assertDigits(result.values[0]!, TINY_SECOND_MOMENT, 50, '1e-100 x^2 exp(-x^2)');
  });

  test('a too large first step is refined', () => {
    const result = trapezoidLine(pointwise(sechSquared),
      { digits: 50, step: 0.5, halfWidth: 70 });
    expect(result.converged).toBe(true);
    expect(Number(result.step.man) * 2 ** result.step.exp).toBeLessThan(0.5);
    assertDigits(result.values[0]!, '2', 50, 'sech^2');
  });

  test('the midpoint sum at the final step agrees', () => {
    const first = trapezoidLine(pointwise(gaussian),
      { digits: 50, step: 0.25, halfWidth: 12 });
    const check = midpointLine(pointwise(gaussian),
      { step: first.step, range: first.range, precBits: first.precBits });
    assertDigits(check.values[0]!, SQRT_PI, 50, 'midpoint');
  });
});

describe('failures of the trapezoidal rule', () => {
  const kink = (x: BigFloat, prec: number) => exp(neg(abs(x)), prec);

  test('a kink is reported as not converged', () => {
    const result = trapezoidLine(pointwise(kink),
      { digits: 50, step: 0.05, halfWidth: 130 });
    expect(result.converged).toBe(false);
    expect(result.shortfall).toBe('step');
  });

  test('strict mode raises TrapezoidConvergenceError', () => {
    const run = () => trapezoidLine(pointwise(kink),
      { digits: 50, step: 0.05, halfWidth: 130, strict: true });
    expect(run).toThrow(TrapezoidConvergenceError);
    expect(run).toThrow(/did not reach 50 digits/);
  });

  test.each([
    ['step 0', { step: 0, halfWidth: 10 }],
    ['infinite halfWidth', { step: 0.1, halfWidth: Infinity }],
    ['maxLevel 1', { step: 0.1, halfWidth: 10, maxLevel: 1 }],
    ['negative extraBits', { step: 0.1, halfWidth: 10, extraBits: -1 }],
  ])('%s is invalid', (_label, options) => {
    expect(() => trapezoidLine(pointwise(gaussian), { digits: 50, ...options }))
      .toThrow(InputError);
  });
});
