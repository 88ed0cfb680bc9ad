import { describe, expect, it } from 'vitest';
import { assertClose } from '../helpers/close.js';
import {
  integrate, integrateLogScaled, tanhSinh,
} from '../../src/numeric/quadrature.js';
import {
  GAUSS_WEIGHTS, KRONROD_NODES, KRONROD_WEIGHTS,
} from '../../src/numeric/gauss-kronrod.js';
import { ConvergenceError, InputError } from '../../src/errors.js';

/** ∫_{−1}^{1} x^k dx = 2/(k + 1) for even k and 0 for odd k. */
const monomialIntegral = (k: number) => (k % 2 === 0 ? 2 / (k + 1) : 0);

function ruleSum(nodes: number[], weights: number[], k: number): number {
  let sum = weights[0]! * (nodes[0] === 0 ? (k === 0 ? 1 : 0) : 2 * nodes[0]! ** k);
  for (let j = 1; j < nodes.length; j++) {
    sum += weights[j]! * (nodes[j]! ** k + (-nodes[j]!) ** k);
  }
  return sum;
}

describe('Gauss-Kronrod tables', () => {
  it('integrate monomials exactly up to their degrees', () => {
    // The K15 rule is exact to degree 22 and the G7 rule to degree 13.
    const gaussNodes = [0, 2, 4, 6].map((k) => KRONROD_NODES[k]!);
    for (let k = 0; k <= 22; k++) {
      const want = monomialIntegral(k);
      const tol = { rel: 2e-15, abs: 1e-16 };
      assertClose(ruleSum(KRONROD_NODES, KRONROD_WEIGHTS, k), want, tol, `K15 x^${k}`);
      if (k <= 13) {
        assertClose(ruleSum(gaussNodes, GAUSS_WEIGHTS, k), want, tol, `G7 x^${k}`);
      }
    }
  });
});

