/**
 * Edge cases of the derivation core: growth and decay at infinity,
 * singular points, steps inside functions, large powers of x and point
 * masses away from 0. Expected values come from the identities quoted
 * in each test, or from mpmath 1.3.0 where a test names it.
 */
import { describe, expect, test } from 'vitest';
import { derive } from '../../src/derive.js';
import { parseActivation } from '../../src/expr/parse.js';
import { derivative } from '../../src/expr/derivative.js';
import { toText } from '../../src/expr/print.js';
import { fourierTransform, type ClosedTransform } from '../../src/fourier/transform.js';
import { complexFunction } from '../../src/evaluate/compile.js';
import { transformAt } from '../../src/evaluate/transforms.js';
import { assertClose } from '../helpers/close.js';

interface C { re: number; im: number }

const CLOSED = { rel: 1e-13, abs: 1e-300 };
const XIS = [0.13, -0.4, 1.1];

function closed(formula: string): ClosedTransform {
  const t = fourierTransform(parseActivation(formula).expr);
  if (t.kind !== 'closed') throw new Error(`${formula}: ${t.kind}, ${t.reason}`);
  return t;
}

/** Compares the regular part of F[σ] with `want` at a few ξ. */
function expectRegular(formula: string, want: (xi: number) => C): void {
  const f = complexFunction(closed(formula).sigma.regular, 'xi');
  for (const xi of XIS) {
    const got = f(xi);
    const w = want(xi);
    assertClose(got.re, w.re, CLOSED, `${formula} re at ${xi}`);
    assertClose(got.im, w.im, CLOSED, `${formula} im at ${xi}`);
  }
}

/** Returns 1/(a + ib)^n as a complex number. */
function inversePower(a: number, b: number, n: number): C {
  const modulus = Math.hypot(a, b) ** -n;
  const angle = -n * Math.atan2(b, a);
  return { re: modulus * Math.cos(angle), im: modulus * Math.sin(angle) };
}

const pointText = (t: ClosedTransform) =>
  t.sigma.points.map((p) => `${toText(p.coeff)}@${toText(p.at)}^${p.order}`).sort();

describe('growth at infinity', () => {
  test('e^x/(1+e^x) is the sigmoid', () => {
    // Same function as 1/(1 + e^{−x}), so the same distribution.
    const a = closed('exp(x)/(1+exp(x))');
    const b = closed('1/(1+exp(-x))');
    expect(toText(a.sigma.regular)).toBe(toText(b.sigma.regular));
    expect(pointText(a)).toEqual(['1/2@0^0']);
  });

  test('H(x)e^{-x} is one-sided', () => {
    // ∫_0^∞ e^{−x} e^{−2πiξx} dx = 1/(1 + 2πiξ).
    expectRegular('heaviside(x)*exp(-x)', (xi) => inversePower(1, 2 * Math.PI * xi, 1));
  });

  test('x^24 H(x)e^{-x} keeps 24! exact', () => {
    // ∫_0^∞ x^n e^{−x} e^{−2πiξx} dx = n!/(1 + 2πiξ)^{n+1}.
    const factorial24 = 620448401733239439360000;
    expectRegular('x^24*heaviside(x)*exp(-x)', (xi) => {
      const z = inversePower(1, 2 * Math.PI * xi, 25);
      return { re: factorial24 * z.re, im: factorial24 * z.im };
    });
  });

  test('exp(-exp(x)) has a transform', () => {
    // Regular part Γ(−2πiξ) (substitute t = e^x); mpmath 1.3.0 gamma(-2j*pi*xi).
    const d = derive('exp(-exp(x))');
    expect(d.transform.kind).toBe('numerical');
    const p = transformAt(d, 0.3);
    assertClose(Number(p.sigma.re), 0.0047860669653724189529, { rel: 0, abs: 10 * p.error! }, 're');
    assertClose(Number(p.sigma.im), 0.094403718692015596736, { rel: 0, abs: 10 * p.error! }, 'im');
  });

  test.each(['exp(x)*tanh(x)', 'exp(x)+sin(x)', 'exp(x)*sin(x)', 'cosh(x)', '2^x', 'exp(x^2)*sech(x)^0'])(
    '%s grows', (formula) => {
      const t = fourierTransform(parseActivation(formula).expr);
      expect(t.kind).toBe('nonexistent');
    },
  );
});

