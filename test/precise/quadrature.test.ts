/**
 * Tanh-sinh and Gauss–Legendre quadrature at 40–50 digits: closed-form
 * integrals with endpoint singularities and infinite ends, kinks at
 * breakpoints, and a narrow peak far in the tail checked by two
 * independent rules.
 *
 * Expected values are identities (stated per test) or mpmath 1.3.0 at
 * mp.dps = 70, printed by test/reference/precise_quadrature.py.
 */
import { describe, expect, test } from 'vitest';
import { InputError } from '../../src/errors.js';
import {
  type BigFloat, type Integrand, ONE, QuadratureConvergenceError, abs, add, cmp, cos,
  csch, div, exp, fromInt, gaussLegendre, log, mul, mulPow2, neg, parseDecimal, pi, sqrt,
  tanhSinh,
} from '../../src/precise/index.js';
import { agreeingDigits, assertDigits } from './precise-close.js';

const PI = '3.14159265358979323846264338327950288419716939937510582097494';
const SQRT_PI = '1.77245385090551602729816748334114518279754945612238712821381';
// mpmath 1.3.0, dps 70: e − 1 and sin 1.
const E_MINUS_ONE = '1.71828182845904523536028747135266249775724709369995957496697';
const SIN_ONE = '0.841470984807896506652502321630298999622563060798371065672752';

const expNeg: Integrand = (x, n) => exp(neg(x), n.precBits);
const expPos: Integrand = (x, n) => exp(x, n.precBits);
const absolute: Integrand = (x) => abs(x);
/** (1 − x)^−½ from the distance to the upper end. */
const inverseSqrtToOne: Integrand = (x, n) =>
  div(ONE, sqrt(n.toUpper!, n.precBits), n.precBits);
/** x^−¾ = exp(−¾ ln x) from the distance to the lower end. */
const powerThreeQuarters: Integrand = (x, n) => {
  const logX = log(n.fromLower!, n.precBits);
  return exp(mul(fromInt(-3), mulPow2(logX, -2), n.precBits), n.precBits);
};
const logFromLower: Integrand = (x, n) => log(n.fromLower!, n.precBits);
const lorentzian: Integrand = (x, n) =>
  div(ONE, add(ONE, mul(x, x, n.precBits), n.precBits), n.precBits);
const gaussian: Integrand = (x, n) => exp(neg(mul(x, x, n.precBits)), n.precBits);
const cosine: Integrand = (x, n) => cos(x, n.precBits);

describe('tanh-sinh closed forms at 50 digits', () => {
  type Case = [string, Integrand, number | string, number | string, string];
  const cases: Case[] = [
    // ∫_0^∞ e^−x dx = 1.
    ['exp(-x) on [0, inf)', expNeg, 0, Infinity, '1'],
    // ∫_−∞^0 e^x dx = 1.
    ['exp(x) on (-inf, 0]', expPos, -Infinity, 0, '1'],
    // ∫_0^1 (1 − x)^−½ dx = 2, with the distance to 1 from NodeInfo.
    ['(1-x)^(-1/2) on [0, 1]', inverseSqrtToOne, 0, 1, '2'],
    // ∫_0^1 x^−¾ dx = 4.
    ['x^(-3/4) on [0, 1]', powerThreeQuarters, 0, 1, '4'],
    // ∫_0^1 ln x dx = −1.
    ['log(x) on [0, 1]', logFromLower, 0, 1, '-1'],
    // ∫_−∞^∞ dx/(1 + x²) = π.
    ['1/(1+x^2) on R', lorentzian, -Infinity, Infinity, PI],
    // ∫_−∞^∞ e^−x² dx = √π.
    ['exp(-x^2) on R', gaussian, -Infinity, Infinity, SQRT_PI],
    ['exp(x) on [0, 1]', expPos, 0, 1, E_MINUS_ONE],
    // Reversed ends: ∫_1^0 = −∫_0^1.
    ['exp(x) on [1, 0]', expPos, 1, 0, `-${E_MINUS_ONE}`],
    // Decimal-string ends: ∫_0^1 cos = sin 1.
    ['cos on ["0", "1"]', cosine, '0', '1', SIN_ONE],
  ];

  test.each(cases)('%s', (label, f, a, b, want) => {
    const result = tanhSinh(f, a, b, { digits: 50 });
    expect(result.converged).toBe(true);
    assertDigits(result.value, want, 50, label);
    expect(result.evaluations).toBeGreaterThan(0);
  });

  test('kink at a breakpoint', () => {
    // ∫_−1^2 |x| dx = 5/2, with the kink at 0 as a breakpoint.
    const result = tanhSinh(absolute, -1, 2, { digits: 50, breakpoints: [0] });
    assertDigits(result.value, '2.5', 50, '|x| on [-1, 2]');
  });

  test.each([10, 20, 30, 50])('error estimate at %i digits', (digits) => {
    // ∫_0^∞ e^−x dx = 1. The estimate is not a bound, but it should be
    // at or above the actual error on smooth integrands like this one.
    const result = tanhSinh(expNeg, 0, Infinity, { digits });
    const error = abs(add(result.value, neg(ONE), 400));
    expect(cmp(error, result.errorEstimate)).toBeLessThanOrEqual(0);
  });
});

