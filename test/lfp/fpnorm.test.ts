import { describe, expect, test } from 'vitest';
import { derive } from '../../src/derive.js';
import { NotDerivableError } from '../../src/errors.js';
import { sampleTarget } from '../../src/lfp/data.js';
import { fpNorm } from '../../src/lfp/fpnorm.js';
import { assertClose } from '../helpers/close.js';

describe('fpNorm', () => {
  test('relu, sin(2πx), from the moments of |w|', () => {
    // For relu in d = 1 with w ~ N(0, 1): A(ξ) = c₁[E|w|³/(16π⁴ξ⁴) + E|w|/(4π²ξ²)],
    // c₁ = 1/√(2π), E|w| = √(2/π), E|w|³ = 2√(2/π). sin(2πx) on [0, 1) has
    // |c_{±1}|² = 1/4, so ‖h‖² = (1/4 + 1/4)/A(1).
    const c1 = 1 / Math.sqrt(2 * Math.PI);
    const m1 = Math.sqrt(2 / Math.PI);
    const a1 = c1 * ((2 * m1) / (16 * Math.PI ** 4) + m1 / (4 * Math.PI ** 2));
    const r = fpNorm(derive('relu'), sampleTarget('sin(2*pi*x)', { points: 64 }));
    assertClose(r.squared, 0.5 / a1, { rel: 1e-12, abs: 0 }, '‖sin(2πx)‖²');
    expect(r.terms).toHaveLength(1);
  });

  test('relu ranks before tanh for a high frequency', () => {
    const data = sampleTarget('sin(2*pi*x)+0.5*sin(10*pi*x)', { points: 64 });
    const relu = fpNorm(derive('relu'), data);
    const tanh = fpNorm(derive('tanh'), data);
    expect(relu.log10Squared).toBeLessThan(tanh.log10Squared);
    // The ξ = 5 term dominates: 1/A grows faster than |c_k|² falls.
    expect(tanh.terms.find((t) => t.xi === 5)!.share).toBeGreaterThan(0.99);
  });

  test('rounding noise of the samples does not count', () => {
    // Without the noise floor, coefficients of size 1e-17 at ξ near 32 would
    // meet 1/A(32) > 10^100 for tanh.
    const r = fpNorm(derive('tanh'), sampleTarget('sin(2*pi*x)', { points: 64 }));
    expect(r.terms.map((t) => t.xi)).toEqual([1]);
  });

  test('rejects an activation without A', () => {
    const data = sampleTarget('sin(2*pi*x)', { points: 16 });
    expect(() => fpNorm(derive('sin'), data)).toThrow(NotDerivableError);
  });
});
