/**
 * Inputs whose result is known exactly: transform pairs, activations
 * without a transform, values where double precision overflows, cancels
 * or underflows, distributional derivatives and point-mass transforms.
 *
 * Transform values come from the identities quoted in each test.
 * Activation values come from mpmath 1.3.0 at 80 digits, printed by
 * test/robustness/reference_values.py.
 */
import { describe, expect, test } from 'vitest';
import { runCli, runJson } from '../cli/run-cli.js';
import { assertClose } from '../helpers/close.js';
import { assertDigits } from '../precise/precise-close.js';
import { parseActivation } from '../../src/expr/parse.js';
import { derivative } from '../../src/expr/derivative.js';
import { toText } from '../../src/expr/print.js';
import { call, num } from '../../src/expr/tree.js';
import * as Q from '../../src/expr/rational.js';
import { realFunction, extendedValue } from '../../src/evaluate/compile.js';
import { stableForm } from '../../src/evaluate/stable.js';
import { evaluateAtDigits } from '../../src/evaluate/precise-compile.js';
import { preciseField } from '../../src/precise/index.js';
import { toExponentialString } from '../../src/numeric/xcomplex.js';
import { resolveActivation } from '../../src/activations.js';

/** A closed form printed with 17 digits is exact to a few ulp. */
const CLOSED = { rel: 1e-14, abs: 1e-300 };
const XIS = [0.05, 0.3, 1.2];

async function transformValues(activation: string, xis: number[]) {
  const list = xis.flatMap((xi) => [xi, -xi]).join(',');
  const j = await runJson('fourier', activation, '--xi', list);
  expect(j.method).toBe('closed form');
  return j.points.map((p: { xi: string; sigma: { re: string; im: string } }) => ({
    xi: Number(p.xi), re: Number(p.sigma.re), im: Number(p.sigma.im),
  }));
}

describe('closed-form transforms at ±ξ', () => {
  test('exp(-abs(x)) is 2/(1 + 4π²ξ²)', async () => {
    // ∫ e^{−|x|} e^{−2πiξx} dx = 2 Re 1/(1 + 2πiξ) = 2/(1 + 4π²ξ²).
    for (const p of await transformValues('exp(-abs(x))', XIS)) {
      const want = 2 / (1 + 4 * Math.PI ** 2 * p.xi ** 2);
      assertClose(p.re, want, CLOSED, `re at ${p.xi}`);
      assertClose(p.im, 0, CLOSED, `im at ${p.xi}`);
    }
  });

  test('1/(1+x^2) is π e^{−2π|ξ|}', async () => {
    // The inverse of the pair above, with x and ξ exchanged and scaled.
    for (const p of await transformValues('1/(1+x^2)', XIS)) {
      assertClose(p.re, Math.PI * Math.exp(-2 * Math.PI * Math.abs(p.xi)), CLOSED, `re at ${p.xi}`);
      assertClose(p.im, 0, CLOSED, `im at ${p.xi}`);
    }
  });

  test('sin(x)^2/x^2 is the even triangle π max(0, 1 − π|ξ|)', async () => {
    // Convolution of the indicator π·1{|ξ| < 1/2π} with itself.
    const xis = [0.01, 0.1, 0.25, 0.3, 1 / Math.PI + 1e-9, 0.4, 2];
    const points = await transformValues('sin(x)^2/x^2', xis);
    for (const p of points) {
      const want = Math.PI * Math.max(0, 1 - Math.PI * Math.abs(p.xi));
      assertClose(p.re, want, { rel: 1e-14, abs: 1e-15 }, `re at ${p.xi}`);
      assertClose(p.im, 0, CLOSED, `im at ${p.xi}`);
    }
    for (let k = 0; k < points.length; k += 2) {
      expect(points[k].re, `even at ${points[k].xi}`).toBe(points[k + 1].re);
    }
  });
});

