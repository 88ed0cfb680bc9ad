/**
 * The report's independent route to σ_b·A and σ_b·B: the log-space
 * trapezoidal rule, the constants c_d and the χ_d density, and the
 * coefficients against closed forms and mpmath values.
 */
import { describe, expect, test } from 'vitest';
import { assertClose } from '../helpers/close.js';
import { derive } from '../../src/derive.js';
import {
  integrateLogTrapezoid,
  logAddExp,
  logSumExp,
} from '../../src/report/log-trapezoid.js';
import {
  checkCoefficients,
  logCd,
  logChiDensity,
  logGammaHalf,
} from '../../src/report/radial-check.js';

const LN10 = Math.LN10;

describe('integrateLogTrapezoid', () => {
  // ∫ r^{k−1} e^{−r²/2} dr = 2^{k/2−1} Γ(k/2) (DLMF 5.9.1 with t = r²/2).
  test.each([
    { k: 1, want: Math.sqrt(Math.PI / 2) },
    { k: 2, want: 1 },
    { k: 5, want: 2 ** 1.5 * (3 / 4) * Math.sqrt(Math.PI) },
  ])('chi moment k = $k', ({ k, want }) => {
    const g = (t: number) => k * t - Math.exp(2 * t) / 2;
    const res = integrateLogTrapezoid(g, { start: 0 });
    expect(res.converged).toBe(true);
    assertClose(Math.exp(res.logValue), want, { rel: 1e-12, abs: 0 }, `k = ${k}`);
  });

  test('narrow peak far below the double range', () => {
    // exp(−5000 − 10⁴(t−3)²/2) integrates to e^{−5000} √(2π/10⁴).
    const g = (t: number) => -5000 - (1e4 * (t - 3) ** 2) / 2;
    const res = integrateLogTrapezoid(g, { start: 0 });
    const want = -5000 + 0.5 * Math.log((2 * Math.PI) / 1e4);
    expect(res.converged).toBe(true);
    assertClose(res.logValue, want, { rel: 0, abs: 1e-11 }, 'log of the integral');
  });

  test('slow power-law tail', () => {
    // ∫ e^{t}/(1 + e^{t})³ dt = ∫_0^∞ du/(1+u)³ = 1/2.
    const g = (t: number) => t - 3 * Math.log1p(Math.exp(t));
    const res = integrateLogTrapezoid(g, { start: 0 });
    assertClose(Math.exp(res.logValue), 0.5, { rel: 1e-12, abs: 0 }, 'integral');
  });

  test('zero integrand', () => {
    const res = integrateLogTrapezoid(() => -Infinity, { start: 0 });
    expect(res.logValue).toBe(-Infinity);
  });

  test('log-sum helpers', () => {
    assertClose(
      logAddExp(Math.log(2), Math.log(3)),
      Math.log(5),
      { rel: 1e-15, abs: 0 },
      'add',
    );
    expect(logAddExp(-Infinity, 1.5)).toBe(1.5);
    assertClose(
      logSumExp([-2000, -2000]),
      -2000 + Math.LN2,
      { rel: 1e-15, abs: 0 },
      'sum',
    );
  });
});

describe('radial constants', () => {
  test('log Γ(d/2) against Γ(1/2) = √π, Γ(5/2) = 3√π/4, Γ(3) = 2', () => {
    assertClose(
      logGammaHalf(1),
      0.5 * Math.log(Math.PI),
      { rel: 1e-15, abs: 0 },
      'd = 1',
    );
    assertClose(
      logGammaHalf(5),
      Math.log(0.75 * Math.sqrt(Math.PI)),
      { rel: 1e-14, abs: 1e-15 },
      'd = 5',
    );
    assertClose(logGammaHalf(6), Math.LN2, { rel: 1e-15, abs: 0 }, 'd = 6');
  });

  test('c_1 = 1/√(2π) and c_3 = 1/(2√2 π^{3/2})', () => {
    assertClose(
      Math.exp(logCd(1)),
      1 / Math.sqrt(2 * Math.PI),
      { rel: 1e-15, abs: 0 },
      'c_1',
    );
    assertClose(
      Math.exp(logCd(3)),
      1 / (2 * Math.SQRT2 * Math.PI ** 1.5),
      { rel: 1e-15, abs: 0 },
      'c_3',
    );
  });

  test('χ_3 density is Maxwell', () => {
    // χ_3 with σ_w = 2: √(2/π) r² e^{−r²/8} / 8.
    const r = 1.7;
    const want = (Math.sqrt(2 / Math.PI) * r * r * Math.exp(-(r * r) / 8)) / 8;
    assertClose(
      Math.exp(logChiDensity(r, 3, 2)),
      want,
      { rel: 1e-14, abs: 0 },
      'density',
    );
  });
});

