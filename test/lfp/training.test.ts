import { describe, expect, test } from 'vitest';
import { derive } from '../../src/derive.js';
import { InputError } from '../../src/errors.js';
import { parseData, sampleTarget } from '../../src/lfp/data.js';
import { fastActivation } from '../../src/lfp/fast-activation.js';
import { ntkGram } from '../../src/lfp/ntk.js';
import { computeDynamics } from '../../src/lfp/dynamics.js';
import { trainNetwork } from '../../src/lfp/train.js';
import { gradientStep, initialNetwork, predict } from '../../src/lfp/network.js';
import { seededRandom } from '../../src/lfp/random.js';
import { symmetricEigen } from '../../src/lfp/eigen.js';
import { assertClose } from '../helpers/close.js';

describe('ntkGram', () => {
  // Over (w, b) jointly, z = wx + b and z' = wx' + b are jointly normal with
  // variances x² + σ_b², x'² + σ_b² and covariance xx' + σ_b² (σ_w = 1).
  // For relu the expectations are the arc-cosine kernel of degree 1 and 0
  // (Cho and Saul, NIPS 2009): E[relu relu] = s s'(sin θ + (π − θ) cos θ)/2π,
  // E[H H] = (π − θ)/2π with cos θ the correlation. θ comes from atan2,
  // since s²t² − (xy + σ_b²)² = σ_b²(x − y)² and acos loses half the digits near 1.
  const arcCosine = (x: number, y: number, sb: number) => {
    const s = Math.hypot(x, sb);
    const t = Math.hypot(y, sb);
    const theta = Math.atan2(sb * Math.abs(x - y), x * y + sb * sb);
    const shape = Math.sin(theta) + (Math.PI - theta) * Math.cos(theta);
    const ss = (s * t * shape) / (2 * Math.PI);
    return ss + ((Math.PI - theta) / (2 * Math.PI)) * (1 + x * y);
  };

  test('relu matches the arc-cosine kernel', () => {
    const d = derive('relu');
    const xs = Float64Array.from([-0.8, 0, 0.3, 1]);
    for (const sb of [1, 4]) {
      const gram = ntkGram(d, fastActivation(d), sb, xs);
      xs.forEach((x, i) => xs.forEach((y, j) => {
        assertClose(gram[i * 4 + j]!, arcCosine(x, y, sb), { rel: 1e-10, abs: 0 },
          `K(${x}, ${y}), σ_b = ${sb}`);
      }));
    }
  });

  test('erf matches the arcsine kernel', () => {
    // Williams (NIPS 1996): E[erf z erf z'] = (2/π) asin(2Σ₁₂/√((1+2Σ₁₁)(1+2Σ₂₂))),
    // and E[erf'(z) erf'(z')] = (4/π) det(I + 2Σ)^{−1/2}.
    const d = derive('erf');
    const sb = 2;
    const xs = Float64Array.from([0.2, 0.9]);
    const gram = ntkGram(d, fastActivation(d), sb, xs);
    const cov = (x: number, y: number) => x * y + sb * sb;
    const [x, y] = [0.2, 0.9];
    const scale = Math.sqrt((1 + 2 * cov(x, x)) * (1 + 2 * cov(y, y)));
    const asin = Math.asin((2 * cov(x, y)) / scale);
    const det = (1 + 2 * cov(x, x)) * (1 + 2 * cov(y, y)) - 4 * cov(x, y) ** 2;
    const want = (2 / Math.PI) * asin + (4 / Math.PI) / Math.sqrt(det) * (1 + x * y);
    assertClose(gram[1]!, want, { rel: 1e-9, abs: 0 }, 'K(0.2, 0.9)');
  });
});

describe('symmetricEigen', () => {
  test('reconstructs the matrix', () => {
    const n = 6;
    const a = Float64Array.from({ length: n * n }, (_, k) =>
      Math.exp(-Math.abs(Math.floor(k / n) - (k % n))));
    const { values, vectors } = symmetricEigen(a, n);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        let s = 0;
        for (let m = 0; m < n; m++) {
          s += vectors[i * n + m]! * values[m]! * vectors[j * n + m]!;
        }
        assertClose(s, a[i * n + j]!, { rel: 0, abs: 1e-14 }, `A[${i}][${j}]`);
      }
    }
    expect(values[0]).toBeGreaterThan(values[n - 1]!);
  });
});

