/**
 * Checks the whole distribution F[σ] (regular part read as the Hadamard
 * finite part, plus the point terms at 0) through the identity
 *
 *   ⟨F[σ], φ⟩ = ⟨σ, F[φ]⟩,  φ(ξ) = e^{−π(ξ−s)²},  F[φ](x) = e^{−πx²−2πisx},
 *
 * whose right side is a plain integral of σ. The shift s makes the odd
 * point terms (δ') visible. Both sides are computed by quadrature here.
 */
import { describe, test } from 'vitest';
import { derive } from '../../src/derive.js';
import { expandAt, strip } from '../../src/asymptotics/series.js';
import { complexFunction, realFunction } from '../../src/evaluate/compile.js';
import { integrate } from '../../src/numeric/quadrature.js';
import type { ClosedTransform } from '../../src/fourier/transform.js';
import { assertClose } from '../helpers/close.js';

interface C { re: number; im: number }

const S = 0.3;
const SQRT_PI = Math.sqrt(Math.PI);

/** Physicists' Hermite polynomials H_0..H_4 at y. */
function hermite(k: number, y: number): number {
  return [1, 2 * y, 4 * y * y - 2, 8 * y ** 3 - 12 * y, 16 * y ** 4 - 48 * y * y + 12][k]!;
}

/** φ^(k)(0) for φ(ξ) = e^{−π(ξ−s)²}: (−√π)^k H_k(−√π s) e^{−πs²}. */
function phiDerivative(k: number): number {
  return (-SQRT_PI) ** k * hermite(k, -SQRT_PI * S) * Math.exp(-Math.PI * S * S);
}

const phi = (xi: number) => Math.exp(-Math.PI * (xi - S) ** 2);

function integrateComplex(f: (t: number) => C, a: number, b: number, breakpoints: number[] = []): C {
  const opts = { relTol: 1e-12, absTol: 1e-14, maxEvaluations: 400000, breakpoints };
  return {
    re: integrate((t) => f(t).re, a, b, opts).value,
    im: integrate((t) => f(t).im, a, b, opts).value,
  };
}

/** ⟨σ, F[φ]⟩ = ∫ σ(x) e^{−πx²} e^{−2πisx} dx. */
function rightSide(sigma: (x: number) => number, kinks: number[]): C {
  const w = (x: number) => sigma(x) * Math.exp(-Math.PI * x * x);
  return integrateComplex((x) => ({
    re: w(x) * Math.cos(2 * Math.PI * S * x), im: -w(x) * Math.sin(2 * Math.PI * S * x),
  }), -12, 12, kinks);
}

/** φ^(k)(ξ) = (−√π)^k H_k(√π(ξ − s)) φ(ξ). */
function phiDerivativeAt(k: number, xi: number): number {
  return (-SQRT_PI) ** k * hermite(k, SQRT_PI * (xi - S)) * phi(xi);
}

/**
 * ⟨fp ξ^{−n}, φ⟩ = ⟨pv 1/ξ, φ^(n−1)⟩/(n−1)!, because fp ξ^{−n} is
 * (−1)^{n−1}/(n−1)! times the (n−1)-th derivative of pv 1/ξ.
 */
function finitePart(n: number): number {
  const psi = (xi: number) => phiDerivativeAt(n - 1, xi);
  const odd = integrate((xi) => (psi(xi) - psi(-xi)) / xi, 0, Infinity,
    { relTol: 1e-13, absTol: 1e-15, maxEvaluations: 100000 }).value;
  return odd / factorial(n - 1);
}

function factorial(n: number): number {
  return n <= 1 ? 1 : n * factorial(n - 1);
}

/** Splits the series of R at 0 into its singular part and the rest. */
function laurent(t: ClosedTransform) {
  const s = strip(expandAt(t.sigma.regular, 'zero'));
  const singular = new Map<number, C>();
  const regular: [number, C][] = [];
  s.coeffs.forEach((c, j) => {
    const power = s.order + j;
    const v = complexFunction(c, 'xi')(1);
    if (power < 0) singular.set(-power, v);
    else regular.push([power, v]);
  });
  const at = (terms: Iterable<[number, C]>, xi: number, sign: number): C => {
    let re = 0; let im = 0;
    for (const [n, a] of terms) {
      re += a.re * xi ** (sign * n);
      im += a.im * xi ** (sign * n);
    }
    return { re, im };
  };
  return {
    singular,
    S: (xi: number) => at(singular, xi, -1),
    /** R − S near 0, from the series: avoids cancelling two large values. */
    rest: (xi: number) => at(regular, xi, 1),
  };
}

/** Below this |ξ| the series replaces R − S: its first omitted term is ~(2π·1e-3)^6. */
const SERIES_RADIUS = 1e-3;

function leftSide(t: ClosedTransform): C {
  const R = complexFunction(t.sigma.regular, 'xi');
  const { singular, S, rest } = laurent(t);
  const integrand = (xi: number): C => {
    const d = Math.abs(xi) < SERIES_RADIUS ? rest(xi) : sub(R(xi), S(xi));
    return { re: d.re * phi(xi), im: d.im * phi(xi) };
  };
  const cuts = [-SERIES_RADIUS, 0, SERIES_RADIUS];
  const body = integrateComplex(integrand, -Infinity, Infinity, cuts);
  let re = body.re;
  let im = body.im;
  for (const [n, a] of singular) {
    const fp = finitePart(n);
    re += a.re * fp;
    im += a.im * fp;
  }
  for (const p of t.sigma.points) {
    const c = complexFunction(p.coeff, 'xi')(0);
    const pairing = (-1) ** p.order * phiDerivative(p.order);
    re += c.re * pairing;
    im += c.im * pairing;
  }
  return { re, im };
}

const sub = (a: C, b: C): C => ({ re: a.re - b.re, im: a.im - b.im });

const CASES: [string, number[]][] = [
  ['relu', [0]], ['heaviside', [0]], ['sign', [0]], ['tanh', []],
  ['sigmoid', []], ['softplus', []], ['elu', [0]], ['elu(0.5)', [0]],
  ['leaky_relu(0.2)', [0]], ['gelu', []], ['silu', []], ['max(x, 1)', [1]],
  ['relu_power(2)', [0]], ['x', []], ['2 + x*tanh(x)', []],
];

describe('distribution F[σ] paired with a shifted Gaussian', () => {
  test.each(CASES)('%s', (spec, kinks) => {
    const d = derive(spec);
    const t = d.transform as ClosedTransform;
    const want = rightSide(realFunction(d.expression, 'x'), kinks);
    const got = leftSide(t);
    assertClose(got.re, want.re, { rel: 1e-8, abs: 1e-9 }, `${spec} real part`);
    assertClose(got.im, want.im, { rel: 1e-8, abs: 1e-9 }, `${spec} imaginary part`);
  });
});
