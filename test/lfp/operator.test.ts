import { describe, expect, test } from 'vitest';
import { derive } from '../../src/derive.js';
import { InputError, NotDerivableError } from '../../src/errors.js';
import { realFunction } from '../../src/evaluate/compile.js';
import { findAsymptotes } from '../../src/lfp/asymptotes.js';
import { checkOperator } from '../../src/lfp/operator.js';
import { extrapolateToZero } from '../../src/lfp/richardson.js';
import { assertClose } from '../helpers/close.js';

// The kernel side integrates K(x,x') of the network directly; the LFP
// side uses A and B. Agreement after extrapolation in σ_b tests c_d and
// the 1/(4π²) of B: without that factor the σ'·xx' channel would be off
// by 4π² ≈ 39.5, and with half of c_d every channel would be off by 2.
describe('operator check in d = 1', () => {
  test.each(['relu', 'tanh', 'erf'])('%s agrees after extrapolation', (name) => {
    const check = checkOperator(derive(name), { xis: [0.5, 0.75] });
    for (const p of check.points) {
      expect(p.extrapolated.relError, `ξ = ${p.xi}`).toBeLessThan(1e-5);
      for (const [channel, c] of Object.entries(p.channels)) {
        expect(c.relError, `${channel} channel at ξ = ${p.xi}`).toBeLessThan(1e-5);
      }
      // The σ_b → ∞ limit is exact, so the raw error must fall like σ_b⁻².
      for (const order of p.observedOrders) {
        assertClose(order, 2, { rel: 0, abs: 0.1 }, `observed order at ξ = ${p.xi}`);
      }
      expect(Math.abs(p.rows[0]!.kernelImaginary)).toBeLessThan(1e-12);
    }
  });

  test('sphere weights', () => {
    const d = derive('relu', { weights: 'sphere', r0: 1.5 });
    const check = checkOperator(d, { xis: [0.5], sigmaBs: [10, 20, 40] });
    expect(check.worstExtrapolated).toBeLessThan(1e-5);
  });

  test('rejects d = 4', () => {
    expect(() => checkOperator(derive('relu', { dim: 4 }), { xis: [0.5] }))
      .toThrow(InputError);
  });

  test('rejects a degenerate activation', () => {
    expect(() => checkOperator(derive('sin'), { xis: [0.5] })).toThrow(NotDerivableError);
  });

  test('rejects ξ outside the range', () => {
    expect(() => checkOperator(derive('relu'), { xis: [0] })).toThrow(/ξ = 0 is invalid/);
    expect(() => checkOperator(derive('relu'), { xis: [0.5], sigmaBs: [10] }))
      .toThrow(/at least two/);
  });
});

// In d = 2 and 3 the test function is radial, and the LFP side carries
// the term (d − 1)B F[u]'/|ξ| of a radial divergence. Without that term
// the extrapolated value is off by 23 % for relu in d = 2.
describe('operator check in d = 2 and 3', () => {
  test.each([
    ['relu', 2], ['tanh', 2], ['erf', 2], ['relu', 3],
  ] as const)('%s in d = %i agrees after extrapolation', (name, dim) => {
    const check = checkOperator(derive(name, { dim }), { xis: [0.5] });
    const p = check.points[0]!;
    expect(p.extrapolated.relError).toBeLessThan(1e-5);
    for (const [channel, c] of Object.entries(p.channels)) {
      expect(c.relError, `${channel} channel`).toBeLessThan(1e-5);
    }
    for (const order of p.observedOrders) {
      assertClose(order, 2, { rel: 0, abs: 0.1 }, 'observed order');
    }
  });
});

describe('findAsymptotes', () => {
  test('relu lines', () => {
    const a = findAsymptotes(realFunction(derive('relu').expression, 'x'), 'relu');
    expect(a.plus).toEqual({ intercept: 0, slope: 1 });
    expect(a.minus.slope === 0 && a.minus.intercept === 0).toBe(true);
    expect(a.saturation).toBe(0);
  });

  test('tanh saturates where 2e^{−2s} reaches rounding', () => {
    // 1 − tanh(s) ≈ 2e^{−2s} falls below 2^{−52} at s = 26·ln 2 ≈ 18.0.
    const a = findAsymptotes(Math.tanh, 'tanh');
    expect(a.plus).toEqual({ intercept: 1, slope: 0 });
    expect(a.saturation).toBeGreaterThanOrEqual(17.5);
    expect(a.saturation).toBeLessThanOrEqual(19);
  });

  test('rejects growth faster than linear', () => {
    expect(() => findAsymptotes((s) => s * s, 'x²')).toThrow(NotDerivableError);
  });
});

describe('extrapolateToZero', () => {
  test('exact for a polynomial of degree n − 1', () => {
    const h = [1 / 100, 1 / 400, 1 / 1600];
    const y = h.map((t) => 3 - 2 * t + 5 * t * t);
    assertClose(extrapolateToZero(h, y), 3, { rel: 1e-14, abs: 0 }, 'y(0)');
  });
});
