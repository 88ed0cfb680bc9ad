import { describe, expect, test } from 'vitest';
import { dawson } from '../../src/lfp/dawson.js';
import { windowMoments } from '../../src/lfp/gaussian-window.js';
import { integrate } from '../../src/numeric/quadrature.js';
import { assertClose } from '../helpers/close.js';

// mpmath 1.3.0, D = √π/2·e^{−y²}·erfi(y); regenerate with
// test/lfp/reference/dawson_values.py. Both branches of dawson() are
// covered: quadrature below 6.5, asymptotic series from 6.5 on.
const REFERENCE: [number, number][] = [
  [0.1, 0.099335992397852861],
  [1, 0.53807950691276842],
  [2.5, 0.22308372216743548],
  [6.4, 0.079115935911133732],
  [6.6, 0.076658970228914289],
  [20, 0.025031367926403672],
  [300, 0.0016666759260802512],
];

describe('dawson', () => {
  test.each(REFERENCE)('D(%f) matches mpmath', (y, want) => {
    assertClose(dawson(y).value, want, { rel: 5e-15, abs: 0 }, `D(${y})`);
    assertClose(dawson(-y).value, -want, { rel: 5e-15, abs: 0 }, `D(${-y})`);
  });

  // The derivatives against central differences of D itself.
  test.each([0.7, 3, 6.4, 6.6, 15])('derivatives at %f', (y) => {
    const h = 1e-4;
    const d = (t: number) => dawson(t).value;
    const first = (d(y + h) - d(y - h)) / (2 * h);
    const second = (d(y + h) - 2 * d(y) + d(y - h)) / (h * h);
    const v = dawson(y);
    assertClose(v.first, first, { rel: 1e-7, abs: 1e-12 }, `D'(${y})`);
    assertClose(v.second, second, { rel: 1e-4, abs: 1e-8 }, `D''(${y})`);
  });

  test('zero', () => {
    expect(dawson(0)).toEqual({ value: 0, first: 1, second: 0 });
  });
});

describe('windowMoments', () => {
  // ∫_0^∞ p(b) b^n e^{iκb} db by adaptive quadrature of the defining integral.
  const direct = (kappa: number, sigmaB: number, n: number, part: 'cos' | 'sin') => {
    const norm = 1 / (Math.sqrt(2 * Math.PI) * sigmaB);
    const p = (b: number) => norm * Math.exp(-0.5 * (b / sigmaB) ** 2);
    const trig = part === 'cos' ? Math.cos : Math.sin;
    const f = (b: number) => p(b) * b ** n * trig(kappa * b);
    return integrate(f, 0, 12 * sigmaB, { relTol: 1e-13, maxEvaluations: 400000 }).value;
  };

  const cases = [[0.3, 2], [1.7, 3], [-2, 1.5]];
  test.each(cases)('half line at κ = %f, σ_b = %f', (kappa, sigmaB) => {
    const m = windowMoments(kappa, sigmaB);
    for (const n of [0, 1, 2] as const) {
      const got = m.positive[n];
      const tol = { rel: 1e-10, abs: 1e-13 };
      assertClose(got.re, direct(kappa, sigmaB, n, 'cos'), tol, `Re H${n}`);
      assertClose(got.im, direct(kappa, sigmaB, n, 'sin'), tol, `Im H${n}`);
    }
  });

  test('whole line moments of the normal law', () => {
    // E[e^{iκb}] = e^{−κ²σ²/2}, E[b e^{iκb}] = iκσ² e^{−κ²σ²/2},
    // E[b² e^{iκb}] = (σ² − κ²σ⁴) e^{−κ²σ²/2}.
    const [kappa, s] = [0.4, 2];
    const g = Math.exp(-0.5 * kappa * kappa * s * s);
    const m = windowMoments(kappa, s);
    const tol = { rel: 1e-14, abs: 1e-16 };
    assertClose(m.whole[0].re, g, tol, 'E[e^{iκb}]');
    assertClose(m.whole[1].im, kappa * s * s * g, tol, 'Im E[b e^{iκb}]');
    const second = (s * s - kappa * kappa * s ** 4) * g;
    assertClose(m.whole[2].re, second, tol, 'E[b² e^{iκb}]');
  });
});