// Expected values below are closed forms (named in each case); where the
// same integral is also computed by a second rule, both must agree.
describe('integrate', () => {
  const tight = { relTol: 1e-13 };
  const tol = { rel: 1e-13, abs: 1e-15 };

  it('integrates a polynomial on a finite interval', () => {
    // ∫_0^1 x^20 dx = 1/21
    const r = integrate((x) => x ** 20, 0, 1, tight);
    assertClose(r.value, 1 / 21, tol, '∫x^20');
    expect(r.converged).toBe(true);
    expect(r.error).toBeLessThan(1e-13 / 21);
  });

  it('integrates over infinite and half-infinite intervals', () => {
    // ∫ e^{−x²} = √π; ∫_0^∞ e^{−x} = 1; ∫_{−∞}^0 e^x = 1; ∫ 1/(1 + x²) = π
    assertClose(integrate((x) => Math.exp(-x * x), -Infinity, Infinity, tight).value,
      Math.sqrt(Math.PI), tol, 'gaussian');
    assertClose(integrate((x) => Math.exp(-x), 0, Infinity, tight).value, 1, tol, 'e^-x');
    assertClose(integrate(Math.exp, -Infinity, 0, tight).value, 1, tol, 'e^x');
    assertClose(integrate((x) => 1 / (1 + x * x), -Infinity, Infinity, tight).value,
      Math.PI, tol, 'lorentzian');
  });

  it('uses breakpoints at kinks', () => {
    // ∫_{−1}^{2} |x − 0.3| dx = (1.3² + 1.7²)/2 = 2.29
    const f = (x: number) => Math.abs(x - 0.3);
    const split = integrate(f, -1, 2, { ...tight, breakpoints: [0.3] });
    const plain = integrate(f, -1, 2, tight);
    assertClose(split.value, 2.29, tol, 'with breakpoint');
    assertClose(plain.value, 2.29, { rel: 1e-12, abs: 0 }, 'without breakpoint');
    expect(split.evaluations).toBe(30);
    expect(plain.evaluations).toBeGreaterThan(split.evaluations);
  });

  it('handles reversed limits and an integrable endpoint singularity', () => {
    // ∫_1^0 x dx = −1/2; ∫_0^1 log x dx = −1
    assertClose(integrate((x) => x, 1, 0).value, -0.5, tol, 'reversed');
    const r = integrate(Math.log, 0, 1, { relTol: 1e-10 });
    assertClose(r.value, -1, { rel: 1e-10, abs: 0 }, '∫log');
    expect(r.converged).toBe(true);
  });

  it('agrees with tanh-sinh on Γ(3.5)', () => {
    // ∫_0^∞ x^{5/2} e^{−x} dx = Γ(7/2) = (5/2)(3/2)(1/2)√π = 15√π/8
    const f = (x: number) => x ** 2.5 * Math.exp(-x);
    const want = (15 * Math.sqrt(Math.PI)) / 8;
    assertClose(integrate(f, 0, Infinity, tight).value, want, tol, 'Gauss-Kronrod');
    assertClose(tanhSinh(f, 0, Infinity, tight).value, want, tol, 'tanh-sinh');
  });

  it('reports non-convergence and throws only when strict', () => {
    const f = (x: number) => Math.sin(1e4 * x);
    const r = integrate(f, 0, 1, { maxEvaluations: 200 });
    expect(r.converged).toBe(false);
    expect(r.evaluations).toBeLessThanOrEqual(200);
    expect(() => integrate(f, 0, 1, { maxEvaluations: 200, strict: true }))
      .toThrow(ConvergenceError);
    try {
      integrate(f, 0, 1, { maxEvaluations: 200, strict: true });
    } catch (e) {
      expect((e as ConvergenceError).reached.evaluations).toBe(r.evaluations);
    }
  });

  it('rejects a non-finite integrand and invalid options', () => {
    expect(() => integrate(() => NaN, 0, 1)).toThrow(InputError);
    expect(() => integrate((x) => x, 0, 1, { relTol: -1 })).toThrow(InputError);
    expect(() => integrate((x) => x, 0, 1, { maxEvaluations: 0 })).toThrow(InputError);
    expect(() => integrate((x) => x, NaN, 1)).toThrow(InputError);
  });
});

describe('tanhSinh', () => {
  const tol = { rel: 1e-13, abs: 1e-15 };

  it('integrates endpoint singularities at 0', () => {
    // ∫_0^1 x^{−1/2} = 2; ∫_0^1 log x = −1; ∫_0^1 x^{−3/4} = 4
    assertClose(tanhSinh((x) => 1 / Math.sqrt(x), 0, 1).value, 2, tol, 'x^-1/2');
    assertClose(tanhSinh(Math.log, 0, 1).value, -1, tol, 'log');
    assertClose(tanhSinh((x) => x ** -0.75, 0, 1).value, 4, { rel: 1e-12, abs: 0 },
      'x^-3/4');
  });

  it('integrates a singular integrand on a half-line', () => {
    // ∫_0^∞ e^{−x}/√x dx = Γ(1/2) = √π
    const r = tanhSinh((x) => Math.exp(-x) / Math.sqrt(x), 0, Infinity);
    assertClose(r.value, Math.sqrt(Math.PI), tol, 'e^-x/√x');
    expect(r.converged).toBe(true);
  });

  it('splits at breakpoints', () => {
    // ∫_{−1}^{1} |x|^{−1/2} dx = 4, singular at the breakpoint 0
    const r = tanhSinh((x) => 1 / Math.sqrt(Math.abs(x)), -1, 1, { breakpoints: [0] });
    assertClose(r.value, 4, tol, '|x|^-1/2');
  });

  it('reports non-convergence under a small budget', () => {
    const r = tanhSinh((x) => Math.sin(1e3 * x), 0, 1, { maxEvaluations: 50 });
    expect(r.converged).toBe(false);
    expect(() => tanhSinh((x) => Math.sin(1e3 * x), 0, 1, {
      maxEvaluations: 50, strict: true,
    })).toThrow(ConvergenceError);
  });
});

