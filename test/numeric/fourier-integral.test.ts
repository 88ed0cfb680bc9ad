import { describe, expect, it } from 'vitest';
import { assertClose } from '../helpers/close.js';
import { fourierTransformNumeric } from '../../src/numeric/fourier-integral.js';
import type { FourierOptions } from '../../src/numeric/fourier-integral.js';
import { InputError } from '../../src/errors.js';

type Pair = [number, number];

/**
 * A function with its transform from an identity, in the convention
 * F[f](ξ) = ∫ f(x) e^{−2πiξx} dx. The transforms of tanh and sech and the
 * integrable ones were also confirmed with mpmath's oscillatory
 * quadrature in test/reference/fourier_identities.py.
 */
interface Case {
  name: string;
  f: (x: number) => number;
  transform: (xi: number) => Pair;
  options: FourierOptions;
  /** ξ with the relative tolerance reached there. */
  points: [number, number][];
}

const PI2 = Math.PI ** 2;

const CASES: Case[] = [
  {
    // ∫ e^{−x²} e^{−2πiξx} dx = √π e^{−π²ξ²} (Gaussian integral)
    name: 'exp(-x^2)',
    f: (x) => Math.exp(-x * x),
    transform: (xi) => [Math.sqrt(Math.PI) * Math.exp(-PI2 * xi * xi), 0],
    options: {},
    points: [[0.05, 1e-12], [0.3, 1e-12], [0.7, 1e-12], [-0.4, 1e-12]],
  },
  {
    name: 'exp(-x^2), decaying',
    f: (x) => Math.exp(-x * x),
    transform: (xi) => [Math.sqrt(Math.PI) * Math.exp(-PI2 * xi * xi), 0],
    options: { decaying: true },
    points: [[0.05, 1e-14], [0.3, 1e-14], [0.7, 1e-13]],
  },
  {
    // 2∫_0^∞ e^{−x} cos(2πξx) dx = 2/(1 + 4π²ξ²)
    name: 'exp(-|x|)',
    f: (x) => Math.exp(-Math.abs(x)),
    transform: (xi) => [2 / (1 + 4 * PI2 * xi * xi), 0],
    options: { breakpoints: [0] },
    points: [[0.05, 1e-11], [0.3, 1e-11], [-0.3, 1e-11], [1.2, 1e-11], [3, 1e-11]],
  },
  {
    name: 'exp(-|x|), decaying',
    f: (x) => Math.exp(-Math.abs(x)),
    transform: (xi) => [2 / (1 + 4 * PI2 * xi * xi), 0],
    options: { breakpoints: [0], decaying: true },
    points: [[0.05, 1e-13], [0.3, 1e-13], [3, 1e-12]],
  },
  {
    // F[sign](ξ) = 1/(iπξ), the regular part of the tempered transform
    name: 'sign',
    f: Math.sign,
    transform: (xi) => [0, -1 / (Math.PI * xi)],
    options: { breakpoints: [0] },
    points: [[0.05, 1e-12], [0.3, 1e-12], [-0.3, 1e-12], [3, 1e-12]],
  },
  {
    // F[ReLU](ξ) = −1/(4π²ξ²) at ξ ≠ 0: ReLU = x·H(x), and
    // F[x g] = (i/2π) ∂_ξ F[g] applied to the regular part 1/(2πiξ) of
    // F[H] gives −1/(4π²ξ²); the point term (i/4π)δ' sits at ξ = 0
    name: 'relu',
    f: (x) => Math.max(x, 0),
    transform: (xi) => [-1 / (4 * PI2 * xi * xi), 0],
    options: { breakpoints: [0] },
    points: [[0.05, 1e-11], [0.3, 1e-11], [1.2, 1e-11], [3, 1e-11], [-0.4, 1e-11]],
  },
  {
    // Shifting the kink: F[f(· − 1)](ξ) = e^{−2πiξ} F[f](ξ)
    name: 'relu shifted to 1',
    f: (x) => Math.max(x - 1, 0),
    transform: (xi) => {
      const r = -1 / (4 * PI2 * xi * xi);
      return [r * Math.cos(2 * Math.PI * xi), -r * Math.sin(2 * Math.PI * xi)];
    },
    options: { breakpoints: [1] },
    points: [[0.3, 1e-11], [1.1, 1e-11]],
  },
  {
    // F[tanh](ξ) = −iπ csch(π²ξ), confirmed with mpmath as described above
    name: 'tanh',
    f: Math.tanh,
    transform: (xi) => [0, -Math.PI / Math.sinh(PI2 * xi)],
    options: {},
    points: [[0.05, 1e-12], [0.3, 1e-12], [0.7, 1e-11], [1.2, 1e-9]],
  },
  {
    // F[sech](ξ) = π sech(π²ξ), confirmed with mpmath as described above
    name: 'sech',
    f: (x) => 1 / Math.cosh(x),
    transform: (xi) => [Math.PI / Math.cosh(PI2 * xi), 0],
    options: {},
    points: [[0.05, 1e-11], [0.3, 1e-11], [0.7, 1e-11], [1.2, 1e-10]],
  },
  {
    name: 'sech, decaying',
    f: (x) => 1 / Math.cosh(x),
    transform: (xi) => [Math.PI / Math.cosh(PI2 * xi), 0],
    options: { decaying: true },
    points: [[0.3, 1e-13], [0.7, 1e-13], [1.2, 1e-11]],
  },
];

