/**
 * Fourier integrals F[f](ξ) = ∫ f(x) e^(−2πiξx) dx by the trapezoidal
 * rule on the real line at 50 digits: sech², σ' and GELU'' against
 * references, the midpoint sum as an independent check, the paths that
 * must not be taken (kinks), and the failures that must be reported
 * instead of a wrong value.
 *
 * Expected values: mpmath 1.3.0, printed by
 * test/reference/line_fourier.py. Each transform is a closed form (the
 * identity is stated there, e.g. F[sech²](ξ) = 2π²ξ/sinh(π²ξ)) that
 * tanh-sinh and Gauss–Legendre quadrature on two different partitions at
 * 110 digits reproduce to all 60 printed digits. The grid values are
 * mpmath at 70 digits.
 */
import { describe, expect, test } from 'vitest';
import { derive } from '../../src/derive.js';
import { derivative } from '../../src/expr/derivative.js';
import { parseActivation } from '../../src/expr/parse.js';
import type { Expr } from '../../src/expr/tree.js';
import { compileGrid } from '../../src/evaluate/precise-grid.js';
import {
  type DecayingFunction, type LinePlan, lineFourier, linePlan, midpointFourier,
} from '../../src/evaluate/precise-line-fourier.js';
import {
  type BigFloat, abs, absComplex, cmp, div, fromBigInt, parseDecimal, sub, toNumber,
  workingBits,
} from '../../src/precise/index.js';
import { TrapezoidConvergenceError } from
  '../../src/precise/quadrature/trapezoid-line.js';
import { assertDigits } from './precise-close.js';

const DIGITS = 50;
/** Relative accuracy required of every value at 50 digits. */
const REQUIRED = 45;

const expr = (text: string): Expr => parseActivation(text).expr;
const SECH2 = expr('sech(x)^2');
const LOGISTIC_DERIVATIVE = expr('exp(-x)/(1 + exp(-x))^2');
const GELU_SECOND = derivative(derivative(derive('gelu', { dim: 1 }).expression));

function decaying(f: Expr, halfWidth: number): DecayingFunction {
  return { expr: f, halfWidth, lossDigits: 0 };
}

function planOf(f: Expr): LinePlan {
  const plan = linePlan(f);
  if (!plan) throw new Error('expected a strip of analyticity');
  return plan;
}

/** Passes when |part| ≤ 10^−digits |F|: a part that vanishes by symmetry. */
function assertNegligible(part: BigFloat, size: BigFloat, label: string): void {
  const allowed = div(size, fromBigInt(10n ** BigInt(REQUIRED)), 64);
  expect(cmp(abs(part), allowed), label).toBeLessThanOrEqual(0);
}

describe('F[sech^2] by the trapezoidal rule on the line', () => {
  // 2π²ξ/sinh(π²ξ); tanh-sinh and Gauss–Legendre agree to 60 digits.
  const cases: [string, string][] = [
    ['0.3', '0.614826034676689255196012848803328410508262645747125399106992'],
    ['2', '2.11232273047102599236409436808573137425499072451332082997856e-7'],
    ['7', '2.7368731375797681266935369660063372941833468262749865994571e-28'],
  ];
  const f = decaying(SECH2, 70);
  const plan = planOf(SECH2);

  test('sech^2 is even with strip pi/2', () => {
    expect(plan.parity).toBe('even');
    expect(plan.strip).toBeCloseTo(Math.PI / 2, 15);
  });

  test.each(cases)('xi = %s to 45 digits', (xi, want) => {
    const result = lineFourier(f, xi, plan, { digits: DIGITS });
    expect(result.trapezoid.converged).toBe(true);
    assertDigits(result.value.re, want, REQUIRED, `F[sech^2](${xi})`);
    expect(result.value.im.man).toBe(0n);
  });

  test.each(cases)('midpoint sum at xi = %s agrees', (xi, want) => {
    const first = lineFourier(f, xi, plan, { digits: DIGITS });
    const check = midpointFourier(f, xi, plan, first.trapezoid);
    assertDigits(check.value.re, want, REQUIRED, `midpoint F[sech^2](${xi})`);
  });

  test.each(cases)('error estimate at xi = %s covers the error', (xi, want) => {
    const result = lineFourier(f, xi, plan, { digits: DIGITS });
    const actual = abs(sub(result.value.re, parseDecimal(want, 400), 400));
    expect(cmp(actual, result.reError)).toBeLessThanOrEqual(0);
  });
});