/** E[r^m] = σ^m 2^{m/2} Γ((d+m)/2)/Γ(d/2), for integer d + m from Γ(n/2). */
function moment(m: number, d: number, sigma: number): number {
  return sigma ** m * 2 ** (m / 2) * Math.exp(logGammaHalf(d + m) - logGammaHalf(d));
}

describe('checkCoefficients', () => {
  // ReLU, Gaussian weights: A = c_d [E r³/(16π⁴ξ^{d+3}) + σ_a² E r/(4π² ξ^{d+1})],
  // B = c_d σ_a² E r/(16π⁴ ξ^{d+1}), from |F[ReLU]|² = 1/(16π⁴k⁴), |F[H]|² = 1/(4π²k²).
  test.each([1, 2, 3].flatMap((dim) => [0.3, 4].map((xi) => ({ dim, xi }))))(
    'relu d = $dim at |ξ| = $xi',
    ({ dim, xi }) => {
      const [sw, sa] = [1.5, 0.7];
      const d = derive('relu', { dim, sigmaW: sw, sigmaA: sa });
      const got = checkCoefficients(d, xi);
      const cd = Math.exp(logCd(dim));
      const p4 = Math.PI ** 4;
      const wantA =
        cd *
        (moment(3, dim, sw) / (16 * p4 * xi ** (dim + 3)) +
          (sa * sa * moment(1, dim, sw)) / (4 * Math.PI ** 2 * xi ** (dim + 1)));
      const wantB = (cd * sa * sa * moment(1, dim, sw)) / (16 * p4 * xi ** (dim + 1));
      expect(got.converged).toBe(true);
      assertClose(Math.exp(got.lnA), wantA, { rel: 1e-11, abs: 0 }, 'σ_b·A');
      assertClose(Math.exp(got.lnB), wantB, { rel: 1e-11, abs: 0 }, 'σ_b·B');
    },
  );

  // test/report/reference_values.py (mpmath 1.3.0, 40 digits).
  test.each([
    { dim: 1, xi: 0.5, log10A: -1.5036945597381694, log10B: -3.2406635849378422 },
    { dim: 1, xi: 5, log10A: -11.624918036159232, log10B: -13.230156769055981 },
    { dim: 1, xi: 50, log10A: -61.312330763936112, log10B: -62.90912211238567 },
    { dim: 1, xi: 200, log10A: -158.8594109983584, log10B: -160.45583915235264 },
    { dim: 3, xi: 0.5, log10A: -1.0855263657551896, log10B: -2.8600541795041341 },
    { dim: 3, xi: 200, log10A: -161.86381507458279, log10B: -163.46024359447957 },
  ])(
    'tanh Gaussian d = $dim at |ξ| = $xi against mpmath',
    ({ dim, xi, log10A, log10B }) => {
      const got = checkCoefficients(derive('tanh', { dim }), xi);
      expect(got.converged).toBe(true);
      // 1e-12 in log10 is a relative error of about 2.3e-12.
      assertClose(got.lnA / LN10, log10A, { rel: 0, abs: 1e-12 }, 'log10 σ_b·A');
      assertClose(got.lnB / LN10, log10B, { rel: 0, abs: 1e-12 }, 'log10 σ_b·B');
    },
  );

  // Same script; at |ξ| = 300 the values are far below the smallest double.
  test.each([
    { xi: 0.05, log10A: 2.1916739000175434, log10B: -0.78121290759835594 },
    { xi: 300, log10A: -1710.2805645653308, log10B: -1711.8769245770672 },
  ])('tanh on the sphere at |ξ| = $xi against mpmath', ({ xi, log10A, log10B }) => {
    const d = derive('tanh', { dim: 2, weights: 'sphere', r0: 1.5 });
    const got = checkCoefficients(d, xi);
    assertClose(got.lnA / LN10, log10A, { rel: 0, abs: 1e-10 }, 'log10 σ_b·A');
    assertClose(got.lnB / LN10, log10B, { rel: 0, abs: 1e-10 }, 'log10 σ_b·B');
  });

  test('σ_a = 0 makes B zero', () => {
    const got = checkCoefficients(derive('gelu', { sigmaA: 0 }), 1);
    expect(got.lnB).toBe(-Infinity);
    expect(Number.isFinite(got.lnA)).toBe(true);
  });
});