const ROWS = CASES.flatMap((c) =>
  c.points.map(([xi, rel]) => [c.name, xi, rel, c] as const));

describe('fourierTransformNumeric', () => {
  it.each(ROWS)('%s at ξ = %s matches its closed form', (name, xi, rel, c) => {
    const r = fourierTransformNumeric(c.f, xi, c.options);
    const [re, im] = c.transform(xi);
    const tol = { rel: 0, abs: rel * Math.hypot(re, im) };
    assertClose(r.re, re, tol, `${name} re at ${xi}`);
    assertClose(r.im, im, tol, `${name} im at ${xi}`);
  });

  it.each(ROWS)('%s at ξ = %s bounds its actual error', (_name, xi, _rel, c) => {
    const r = fourierTransformNumeric(c.f, xi, c.options);
    const [re, im] = c.transform(xi);
    expect(Math.hypot(r.re - re, r.im - im)).toBeLessThanOrEqual(r.error);
  });

  it('converges at relTol 1e-10 where the rounding allows it', () => {
    for (const c of CASES.filter((k) => ['relu', 'sign', 'exp(-|x|)'].includes(k.name))) {
      for (const xi of [0.05, 0.3, 1.2, 3]) {
        const r = fourierTransformNumeric(c.f, xi, { ...c.options, relTol: 1e-10 });
        expect(r.converged, `${c.name} at ${xi}`).toBe(true);
      }
    }
  });

  it('reports a transform below the rounding level honestly', () => {
    // √π e^{−9π²} ≈ 2.5e-39, far below the rounding of ∫ e^{−x²} ≈ 1.8
    const r = fourierTransformNumeric((x) => Math.exp(-x * x), 3, { relTol: 1e-10 });
    expect(r.converged).toBe(false);
    expect(Math.hypot(r.re, r.im)).toBeLessThanOrEqual(r.error);
    expect(r.error).toBeLessThan(1e-13);
  });

  it('finishes each evaluation well under a second', () => {
    // The evaluation count is the deterministic measure of the work. The
    // time bound is loose because test machines may be loaded; unloaded,
    // the slowest case took about 0.15 s on one core.
    let slowest = 0;
    let mostEvaluations = 0;
    for (const c of CASES) {
      for (const xi of [0.05, 1, 3]) {
        const start = performance.now();
        const r = fourierTransformNumeric(c.f, xi, c.options);
        slowest = Math.max(slowest, performance.now() - start);
        mostEvaluations = Math.max(mostEvaluations, r.evaluations);
      }
    }
    expect(mostEvaluations).toBeLessThan(150_000);
    expect(slowest).toBeLessThan(2000);
  });

  it('stops at the evaluation budget', () => {
    const r = fourierTransformNumeric(Math.tanh, 0.3, { maxEvaluations: 2000 });
    expect(r.converged).toBe(false);
    expect(Number.isFinite(r.re) && Number.isFinite(r.error)).toBe(true);
  });

  it('rejects ξ = 0, invalid options and a non-finite integrand', () => {
    expect(() => fourierTransformNumeric(Math.tanh, 0)).toThrow(InputError);
    expect(() => fourierTransformNumeric(Math.tanh, NaN)).toThrow(InputError);
    expect(() => fourierTransformNumeric(Math.tanh, 1, { relTol: -1 }))
      .toThrow(InputError);
    expect(() => fourierTransformNumeric(() => NaN, 1)).toThrow(InputError);
    expect(() => fourierTransformNumeric(Math.tanh, 1, { breakpoints: [Infinity] }))
      .toThrow(InputError);
  });
});
