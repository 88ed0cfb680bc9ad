import { describe, expect, test } from 'vitest';
import { derive } from '../../src/derive.js';
import { coefficientAt } from '../../src/evaluate/coefficients.js';

// Reference: python3 mpmath 1.3.0 at 60 digits, quadrature over r of
// c_1 E_r[(|F[σ](ξ/r)|² + |F[σ'](ξ/r)|²)/r] with |F[σ](k)|² =
// e^{−4π²k²}(1 + 1/(4π²k²))² and |F[σ'](k)|² = e^{−4π²k²}(1/(2πk) + 2πk)²,
// the integrand scaled by 10^386. tanh-sinh on [r*−15, r*−3, r*, r*+3,
// r*+15] and Gauss–Legendre on [r*−14, r*−2.2, r*+0.7, r*+4.1, r*+16],
// r* = (8π²ξ²)^{1/4}, agree to 29 digits.
const GELU_A_100 = { mantissa: 7.471873504349632240709, exponent: -386 };

describe('rounding error of closed forms in doubles', () => {
  test('gelu A(100): the estimate covers the cancellation', () => {
    const d = derive('gelu');
    if (d.kernel?.A.kind !== 'closed') throw new Error('gelu A is expected closed');
    const m = coefficientAt(d.kernel.A, 100);
    const reference = Math.log10(GELU_A_100.mantissa) + GELU_A_100.exponent;
    const actual = Math.abs(Math.expm1((m.log10 - reference) * Math.LN10));
    // The plain double sum loses about three digits here.
    expect(actual).toBeGreaterThan(1e-15);
    expect(m.relError).toBeGreaterThanOrEqual(actual);
    expect(m.relError).toBeLessThan(1e-10);
  });

  test('relu A(1): a short closed form keeps nearly every digit', () => {
    const d = derive('relu');
    if (d.kernel?.A.kind !== 'closed') throw new Error('relu A is expected closed');
    const m = coefficientAt(d.kernel.A, 1);
    // 1/(4π³) + 1/(8π⁵) in d = 1 (docs/conventions.md).
    const exact = 1 / (4 * Math.PI ** 3) + 1 / (8 * Math.PI ** 5);
    expect(Math.abs(m.value - exact) / exact).toBeLessThanOrEqual(m.relError);
    expect(m.relError).toBeLessThan(1e-14);
  });
});