// Expected values: identities named in each case, or
// test/reference/quadrature_values.py (mpmath 1.3.0, 40 digits).
describe('integrateLogScaled', () => {
  it('integrates a Gaussian far below the double range', () => {
    // ∫ e^{−5000 − 1000(x − 3)²} dx = e^{−5000} √(π/1000)
    const r = integrateLogScaled((x) => -5000 - 1000 * (x - 3) ** 2, -Infinity, Infinity);
    const want = -5000 + 0.5 * Math.log(Math.PI / 1000);
    assertClose(r.logValue, want, { rel: 1e-15, abs: 0 }, 'log Gaussian');
    expect(r.converged).toBe(true);
    expect(r.relError).toBeLessThan(1e-10);
  });

  it('reproduces log K_0(1e5) from its integral', () => {
    // K_0(x) = ∫_0^∞ e^{−x cosh t} dt (DLMF 10.32.9);
    // mpmath: log(besselk(0, 1e5)) = -100005.53067262983414
    const r = integrateLogScaled((t) => -1e5 * Math.cosh(t), 0, Infinity,
      { relTol: 1e-12 });
    assertClose(r.logValue, -100005.53067262983414, { rel: 1e-15, abs: 0 }, 'log K_0');
  });

  it('finds an interior peak on a half-line', () => {
    // log ∫_0^∞ e^{−1e6/r − r²/2} dr = -14999.6303731663146 (mpmath quad
    // with tanh-sinh and with Gauss-Legendre on two partitions)
    const r = integrateLogScaled((x) => -1e6 / x - (x * x) / 2, 0, Infinity,
      { relTol: 1e-12 });
    const tol = { rel: 1e-15, abs: 0 };
    assertClose(r.logValue, -14999.6303731663146, tol, 'interior peak');
    expect(r.converged).toBe(true);
  });

  it('accepts peak hints', () => {
    // ∫_0^10 e^{−1e8(x − 0.123456)²} dx = √(π/1e8) (the tails beyond the
    // interval are below e^{−1e6})
    const logf = (x: number) => -1e8 * (x - 0.123456) ** 2;
    const r = integrateLogScaled(logf, 0, 10, { peak: 0.123456 });
    const want = 0.5 * Math.log(Math.PI / 1e8);
    assertClose(r.logValue, want, { rel: 1e-13, abs: 0 }, 'hint');
  });

  it('rejects an empty or reversed interval and NaN', () => {
    expect(() => integrateLogScaled((x) => -x, 1, 1)).toThrow(InputError);
    expect(() => integrateLogScaled((x) => -x, 2, 1)).toThrow(InputError);
    expect(() => integrateLogScaled(() => NaN, 0, 1)).toThrow(InputError);
  });
});

describe('tanhSinh at a singular endpoint away from 0', () => {
  it('reports the part lost next to the endpoint', () => {
    // ∫_{−1}^{1} (1 − x²)^{−1/2} dx = π. Nodes stop one ulp short of ±1,
    // which loses about 2e-8; the estimate must cover that.
    const r = tanhSinh((x) => 1 / Math.sqrt(1 - x * x), -1, 1);
    expect(Math.abs(r.value - Math.PI)).toBeLessThanOrEqual(r.error);
    expect(r.converged).toBe(false);
  });

  it('reaches full accuracy after moving the singularity to 0', () => {
    // With x = 1 − y: ∫_0^1 (1 − x)^{−1/2} dx = ∫_0^1 y^{−1/2} dy = 2
    const lost = tanhSinh((x) => 1 / Math.sqrt(1 - x), 0, 1);
    expect(Math.abs(lost.value - 2)).toBeLessThanOrEqual(lost.error);
    const moved = tanhSinh((y) => 1 / Math.sqrt(y), 0, 1);
    assertClose(moved.value, 2, { rel: 1e-14, abs: 0 }, 'moved');
    expect(moved.converged).toBe(true);
  });
});