describe('activations without a transform', () => {
  test.each([
    ['exp(x)', /exp\(x\) grows exponentially as x → \+∞/],
    ['exp(x^2)', /exp\(x\^2\) grows exponentially/],
  ])('%s: exit 3 from derive, fourier and kernel', async (activation, message) => {
    for (const args of [['derive'], ['fourier', '--xi', '1'], ['kernel', '--xi', '1']]) {
      const [command, ...rest] = args as [string, ...string[]];
      const r = await runCli(command, activation, ...rest);
      expect(r.code, `lfp ${command}`).toBe(3);
      expect(r.stderr, `lfp ${command}`).toMatch(message);
      expect(r.stderr, `lfp ${command}`).toMatch(/no Fourier transform/);
    }
  });
});

/** Evaluates an activation in double precision, as quadrature does. */
function inDouble(formula: string, x: number): number {
  const r = resolveActivation(formula);
  return realFunction(parseActivation(r.formula, r.parameters).expr, 'x')(x);
}

/** Evaluates the stable form of an activation at 50 digits. */
function at50Digits(formula: string, x: string) {
  const r = resolveActivation(formula);
  const e = stableForm(parseActivation(r.formula, r.parameters).expr);
  return evaluateAtDigits(e, { x }, 50);
}

describe('values where double precision fails', () => {
  // mpmath: log(1 + exp(mpf(10)**10)); the correction is e^{−1e10}.
  test('softplus at 1e10', () => {
    expect(inDouble('softplus', 1e10)).toBe(1e10);
    assertDigits(at50Digits('softplus', '1e10').re, '10000000000', 50, 'softplus(1e10)');
  });

  // mpmath: log(1 + exp(-40)), about e^{−40} − e^{−80}/2.
  const softplusMinus40 = '4.24835425529158898630497784363158218187775067982297454220545e-18';
  test('softplus at -40', () => {
    assertClose(inDouble('softplus', -40), Number(softplusMinus40), { rel: 1e-15, abs: 0 }, 'double');
    assertDigits(at50Digits('softplus', '-40').re, softplusMinus40, 50, 'softplus(-40)');
  });

  // mpmath: 1/(1 + exp(710)), below the smallest normal double.
  const sigmoidMinus710 = '4.47628622567512995608316070229132234049361209230711334660885e-309';
  test('sigmoid at -710', () => {
    assertClose(inDouble('sigmoid', -710), Number(sigmoidMinus710), { rel: 1e-14, abs: 0 }, 'double');
    assertDigits(at50Digits('sigmoid', '-710').re, sigmoidMinus710, 50, 'sigmoid(-710)');
  });

  // mpmath: x(1 + erf(x/√2))/2 at −6, and the tanh approximation
  // x(1 + tanh(√(2/π)(x + 0.044715x³)))/2, which must not come out.
  const geluMinus6 = '-5.91952587022618884420518479438825211201874749987417233486209e-9';
  const tanhApproximation = -8.43964670076229708e-11;
  test('gelu at -6 is the erf form', () => {
    const double = inDouble('gelu', -6);
    assertClose(double, Number(geluMinus6), { rel: 1e-13, abs: 0 }, 'double');
    expect(Math.abs(double / tanhApproximation)).toBeGreaterThan(50);
    assertDigits(at50Digits('gelu', '-6').re, geluMinus6, 50, 'gelu(-6)');
  });

  // mpmath: csch(500*pi/2), about 2e^{−250π}, below the double range.
  const csch250Pi = '1.61042882438526291545115834513933840245997672455649186218415e-341';
  test('csch(500*pi/2) in extended range and at 50 digits', () => {
    const e = parseActivation('csch(500*pi/2)').expr;
    // In doubles 250π carries an error of about 6e-14, which csch
    // turns into the same relative error.
    const extended = toExponentialString(extendedValue(e, {}), 16);
    assertClose(Number(extended.replace('e-341', '')), 1.6104288243852629, { rel: 1e-12, abs: 0 }, 'mantissa');
    expect(extended).toMatch(/e-341$/);
    assertDigits(evaluateAtDigits(e, {}, 50).re, csch250Pi, 50, 'csch(250π)');
  });

  // mpmath: erfc(30) and gamma(-1/2) = −2√π.
  test('erfc(30) at 50 digits', () => {
    const e = parseActivation('erfc(30)').expr;
    const want = '2.5646562037561116000333972775014471465488897227786170541226e-393';
    assertDigits(evaluateAtDigits(e, {}, 50).re, want, 50, 'erfc(30)');
  });

  test('Γ(-1/2) at 50 digits', () => {
    const want = '-3.54490770181103205459633496668229036559509891224477425642762';
    const field = preciseField(50);
    const numeric = field.apply('gamma', [field.fromDecimalString('-0.5')]);
    assertDigits(numeric.re, want, 50, 'gamma(-0.5) by the precise routine');
    // The simplifier gives the exact value −2√π instead.
    expect(toText(call('gamma', num(Q.rat(-1, 2))))).toBe('-2*sqrt(pi)');
  });
});