describe('Gauss-Legendre closed forms at 50 digits', () => {
  test('exp on [0, 1]', () => {
    const result = gaussLegendre(expPos, 0, 1, { digits: 50 });
    expect(result.converged).toBe(true);
    assertDigits(result.value, E_MINUS_ONE, 50, 'exp(x) on [0, 1]');
  });

  test.each([10, 20, 30, 50])('error estimate at %i digits', (digits) => {
    const result = gaussLegendre(expPos, 0, 1, { digits });
    const error = abs(add(result.value, neg(parseDecimal(E_MINUS_ONE, 400)), 400));
    expect(cmp(error, result.errorEstimate)).toBeLessThanOrEqual(0);
  });

  test('reversed ends and a kink', () => {
    // ∫_2^−1 |x| dx = −5/2 with the kink at 0 as a breakpoint.
    const result = gaussLegendre(absolute, 2, -1, { digits: 50, breakpoints: [0] });
    assertDigits(result.value, '-2.5', 50, '|x| on [2, -1]');
  });

  test('infinite ends rejected', () => {
    expect(() => gaussLegendre(expNeg, 0, Infinity, { digits: 20 })).toThrow(InputError);
  });
});

/**
 * π² csch²(π² ξ/r)/r · e^(−r²/2) at ξ = 1000: a peak of width about 0.6
 * near r = 27, of size e^(−1095) ≈ 1e−476.
 */
function narrowPeak(r: BigFloat, node: { precBits: number }): BigFloat {
  const p = node.precBits;
  const piSquared = mul(pi(p), pi(p), p);
  const c = csch(div(mul(piSquared, fromInt(1000), p), r, p), p);
  const gaussian = exp(neg(mulPow2(mul(r, r, p), -1)), p);
  return mul(div(mul(piSquared, mul(c, c, p), p), r, p), gaussian, p);
}

// mpmath 1.3.0, dps 70: two rules agree to 65 digits in
// test/reference/precise_quadrature.py.
const PEAK = '3.3141772641650062665094734491857538123850052471492325143193674765e-476';

describe('narrow peak far in the tail', () => {
  const partition = Array.from({ length: 23 }, (_, i) => 17 + i);

  test('tanh-sinh and Gauss-Legendre agree to 30 digits', () => {
    const ts = tanhSinh(narrowPeak, 0, Infinity, {
      digits: 40, breakpoints: [27], strict: true,
    });
    const gl = gaussLegendre(narrowPeak, 16, 40, {
      digits: 40, breakpoints: partition, strict: true,
    });
    expect(agreeingDigits(ts.value, gl.value)).toBeGreaterThanOrEqual(30);
    assertDigits(ts.value, PEAK, 40, 'tanh-sinh');
    assertDigits(gl.value, PEAK, 40, 'Gauss-Legendre');
  });

  test('strict mode reports the shortfall', () => {
    const options = { digits: 40, maxDegree: 48 };
    const run = () => gaussLegendre(narrowPeak, 16, 40, { ...options, strict: true });
    expect(run).toThrow(QuadratureConvergenceError);
    expect(run).toThrow(/did not reach 40 digits/);
    const lenient = gaussLegendre(narrowPeak, 16, 40, options);
    expect(lenient.converged).toBe(false);
    expect(lenient.evaluations).toBe(12 + 24 + 48);
  });
});

describe('invalid requests', () => {
  test('breakpoint outside the interval', () => {
    const outside = () => tanhSinh(expNeg, 0, 1, { digits: 20, breakpoints: [2] });
    expect(outside).toThrow(/strictly inside/);
  });

  test('digits out of range', () => {
    expect(() => tanhSinh(expNeg, 0, 1, { digits: 0 })).toThrow(InputError);
  });
});