describe('singular points', () => {
  test.each(['tanh(x)/x', '(1-exp(-x^2))/x^2', 'coth(x)-1/x', '(1-cos(x))/x^2', 'heaviside(x-1)/x', 'x*csch(x)'])(
    '%s is locally integrable', (formula) => {
      const t = fourierTransform(parseActivation(formula).expr);
      expect(t.kind, t.kind === 'closed' ? '' : t.reason).not.toBe('nonexistent');
    },
  );

  test.each([
    ['x^-1', '0'], ['1/abs(x)', '0'], ['coth(x)', '0'], ['1/(x^2-1)', '1'],
    ['1/(x+1)^2', '-1'], ['heaviside(x)/x', '0'], ['1/sin(x)', '0'], ['1/(x^3-2)', '1.259921050'],
  ])('%s is not locally integrable at %s', (formula, at) => {
    const t = fourierTransform(parseActivation(formula).expr);
    expect(t.kind).toBe('nonexistent');
    if (t.kind === 'nonexistent') expect(t.reason).toContain(`at s = ${at},`);
  });
});

describe('steps inside functions', () => {
  test('sin(H(x)) jumps by sin(1)', () => {
    // sin(H(x)) = sin(1)·H(x) for x ≠ 0, so F = sin(1)/(2πiξ) off 0.
    expectRegular('sin(heaviside(x))', (xi) => ({ re: 0, im: -Math.sin(1) / (2 * Math.PI * xi) }));
    expect(toText(derivative(parseActivation('sin(heaviside(x))').expr))).toBe('dirac(x)*sin(1)');
  });

  test('H(x)^3 has the jump of H', () => {
    expect(toText(derivative(parseActivation('heaviside(x)^3').expr))).toBe('dirac(x)');
  });

  test('abs(x)*exp(-abs(x)) is even', () => {
    // 2 Re 1/(1 + 2πiξ)² = 2(1 − 4π²ξ²)/(1 + 4π²ξ²)².
    expectRegular('abs(x)*exp(-abs(x))', (xi) => {
      const w = 4 * Math.PI ** 2 * xi ** 2;
      return { re: (2 * (1 - w)) / (1 + w) ** 2, im: 0 };
    });
  });
});

describe('powers of x', () => {
  test('x^8/(1+x^2) keeps only the Lorentzian', () => {
    // x^8/(1+x²) = x^6 − x^4 + x^2 − 1 + 1/(1 + x²).
    const t = closed('x^8/(1+x^2)');
    expect(toText(t.sigma.regular)).toBe('pi*exp(-2*pi*abs(xi))');
  });

  test('(x+1)^50 has the binomial point terms', () => {
    // Σ_k C(50, k)(i/2π)^k δ^(k): 1, 25i/π, −1225/(4π²), …
    const t = closed('(x+1)^50');
    expect(toText(t.sigma.regular)).toBe('0');
    expect(t.sigma.points).toHaveLength(51);
    expect(t.sigma.points.slice(0, 3).map((p) => toText(p.coeff)))
      .toEqual(['1', '25*i/pi', '-1225/(4*pi^2)']);
  });

  test('x^40*tanh(x) falls back to quadrature', () => {
    const t = fourierTransform(parseActivation('x^40*tanh(x)').expr);
    expect(t.kind).toBe('numerical');
  });

  test('x*sin(x) is a pair of δ\'', () => {
    // (i/2π) d/dξ of [δ(ξ − 1/2π) − δ(ξ + 1/2π)]/(2i).
    const t = closed('x*sin(x)');
    expect(toText(t.sigma.regular)).toBe('0');
    expect(pointText(t)).toEqual(['-1/(4*pi)@-1/(2*pi)^1', '1/(4*pi)@1/(2*pi)^1']);
    expect(derive('x*sin(x)').degenerate?.reason).toMatch(/derivatives of point masses/);
  });
});