describe('distributional derivatives', () => {
  const derivativeText = (formula: string) => toText(derivative(parseActivation(formula).expr));

  test('max(x, 1) has the step at 1', () => {
    expect(derivativeText('max(x, 1)')).toBe('heaviside(x - 1)');
  });

  test('abs(x) has sign(x)', () => {
    expect(derivativeText('abs(x)')).toBe('sign(x)');
  });

  test('log(abs(x)) has 1/x', () => {
    expect(derivativeText('log(abs(x))')).toBe('1/x');
  });

  test('the derivatives agree with central differences', () => {
    // (f(x + h) − f(x − h))/2h = f'(x) + O(h²) away from kinks.
    for (const formula of ['max(x, 1)', 'abs(x)', 'log(abs(x))']) {
      const e = parseActivation(formula).expr;
      const f = realFunction(e, 'x');
      const g = realFunction(derivative(e), 'x');
      for (const x of [-2.5, -0.3, 0.7, 3.1]) {
        const h = 1e-5;
        assertClose(g(x), (f(x + h) - f(x - h)) / (2 * h), { rel: 1e-8, abs: 1e-8 }, `${formula} at ${x}`);
      }
    }
  });
});

describe('point-mass transforms', () => {
  test('2 is 2δ(ξ), supported at 0', async () => {
    const j = await runJson('derive', '2');
    expect(j.degenerate.kind).toBe('polynomial');
    expect(j.fourier.sigma.regular.text).toBe('0');
    expect(j.fourier.sigma.points).toEqual([
      { at: { text: '0', latex: '0' }, order: 0, coeff: { text: '2', latex: '2' } },
    ]);
  });

  // cos u = (e^{iu} + e^{−iu})/2 and sin u = (e^{iu} − e^{−iu})/(2i).
  test.each([
    ['cos(x)', ['1/2', '1/2']],
    ['sin(x)', ['-i/2', 'i/2']],
  ])('%s has point masses at ±1/(2π)', async (activation, coefficients) => {
    const j = await runJson('derive', activation);
    expect(j.degenerate.kind).toBe('point-masses');
    expect(j.kernel).toBeUndefined();
    const points = j.fourier.sigma.points.map((p: { at: { text: string }; coeff: { text: string } }) =>
      `${p.coeff.text}@${p.at.text}`);
    expect(points.sort()).toEqual([
      `${coefficients[0]}@1/(2*pi)`, `${coefficients[1]}@-1/(2*pi)`,
    ].sort());
  });

  test.each(['2', 'cos(x)', 'sin(x)'])('kernel of %s explains itself', async (activation) => {
    const r = await runCli('kernel', activation, '--xi', '1');
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/point masses|supported at ξ = 0/);
  });
});