describe('other activations on the line', () => {
  test("sigmoid' at xi = 1.7, both parts computed", () => {
    const plan = planOf(LOGISTIC_DERIVATIVE);
    expect(plan.parity).toBe('none');
    expect(plan.strip).toBeCloseTo(Math.PI, 15);
    const result = lineFourier(decaying(LOGISTIC_DERIVATIVE, 140), '1.7', plan,
      { digits: DIGITS });
    // 2π²ξ/sinh(2π²ξ).
    const want = '1.79200235566958814263792624066459226083877511325719733842285e-13';
    assertDigits(result.value.re, want, REQUIRED, "F[sigmoid'](1.7)");
    const size = absComplex(result.value, workingBits(DIGITS));
    assertNegligible(result.value.im, size, "Im F[sigmoid'](1.7)");
  });

  test("gelu'' at xi = 0.5, an entire integrand", () => {
    const plan = planOf(GELU_SECOND);
    expect(plan.strip).toBe(Infinity);
    expect(plan.parity).toBe('even');
    const result = lineFourier(decaying(GELU_SECOND, 17.4), '0.5', plan,
      { digits: DIGITS });
    // (1 + 4π²ξ²) e^(−2π²ξ²).
    const want = '0.0781729269766115693658881803270819912668062031539282264587133';
    assertDigits(result.value.re, want, REQUIRED, "F[gelu''](0.5)");
  });
});

describe('integrands that must not take the line path', () => {
  const derivatives = (name: string, order: number): Expr => {
    let f = derive(name, { dim: 1 }).expression;
    for (let i = 0; i < order; i++) f = derivative(f);
    return f;
  };

  test.each([
    ["elu'' (a jump at 0)", derivatives('elu', 2)],
    ["relu' (a step)", derivatives('relu', 1)],
    ['exp(-|x|) (a kink)', expr('exp(-abs(x))')],
    ['1/(1 + x^2) (a denominator without a known strip)', expr('1/(1 + x^2)')],
  ])('%s has no plan', (_label, f) => {
    expect(linePlan(f)).toBeUndefined();
  });
});

describe('failures reported instead of a wrong value', () => {
  const kinked = decaying(expr('exp(-abs(x))'), 80);
  // A false claim of analyticity: the rule must notice from its own estimate.
  const falsePlan: LinePlan = { strip: 1, parity: 'even' };

  test('a kink does not converge', () => {
    const result = lineFourier(kinked, '0.3', falsePlan, { digits: DIGITS });
    expect(result.trapezoid.converged).toBe(false);
    expect(result.trapezoid.shortfall).toBe('step');
    // The estimate reports how far off the value is, far above the target.
    expect(toNumber(result.reError)).toBeGreaterThan(1e-20);
  });

  test('a kink raises TrapezoidConvergenceError when strict', () => {
    const options = { digits: DIGITS, strict: true };
    const run = () => lineFourier(kinked, '0.3', falsePlan, options);
    expect(run).toThrow(TrapezoidConvergenceError);
    expect(run).toThrow(/did not reach 50 digits.*kink/s);
  });

  test('a range cut too short is reported', () => {
    const short = decaying(SECH2, 10);
    const run = () => lineFourier(short, '0.3', planOf(SECH2),
      { digits: DIGITS, strict: true });
    expect(run).toThrow(/not negligible at \|x\| = halfWidth, so raise halfWidth/);
  });
});

describe('grid evaluation along x_k = -30.125 + k/16', () => {
  const grid = { start: parseDecimal('-30.125', 64), step: parseDecimal('0.0625', 64),
    prec: workingBits(60) };
  // mpmath at 70 digits; k = 32 and 482 follow restarts of the recurrences.
  const cases: [string, Expr, [number, string][]][] = [
    ["sigmoid'", LOGISTIC_DERIVATIVE, [
      [0, '8.25807328555455607581639376184806721908531507479577636041822e-14'],
      [33, '6.49547778197008237619005811344344729208127844014586150640153e-13'],
      [481, '0.249756018232805889159186275439863430868988313370609772735928'],
      [700, '1.20986421975244588541325078102957488474010511683660522282754e-6'],
    ]],
    ["gelu''", GELU_SECOND, [
      [1, '-2.0339059025081345927647095350976826434589719578708113477774e-194'],
      [200, '-4.3212412119561593474258061016285106960369674952294134019363e-66'],
      [482, '0.797884560802865355879892119868763736951717262329869315331852'],
      [700, '-3.57708533414237555442631441701603976475332324931359920768556e-39'],
    ]],
    ['tanh sech^2', expr('tanh(x)*sech(x)^2'), [
      [31, '-1.31434256885701409397532490061361827806339802850042842171872e-24'],
      [200, '-1.96417194806364196609138614265442517288276265187204148756213e-15'],
      [481, '-0.0621755570717094736195877021756606346182480669968999722335515'],
      [700, '5.85511405646935334965718580418457660749007210087898210342787e-12'],
    ]],
  ];

  test.each(cases)('%s in order and out of order', (name, f, points) => {
    const valueAt = compileGrid(f)(grid);
    // In order from 0, so that the recurrences run across their restarts.
    const values = Array.from({ length: 701 }, (_, k) => valueAt(k));
    for (const [k, want] of points) {
      assertDigits(values[k]!, want, 55, `${name} at ${k}`);
    }
    const fresh = compileGrid(f)(grid);
    for (const [k, want] of points) {
      assertDigits(fresh(k), want, 55, `${name} at ${k} alone`);
    }
  });

  test('tanh sech^2 is exactly 0 at x = 0', () => {
    expect(compileGrid(expr('tanh(x)*sech(x)^2'))(grid)(482).man).toBe(0n);
  });
});
