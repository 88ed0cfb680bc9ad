/**
 * Property tests with fast-check (fixed seeds, bounded run counts):
 *
 * - random compositions from the grammar either derive, with a closed
 *   form that agrees with quadrature of the defining integral, or fail
 *   with one of the typed errors;
 * - the scaling, shift, derivative and multiplication-by-x rules on
 *   random parameters agree with quadrature and with the scaling
 *   identity F[f(ax + b)](ξ) = e^{2πiξb/a} F[f](ξ/a)/|a|;
 * - high-precision evaluators are consistent across precisions: digits
 *   claimed at a lower precision are never contradicted at a higher one.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { Decimal } from 'decimal.js';
import { derive, type Derivation } from '../../src/derive.js';
import { LfpError } from '../../src/errors.js';
import type { Expr } from '../../src/expr/tree.js';
import { complexFunction, realFunction } from '../../src/evaluate/compile.js';
import { stableForm } from '../../src/evaluate/stable.js';
import { evaluateClosed } from '../../src/evaluate/precise-closed.js';
import { preciseTransformAt } from '../../src/evaluate/precise-transforms.js';
import type { CorrectDigits } from '../../src/evaluate/precise-digits.js';
import { fourierTransformNumeric } from '../../src/numeric/fourier-integral.js';
import { containsPointMass, kinks } from '../../src/verify/kinks.js';
import { toText } from '../../src/expr/print.js';
import { parseActivation } from '../../src/expr/parse.js';
import { derivative } from '../../src/expr/derivative.js';
import { fourierTransform } from '../../src/fourier/transform.js';

interface C { re: number; im: number }

const SEED = 20240611;

/** Closed form and quadrature agree to 1e-6 relative, or within the quadrature's own error. */
function agrees(exact: C, numeric: C & { error: number }): boolean {
  const difference = Math.hypot(exact.re - numeric.re, exact.im - numeric.im);
  const size = Math.hypot(exact.re, exact.im);
  return difference <= 1e-6 * size + 10 * numeric.error + 1e-10;
}

/** Compares the closed F[σ] (or F[σ']) with quadrature at ξ. */
function checkAgainstQuadrature(f: Expr, closed: Expr, xi: number, label: string): void {
  const exact = complexFunction(closed, 'xi')(xi);
  const numeric = fourierTransformNumeric(realFunction(f, 'x'), xi, {
    relTol: 1e-9, breakpoints: kinks(f), maxEvaluations: 100_000,
  });
  const show = (z: C) => `${z.re} + ${z.im} i`;
  expect(agrees(exact, numeric),
    `${label} at ξ = ${xi}: closed ${show(exact)}, quadrature ${show(numeric)} ± ${numeric.error}`)
    .toBe(true);
}

/** True when the closed regular part is all of F[σ] off ξ = 0. */
function comparable(d: Derivation): boolean {
  const t = d.transform;
  return t.kind === 'closed' && !d.degenerate && !containsPointMass(d.expression)
    && t.sigma.points.every((p) => p.at.key === '#0');
}

// Affine arguments a·x + b with small rational a ≠ 0 and b.
const slope = fc.constantFrom('1', '2', '-1', '1/2', '-3/2', '3');
const offset = fc.constantFrom('0', '1', '-1/2', '2');
const affine = fc.tuple(slope, offset).map(([a, b]) => `(${a})*x + (${b})`);

/** Activations the rules know, of an affine argument u. */
const ATOMS: ((u: string) => string)[] = [
  (u) => `tanh(${u})`, (u) => `erf(${u})`, (u) => `sech(${u})`,
  (u) => `sigmoid(${u})`, (u) => `softplus(${u})`, (u) => `relu(${u})`,
  (u) => `abs(${u})`, (u) => `sign(${u})`, (u) => `heaviside(${u})`,
  (u) => `exp(-(${u})^2)`, (u) => `1/(1 + (${u})^2)`, (u) => `exp(-abs(${u}))`,
  (u) => `erfc(${u})`, (u) => `sin(${u})`, (u) => `cos(${u})`,
];
const atom = fc.tuple(fc.integer({ min: 0, max: ATOMS.length - 1 }), affine)
  .map(([k, u]) => ATOMS[k]!(u));

