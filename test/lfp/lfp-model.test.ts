import { describe, expect, test } from 'vitest';
import { derive } from '../../src/derive.js';
import { sampleTarget } from '../../src/lfp/data.js';
import { computeDynamics } from '../../src/lfp/dynamics.js';
import {
  cosineRemainder, inverseCoefficient, subtractedDegree,
} from '../../src/lfp/inverse-coefficient.js';
import { project, projectMatrix } from '../../src/lfp/projection.js';
import { assertClose } from '../helpers/close.js';

// Expected values are Fourier pairs with the e^{−2πixξ} convention.
// e^{−πξ²} is its own transform. The homogeneous distribution |x|^a,
// continued analytically in a, has F[|x|^a](ξ) = −2Γ(a+1) sin(πa/2)
// / (2π|ξ|)^{a+1}. So the inverse transform of ξ^{−2} is −2π²|z| and
// that of ξ^{−4} is (4π⁴/3)|z|³, modulo polynomials of degree 0 and 2.
describe('inverseCoefficient', () => {
  test('the Gaussian is its own transform', () => {
    const t = inverseCoefficient({
      value: (xi) => Math.exp(-Math.PI * xi * xi),
      lowPower: 0, high: { C: 0, p: 0, c: Math.PI },
    }, 2, 1 / 16);
    expect(t.degree).toBe(-1);
    // C is interpolated to 1e-10 relative, and ∫|C| = 1.
    for (const z of [0, 0.1, 0.5, 1, 2]) {
      assertClose(t.at(z), Math.exp(-Math.PI * z * z), { rel: 0, abs: 1e-10 }, `z = ${z}`);
    }
  });

  test('ξ^−2 gives −2π²|z| modulo constants', () => {
    const t = inverseCoefficient({
      value: (xi) => xi ** -2, lowPower: 2, lowConstant: 1,
      high: { C: 1, p: 2, c: 0 },
    }, 1, 1 / 32);
    expect(t.degree).toBe(0);
    const base = t.at(0);
    for (const z of [1 / 32, 0.25, 0.5, 31 / 32]) {
      assertClose(t.at(z) - base, -2 * Math.PI ** 2 * z, { rel: 1e-9, abs: 0 }, `z = ${z}`);
    }
  });

  test('ξ^−4 gives (4π⁴/3)|z|³ modulo quadratics', () => {
    const t = inverseCoefficient({
      value: (xi) => xi ** -4, lowPower: 4, lowConstant: 1,
      high: { C: 1, p: 4, c: 0 },
    }, 1, 1 / 32);
    expect(t.degree).toBe(2);
    // The third difference removes the quadratic and leaves 6h³ times
    // the cubic's coefficient.
    const h = 1 / 8;
    for (const z of [0, 0.25, 0.5]) {
      const third = t.at(z + 3 * h) - 3 * t.at(z + 2 * h) + 3 * t.at(z + h) - t.at(z);
      assertClose(third, (4 * Math.PI ** 4 / 3) * 6 * h ** 3, { rel: 1e-8, abs: 0 }, `z = ${z}`);
    }
  });

  test('the subtracted degree makes the integrand bounded at 0', () => {
    expect([0.5, 1, 2, 3, 4, 5].map(subtractedDegree)).toEqual([-1, 0, 0, 2, 2, 4]);
  });

  test('the cosine remainder has no cancellation near 0', () => {
    // cos t − 1 + t²/2 = t⁴/24 − t⁶/720 + …
    const t = 1e-4;
    assertClose(cosineRemainder(t, 2), t ** 4 / 24 - t ** 6 / 720, { rel: 1e-15, abs: 0 }, 'j = 2');
    assertClose(cosineRemainder(3, 0), Math.cos(3) - 1, { rel: 1e-15, abs: 0 }, 'j = 0');
  });
});

describe('projection', () => {
  const xs = Float64Array.from({ length: 9 }, (_, i) => i / 9);

  test('removes polynomials of the degree and keeps what is orthogonal', () => {
    const quadratic = xs.map((x) => 3 - 2 * x + 5 * x * x);
    for (const v of project(quadratic, xs, 2)) expect(Math.abs(v)).toBeLessThan(1e-13);
    const linear = xs.map((x) => 1 + x);
    const projected = project(xs.map((x) => x * x), xs, 1);
    const dotLinear = projected.reduce((s, v, i) => s + v * linear[i]!, 0);
    expect(Math.abs(dotLinear)).toBeLessThan(1e-14);
  });

  test('P M P is symmetric and annihilates constants', () => {
    const n = xs.length;
    const m = Float64Array.from({ length: n * n },
      (_, k) => Math.exp(-Math.abs(xs[Math.floor(k / n)]! - xs[k % n]!)));
    const p = projectMatrix(m, xs, 0);
    for (let i = 0; i < n; i++) {
      let row = 0;
      for (let j = 0; j < n; j++) {
        row += p[i * n + j]!;
        expect(Math.abs(p[i * n + j]! - p[j * n + i]!)).toBeLessThan(1e-15);
      }
      expect(Math.abs(row)).toBeLessThan(1e-14);
    }
  });
});

// The NTK times come from the kernel computed from σ itself, by
// quadrature over w and b (ntk.ts). The LFP times come from the closed
// forms of A and B. Their relative difference must vanish as σ_b grows.
describe('LFP model against the NTK on data', () => {
  const data = sampleTarget('sin(2*pi*x)+0.5*sin(10*pi*x)', { points: 32 });
  const errors = (name: string) => {
    const d = derive(name);
    return [10, 20, 40].map((sigmaB) => computeDynamics(d, data, { sigmaB }).rows
      .map((row) => row.lfpTime! / row.ntkTime! - 1));
  };

  test('erf: the difference falls like σ_b^−2', () => {
    const e = errors('erf').map((row) => row[0]!);
    for (const k of [0, 1]) {
      const order = Math.log2(e[k]! / e[k + 1]!);
      expect(order, `σ_b step ${k}`).toBeGreaterThan(1.7);
      expect(order, `σ_b step ${k}`).toBeLessThan(2.3);
    }
    expect(Math.abs(e[2]!)).toBeLessThan(2e-3);
  });

  test('relu: below 1 % at σ_b = 40 and shrinking at both frequencies', () => {
    const e = errors('relu');
    for (const xi of [0, 1]) {
      const column = e.map((row) => Math.abs(row[xi]!));
      expect(column[1]).toBeLessThan(column[0]!);
      expect(column[2]).toBeLessThan(column[1]!);
      expect(column[2]).toBeLessThan(0.01);
    }
  });
});
