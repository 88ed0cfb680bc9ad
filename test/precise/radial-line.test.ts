/**
 * Radial integrals by the trapezoidal and midpoint sums in s = ln r,
 * and the fallback to tanh-sinh and Gauss–Legendre when those sums
 * cannot confirm each other.
 *
 * Expected values: mpmath 1.3.0 at mp.dps = 80, the radial averages of
 * the transforms written out by hand, each by tanh-sinh and by
 * Gauss–Legendre on different partitions, agreeing to 70 digits, the
 * tail integrand scaled by e^S so that mpmath's absolute error target
 * does not stop it early. test/precise/reference/radial_line_values.py
 * prints them.
 */
import { describe, expect, test } from 'vitest';
import { derive } from '../../src/derive.js';
import {
  describeRules, expressionIntegrand, preciseCoefficientAt,
} from '../../src/evaluate/precise-coefficients.js';
import {
  type RadialIntegrand, integrateRadial,
} from '../../src/evaluate/precise-radial.js';
import { integrateLine } from '../../src/evaluate/precise-radial-line.js';
import {
  type BigFloat, ONE, add, div, exp, fromInt, mul, mulPow2, neg, sub, workingBits,
} from '../../src/precise/index.js';
import { assertDigits } from './precise-close.js';

const DIGITS = 50;
/** Relative error allowed: 1e-45. */
const CHECKED_DIGITS = 45;

type Case = [activation: string, name: 'A' | 'B', xi: string, want: string];

const CASES: Case[] = [
  ['tanh', 'A', '1',
    '0.000838644878659837859455192213121996895148049323264247137154346'],
  ['tanh', 'B', '1',
    '0.0000182825172673712513759374570794124167262302076153610105115942'],
  ['tanh', 'A', '1000',
    '5.70998495099704771709519082299001652004171139938112984247348e-472'],
  ['tanh', 'B', '1000',
    '1.4463293627118540453678880650384618176603400443991200355166e-473'],
  ['sigmoid', 'A', '2',
    '4.35357370833054865918324135895319311999491161755240739307669e-11'],
  ['elu', 'A', '2',
    '0.000025529403461354574004908200176972730820956752018096625761902'],
];

/** ∫_0^∞ e^(−r²/2 − 1/r) (1 + 1/(1 + 400 (r − 1)²)) dr. */
const BUMP = '0.344395330990982281264857505545523566772612082413801038219403';
/** ∫_0^∞ e^(−r²/2) dr = √(π/2). */
const HALF_GAUSSIAN =
  '1.25331413731550025120788264240552262650349337030496915831496';

const BOTH_SUMS =
  /^trapezoidal sum in ln r \(\d+ points\) and midpoint sum in ln r/;

describe('coefficients at 50 digits by the sums in ln r', () => {
  for (const [activation, name, xi, want] of CASES) {
    test(`${activation} ${name} at ${xi}`, () => {
      const form = derive(activation, { dim: 1 }).kernel![name];
      const got = preciseCoefficientAt(form, xi, DIGITS);
      const label = `${activation} ${name}(${xi})`;
      assertDigits(got.precise, want, CHECKED_DIGITS, label);
      expect(got.value.digits).toBe(DIGITS);
      expect(got.confirmation).toMatch(BOTH_SUMS);
    });
  }
});

describe('sums in ln r', () => {
  const tanhA = (xi: string) => {
    const form = derive('tanh', { dim: 1 }).kernel!.A;
    if (form.kind !== 'radial-integral') throw new Error('tanh A is not radial');
    return expressionIntegrand(form.integrand, 'r', { xi }, 60);
  };

  test('narrow tail peak sets the step', () => {
    const line = integrateLine(tanhA('1000'), 60);
    expect(line.agreed).toBe(true);
    expect(line.agreement).toBeGreaterThanOrEqual(60);
    // The peak in ln r is about 0.021 wide, so the strip alone would allow 0.022.
    expect(line.peak.width).toBeLessThan(0.03);
    expect(line.step).toBeLessThan(0.01);
  });

  test('too wide a strip leaves the sums apart', () => {
    // At ξ = 1 the strip, not the peak, sets the step.
    const line = integrateLine(tanhA('1'), 60, { stripHalfWidth: 3 });
    expect(line.agreed).toBe(false);
    expect(line.agreement).toBeLessThan(60);
  });
});

/** Builds an integrand from its log in doubles and its value at `prec` bits. */
function integrand(logAbs: (r: number) => number,
  value: (r: BigFloat, prec: number) => BigFloat, digits: number): RadialIntegrand {
  const prec = workingBits(digits);
  return { logAbs, value: (r) => value(r, prec) };
}

/** e^(−r²/2 − 1/r) (1 + 1/(1 + 400 (r − 1)²)): poles at r = 1 ± i/20. */
function bump(digits: number): RadialIntegrand {
  const k = fromInt(400);
  return integrand(
    (r) => -r * r / 2 - 1 / r + Math.log(1 + 1 / (1 + 400 * (r - 1) ** 2)),
    (r, prec) => {
      const d = sub(r, ONE, prec);
      const lorentz = div(ONE, add(ONE, mul(k, mul(d, d, prec), prec), prec), prec);
      const exponent = add(mulPow2(mul(r, r, prec), -1), div(ONE, r, prec), prec);
      return mul(exp(neg(exponent), prec), add(ONE, lorentz, prec), prec);
    },
    digits);
}

describe('fallback to tanh-sinh and Gauss–Legendre', () => {
  test('narrow strip makes the sums disagree', () => {
    const got = integrateRadial(bump(60), 60);
    expect(got.fallback).toMatch(/agree to only/);
    expect(got.rules[0].rule).toBe('tanh-sinh');
    expect(got.rules[1].rule).toBe('Gauss–Legendre');
    expect(got.agreement).toBeGreaterThanOrEqual(60);
    assertDigits(got.value, BUMP, 55, 'bump');
    expect(describeRules(got))
      .toMatch(/, used because the trapezoidal and midpoint/);
  });

  test('slow decay at r = 0 exceeds the node budget', () => {
    const gaussian = integrand(
      (r) => -r * r / 2,
      (r, prec) => exp(neg(mulPow2(mul(r, r, prec), -1)), prec),
      60);
    const got = integrateRadial(gaussian, 60);
    expect(got.fallback).toMatch(/nodes per sum, more than the \d+ allowed/);
    expect(got.rules[0].rule).toBe('tanh-sinh');
    assertDigits(got.value, HALF_GAUSSIAN, 55, 'half Gaussian');
  });
});