/** Expressions of the grammar: sums, multiples, products with x and compositions. */
const { expression } = fc.letrec<{ expression: string }>((tie) => ({
  expression: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    atom,
    fc.constantFrom('x', '2', 'x^2'),
    fc.tuple(tie('expression'), tie('expression')).map(([a, b]) => `(${a}) + (${b})`),
    fc.tuple(fc.constantFrom('3', '-1/2', '5/4'), tie('expression')).map(([c, a]) => `${c}*(${a})`),
    tie('expression').map((a) => `x*(${a})`),
    fc.tuple(fc.constantFrom('tanh', 'erf', 'sech', 'abs', 'exp', 'sin', 'log'), tie('expression'))
      .map(([f, a]) => `${f}(${a})`),
  ),
}));

describe('random compositions', () => {
  test('compositions derive or fail typed', () => {
    fc.assert(fc.property(expression, (text) => {
      let d: Derivation;
      try {
        d = derive(text);
      } catch (err) {
        expect(err, `${text}: ${String(err)}`).toBeInstanceOf(LfpError);
        expect((err as LfpError).exitCode).toBeGreaterThanOrEqual(2);
        return;
      }
      if (!comparable(d) || d.transform.kind !== 'closed') return;
      for (const xi of [0.37, -0.61]) {
        checkAgainstQuadrature(d.expression, d.transform.sigma.regular, xi, `F[${toText(d.expression)}]`);
      }
    }), { seed: SEED, numRuns: 40, endOnFailure: true });
  });
});

// Smooth bases whose transforms decay fast, so quadrature is accurate.
const BASES = ['tanh(x)', 'erf(x)', 'sech(x)', 'exp(-x^2)', '1/(1 + x^2)', 'exp(-abs(x))', 'sigmoid(x)'];
const base = fc.constantFrom(...BASES);
const nonzero = fc.integer({ min: -12, max: 12 }).filter((n) => n !== 0).map((n) => n / 4);
const shift = fc.integer({ min: -8, max: 8 }).map((n) => n / 4);
const frequency = fc.constantFrom(0.21, -0.34, 0.55);

const substituted = (f: string, a: number, b: number) => f.replace(/\bx\b/g, `((${a})*x + (${b}))`);

describe('transform rules on random parameters', () => {
  test('scaling and shift follow the identity', () => {
    fc.assert(fc.property(base, nonzero, shift, frequency, (f, a, b, xi) => {
      const plain = derive(f);
      const moved = derive(substituted(f, a, b));
      if (plain.transform.kind !== 'closed' || moved.transform.kind !== 'closed') {
        throw new Error(`${f} has no closed form`);
      }
      // F[f(ax + b)](ξ) = e^{2πiξb/a} F[f](ξ/a)/|a|.
      const inner = complexFunction(plain.transform.sigma.regular, 'xi')(xi / a);
      const phase = (2 * Math.PI * xi * b) / a;
      const want = {
        re: (Math.cos(phase) * inner.re - Math.sin(phase) * inner.im) / Math.abs(a),
        im: (Math.sin(phase) * inner.re + Math.cos(phase) * inner.im) / Math.abs(a),
      };
      const got = complexFunction(moved.transform.sigma.regular, 'xi')(xi);
      const scale = Math.hypot(want.re, want.im);
      expect(Math.hypot(got.re - want.re, got.im - want.im), `${f}, a = ${a}, b = ${b}`)
        .toBeLessThanOrEqual(1e-11 * scale + 1e-300);
    }), { seed: SEED, numRuns: 60 });
  });

  // The transform alone, without derive(): the kernel step of derive
  // runs out of memory on x*exp(-abs(x - 1)) (known-failures.test.ts).
  test('affine, derivative and x rules match quadrature', () => {
    const variant = fc.constantFrom('plain', 'derivative', 'times x');
    fc.assert(fc.property(base, nonzero, shift, frequency, variant, (f, a, b, xi, kind) => {
      const text = substituted(f, a, b);
      const sigma = parseActivation(kind === 'times x' ? `x*(${text})` : text).expr;
      const t = fourierTransform(sigma);
      if (t.kind !== 'closed') throw new Error(`${text}: ${t.reason}`);
      const [g, closed] = kind === 'derivative'
        ? [derivative(sigma), t.dsigma.regular]
        : [sigma, t.sigma.regular];
      checkAgainstQuadrature(g, closed, xi, `${kind} of ${text}`);
    }), { seed: SEED, numRuns: 30 });
  });
});