describe('computeDynamics', () => {
  test('low frequency first, and the LFP model within 2 % of the NTK', () => {
    const data = sampleTarget('sin(2*pi*x)+0.5*sin(10*pi*x)', { points: 32 });
    const r = computeDynamics(derive('relu'), data, { sigmaB: 10 });
    expect(r.rows.map((row) => row.xi)).toEqual([1, 5]);
    const [low, high] = r.rows;
    expect(low!.ntkTime!).toBeLessThan(high!.ntkTime! / 10);
    for (const row of r.rows) {
      const ratio = row.lfpTime! / row.ntkTime!;
      expect(Math.abs(ratio - 1), `ξ = ${row.xi}`).toBeLessThan(0.02);
    }
    const first = r.snapshots[0]!;
    expect(first.time).toBe(0);
    assertClose(first.rmsResidual, Math.sqrt(0.625), { rel: 1e-12, abs: 0 }, 'rms of −y');
  });
});

describe('network', () => {
  test('gradient matches finite differences of the loss', () => {
    const d = derive('tanh');
    const act = fastActivation(d);
    const xs = Float64Array.from([0.1, 0.5, 0.8]);
    const ys = Float64Array.from([1, -1, 0.5]);
    const loss = (net: ReturnType<typeof initialNetwork>) => {
      const f = predict(net, act, xs);
      return f.reduce((s, v, i) => s + (v - ys[i]!) ** 2, 0) / (2 * xs.length);
    };
    const net = initialNetwork(d, 4, 1, seededRandom(7));
    net.b[0] = 0.3;
    const h = 1e-6;
    const before = Float64Array.from(net.b);
    const shifted = (dh: number) =>
      Float64Array.from(before, (v, j) => (j === 0 ? v + dh : v));
    const plus = { ...net, b: shifted(h) };
    const minus = { ...net, b: shifted(-h) };
    const numeric = (loss(plus) - loss(minus)) / (2 * h);
    const eta = 1e-3;
    gradientStep(net, act, xs, ys, eta);
    const gradient = (before[0]! - net.b[0]!) / eta;
    assertClose(gradient, numeric, { rel: 1e-6, abs: 1e-12 }, '∂L/∂b₀');
  });

  test('starts from f = 0', () => {
    const d = derive('relu');
    const net = initialNetwork(d, 10, 2, seededRandom(3));
    const f = predict(net, fastActivation(d), Float64Array.from([0, 0.5, 1]));
    for (const v of f) expect(Math.abs(v)).toBeLessThan(1e-15);
  });
});

describe('trainNetwork', () => {
  test('difference from the NTK falls as the width grows', () => {
    const data = sampleTarget('sin(2*pi*x)', { points: 12 });
    const d = derive('tanh');
    const difference = (width: number) => {
      // Two seeds, so that one lucky draw cannot decide the order.
      const runs = [1, 2].map((seed) =>
        trainNetwork(d, data, { width, steps: 40, seed, sigmaB: 2 }));
      return runs.reduce((s, r) => s + r.checkpoints.at(-1)!.relDifference, 0) / 2;
    };
    const widths = [32, 256, 2048];
    const diffs = widths.map(difference);
    expect(diffs[1]).toBeLessThan(diffs[0]!);
    expect(diffs[2]).toBeLessThan(diffs[1]!);
  });

  test('rejects an unstable step', () => {
    const data = sampleTarget('sin(2*pi*x)', { points: 8 });
    expect(() => trainNetwork(derive('tanh'), data,
      { width: 8, steps: 1, seed: 1, sigmaB: 1, learningRate: 100 })).toThrow(/stable/);
  });
});

describe('data', () => {
  test('parses pairs and comments', () => {
    const data = parseData('# x y\n0 1\n0.25, 2\n0.5\t3\n\n0.75 4\n');
    expect(Array.from(data.xs)).toEqual([0, 0.25, 0.5, 0.75]);
    assertClose(data.period, 1, { rel: 1e-15, abs: 0 }, 'period');
  });

  test('names the bad line', () => {
    expect(() => parseData('0 1\n0.5 x\n')).toThrow(/line 2/);
    expect(() => parseData('0 1\n0.5 x\n')).toThrow(InputError);
  });

  test('rejects a target that is not finite', () => {
    expect(() => sampleTarget('1/x', { points: 8 })).toThrow(InputError);
  });
});
