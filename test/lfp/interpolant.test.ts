import { describe, expect, test } from 'vitest';
import { derive } from '../../src/derive.js';
import { sampleTarget } from '../../src/lfp/data.js';
import { lfpInterpolant } from '../../src/lfp/interpolant.js';
import { lfpModel } from '../../src/lfp/lfp-flow.js';
import { windowedSeminormSquared } from '../../src/lfp/fp-seminorm.js';
import { luFactor, luSolve } from '../../src/lfp/linear-solve.js';
import { assertClose } from '../helpers/close.js';

describe('luSolve', () => {
  test('a system that needs row exchanges', () => {
    // The first pivot is 0. The solution (1, 2, 3, 4) was chosen first and
    // the right side computed from it by hand.
    const a = Float64Array.from([0, 2, 1, 0, 1, 0, 0, 3, 4, 1, 0, 0, 0, 0, 5, 1]);
    const x = luSolve(luFactor(a, 4), [7, 13, 6, 19]);
    [1, 2, 3, 4].forEach((v, i) => assertClose(x[i]!, v, { rel: 1e-15, abs: 1e-15 }, `x${i}`));
  });
});

const TARGET = 'sin(2*pi*x)+0.5*sin(10*pi*x)';
const f = (x: number) => Math.sin(2 * Math.PI * x) + 0.5 * Math.sin(10 * Math.PI * x);

// B = 0 (σ_a = 0), so the FP seminorm of a function is σ_b ∫|F|²/A in
// Fourier space, computed without the x-space kernel.
describe.each([['tanh', '10'], ['relu', '1']])('end of the LFP dynamics, %s', (name, sigmaW) => {
  const d = derive(name, { sigmaW, sigmaA: '0' });
  const window = windowedSeminormSquared(d, f, 0, 1, 20);
  const runs = [8, 16, 32].map((n) => {
    const data = sampleTarget(TARGET, { points: n });
    return { data, end: lfpInterpolant(d, data, 20), flow: lfpModel(d, data, 20) };
  });

  test('takes the data values', () => {
    for (const { data, end } of runs) {
      data.xs.forEach((x, i) => {
        assertClose(end.at(x), data.ys[i]!, { rel: 0, abs: 1e-10 }, `x = ${x}`);
      });
    }
  });

  test('has the seminorm the flow reaches', () => {
    // From the flow: c(∞) = −(1/n) V Λ⁻¹ s, so cᵀ K c = (1/n) Σ s_m²/λ_m.
    for (const { data, end, flow } of runs) {
      const { rates, start } = flow.flow;
      let sum = 0;
      rates.forEach((r, m) => {
        if (r > 1e-12 * rates[0]!) sum += start[m]! ** 2 / r;
      });
      const n = data.xs.length;
      assertClose(sum / n, end.seminormSquared, { rel: 1e-9, abs: 0 }, `n = ${n}`);
    }
  });

  test('is the least-norm interpolant', () => {
    const norms = runs.map((r) => r.end.seminormSquared);
    expect(norms[1]).toBeGreaterThan(norms[0]!);
    expect(norms[2]).toBeGreaterThan(norms[1]!);
    // The windowed target also takes the data values, so its seminorm
    // is an upper bound for every n.
    for (const v of norms) expect(v).toBeLessThan(window);
  });

  test('obeys the power-function bound', () => {
    for (const { end } of runs) {
      for (let k = 0; k <= 100; k++) {
        const x = k / 101;
        const error = Math.abs(f(x) - end.at(x));
        expect(error, `x = ${x}`).toBeLessThanOrEqual(end.power(x) * Math.sqrt(window) + 1e-9);
      }
    }
  });
});