/** Returns the claimed value and half a unit in its last claimed digit. */
function claimed(part: CorrectDigits): { value: Decimal; halfUnit: Decimal } | undefined {
  if (part.digits === 0 || part.exactZero) return undefined;
  const value = new Decimal(part.text);
  // Decimal#e is the decimal exponent of the leading digit.
  return { value, halfUnit: new Decimal(10).pow(value.e - part.digits + 1).div(2) };
}

/** Checks that two claims at different precisions overlap. */
function consistent(low: CorrectDigits, high: CorrectDigits, label: string): void {
  const a = claimed(low);
  const b = claimed(high);
  if (!a || !b) return;
  const gap = a.value.minus(b.value).abs();
  expect(gap.lte(a.halfUnit.plus(b.halfUnit)), `${label}: ${low.text} (${low.digits} digits) `
    + `against ${high.text} (${high.digits} digits)`).toBe(true);
}

const PRECISIONS = [12, 25, 45];
const closedActivation = fc.constantFrom('tanh', 'gelu', 'silu', 'softplus', 'erf', 'relu',
  'elu(0.5)', 'sigmoid', 'exp(-abs(x-1))', '1/(1+x^2)');
const decimalXi = fc.tuple(fc.integer({ min: 1, max: 400 }), fc.boolean())
  .map(([n, negative]) => `${negative ? '-' : ''}${(n / 100).toString()}`);

describe('evaluators across precisions', () => {
  test('transform digits stable across precisions', () => {
    fc.assert(fc.property(closedActivation, decimalXi, (activation, xi) => {
      const d = derive(activation);
      const values = PRECISIONS.map((digits) => preciseTransformAt(d, xi, digits));
      for (let k = 0; k + 1 < values.length; k++) {
        for (const part of ['re', 'im'] as const) {
          consistent(values[k]!.sigma[part], values[k + 1]!.sigma[part], `${activation} ${part} at ξ = ${xi}`);
          consistent(values[k]!.dsigma[part], values[k + 1]!.dsigma[part], `${activation}' ${part} at ξ = ${xi}`);
        }
      }
    }), { seed: SEED, numRuns: 40 });
  });

  const argument = fc.tuple(fc.integer({ min: -60000, max: 60000 }), fc.constantFrom(1000, 100000))
    .map(([n, scale]) => (n / scale).toString());

  test('activation digits stable across precisions', () => {
    fc.assert(fc.property(closedActivation, argument, (activation, x) => {
      const e = stableForm(derive(activation).expression);
      const values = PRECISIONS.map((digits) => evaluateClosed(e, { x }, digits));
      for (let k = 0; k + 1 < values.length; k++) {
        consistent(values[k]!.re, values[k + 1]!.re, `${activation} at x = ${x}`);
      }
      // The double evaluator agrees with the claimed digits where it is finite.
      const double = realFunction(e, 'x')(Number(x));
      const reference = claimed(values[values.length - 1]!.re);
      if (reference && Math.abs(double) > 1e-300) {
        const relative = Math.abs(double - reference.value.toNumber()) / Math.abs(double);
        expect(relative, `${activation} at x = ${x} in double`).toBeLessThan(1e-12);
      }
    }), { seed: SEED, numRuns: 25 });
  });
});
