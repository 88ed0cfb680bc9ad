/**
 * Compiled double evaluators (evaluate/compile.ts) against the
 * tree-walking evaluator over the complex field, which they must
 * reproduce, and against formulas written out by hand.
 */
import { describe, expect, test } from 'vitest';
import { BUILTINS } from '../../src/activations.js';
import { derive } from '../../src/derive.js';
import { InputError } from '../../src/errors.js';
import { evaluate } from '../../src/expr/evaluate.js';
import { parseActivation } from '../../src/expr/parse.js';
import type { Expr, FnName } from '../../src/expr/tree.js';
import { FUNCTIONS, add, call, mul, num, sym } from '../../src/expr/tree.js';
import { coefficientAt } from '../../src/evaluate/coefficients.js';
import {
  complexFunction, extendedValue, normalRangeValue, realFunction,
} from '../../src/evaluate/compile.js';
import { compileDouble } from '../../src/evaluate/double-compile.js';
import { stableForm } from '../../src/evaluate/stable.js';
import type { ClosedTransform } from '../../src/fourier/transform.js';
import type { Complex } from '../../src/numeric/complex.js';
import { complexField } from '../../src/numeric/complex-field.js';
import { toComplex } from '../../src/numeric/xcomplex.js';
import { assertClose } from '../helpers/close.js';

/**
 * Compiled against tree-walking values: |got − want| ≤ 1e-13·|want| for
 * each component. The two routes differ by a few roundings per step:
 * Math.sqrt and ** against exp(b·log x) (error |b log x|·1.1e-16), one
 * division per divisor against products with reciprocals, Math.log
 * against the log1p form of complex.ts. Over the 20 or fewer steps of
 * these expressions the largest difference on the grids below is 9e-16
 * (gelu at x = −1.3); a perturbation of 1e-12 in one step fails.
 */
const AGREE = 1e-13;

/** Hand-written formulas of a few Math calls: a few ulp. */
const BY_HAND = { rel: 1e-14, abs: 0 };

/**
 * The grids include x = 0 and ξ = 0, kinks or poles of several of the
 * functions, where both routes must give the same value or error.
 */
const XS = [-3.7, -1.3, -0.4, 0, 0.25, 1.1, 2.9];
const XIS = [-2.1, -0.6, -0.05, 0, 0.13, 0.7, 1.9];

type Outcome = { value: Complex } | { error: string };

function outcome(run: () => Complex): Outcome {
  try {
    return { value: run() };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { error: error.message };
  }
}

function expectAgreement(got: Outcome, want: Outcome, label: string): void {
  if ('error' in want) {
    expect(got, label).toEqual(want);
    return;
  }
  if ('error' in got) throw new Error(`${label}: threw ${got.error}`);
  const tol = { rel: AGREE, abs: AGREE * Math.hypot(want.value.re, want.value.im) };
  assertClose(got.value.re, want.value.re, tol, `${label} re`);
  assertClose(got.value.im, want.value.im, tol, `${label} im`);
}

function treeWalking(e: Expr, name: string, t: number): Complex {
  return evaluate(e, complexField, { [name]: { re: t, im: 0 } });
}

function closed(name: string): ClosedTransform {
  const t = derive(name).transform;
  if (t.kind !== 'closed') throw new Error(`${name}: ${t.kind}, ${t.reason}`);
  return t;
}

/**
 * The compiled function of e with a fallback that records where it is
 * called, so a test can tell the compiled values from the fallback's.
 */
function recorded(e: Expr, name: string) {
  const calls: number[] = [];
  const fallback = (t: number) => {
    calls.push(t);
    return treeWalking(e, name, t);
  };
  const f = compileDouble(e, [name], 'finite', 'complex', fallback);
  return { f, calls };
}

/**
 * Checks complexFunction and realFunction against the tree walker on a
 * grid. With `direct`, checks also that the compiled function needs its
 * fallback only where the tree walker throws.
 */
function checkOnGrid(e: Expr, name: string, points: number[], label: string,
  direct = false): void {
  const compiled = recorded(e, name);
  expect(compiled.f, `${label} compiles`).toBeDefined();
  const f = complexFunction(e, name);
  const stable = stableForm(e);
  const g = realFunction(e, name);
  const throwing: number[] = [];
  for (const t of points) {
    const want = outcome(() => treeWalking(e, name, t));
    if ('error' in want) throwing.push(t);
    expectAgreement(outcome(() => f(t)), want, `${label} at ${t}`);
    expectAgreement(outcome(() => compiled.f!(t)), want, `${label} compiled at ${t}`);
    const wantReal = outcome(() => ({ re: treeWalking(stable, name, t).re, im: 0 }));
    const gotReal = outcome(() => ({ re: g(t), im: 0 }));
    expectAgreement(gotReal, wantReal, `${label} real part at ${t}`);
  }
  if (direct) expect(compiled.calls, `${label} fallback points`).toEqual(throwing);
}

describe('compiled built-in activations', () => {
  test.each(BUILTINS.map((b) => b.name))('%s: σ, σ′, F[σ], F[σ′]', (name) => {
    const d = derive(name);
    checkOnGrid(d.expression, 'x', XS, `${name} σ`, true);
    checkOnGrid(d.derivative, 'x', XS, `${name} σ′`, true);
    const t = closed(name);
    checkOnGrid(t.sigma.regular, 'xi', XIS, `${name} F[σ]`, true);
    checkOnGrid(t.dsigma.regular, 'xi', XIS, `${name} F[σ′]`, true);
  });
});

/** An argument list for each function, real and off any pole. */
const SAMPLE_ARGS: Record<FnName, Expr[]> = {
  exp: [], log: [], log1p: [], abs: [], sign: [], heaviside: [],
  dirac: [num(1)], max: [num(1), num(-2)], min: [num(1), num(-2)],
  tanh: [], sinh: [], cosh: [], sech: [], csch: [], coth: [], erf: [],
  erfc: [], sin: [], cos: [], gamma: [], besselk: [],
};

describe('compiled functions of the grammar', () => {
  test.each([...FUNCTIONS])('%s agrees with the tree walker', (fn) => {
    const x = sym('x');
    const e = fn === 'besselk' ? call(fn, num(1), x) : call(fn, x, ...SAMPLE_ARGS[fn]);
    checkOnGrid(e, 'x', [-2.5, -0.7, 0, 0.4, 1.3, 3.6], fn);
  });
});

describe('compiled values by hand', () => {
  test("F[tanh'] = 2π²ξ/sinh(π²ξ)", () => {
    // The transform of sech² with the convention ∫ f(x) e^{−2πiξx} dx.
    const f = complexFunction(closed('tanh').dsigma.regular, 'xi');
    for (const xi of [-1.7, 0.05, 0.3, 2.2, 60]) {
      const p = Math.PI ** 2 * xi;
      assertClose(f(xi).re, (2 * p) / Math.sinh(p), BY_HAND, `re at ${xi}`);
      assertClose(f(xi).im, 0, { rel: 0, abs: 0 }, `im at ${xi}`);
    }
  });

  test('gaussian: F[σ] = √π e^{−π²ξ²}, F[σ′] = 2πiξ F[σ]', () => {
    const t = closed('gaussian');
    const f = complexFunction(t.sigma.regular, 'xi');
    const df = complexFunction(t.dsigma.regular, 'xi');
    for (const xi of [-1.2, 0.3, 0.9, 2.5]) {
      const want = Math.sqrt(Math.PI) * Math.exp(-((Math.PI * xi) ** 2));
      assertClose(f(xi).re, want, BY_HAND, `F[σ] at ${xi}`);
      assertClose(df(xi).im, 2 * Math.PI * xi * want, BY_HAND, `F[σ′] at ${xi}`);
      assertClose(df(xi).re, 0, { rel: 0, abs: 0 }, `re F[σ′] at ${xi}`);
    }
  });

  test('sigmoid at −710, where e^{−x} overflows', () => {
    const f = realFunction(derive('sigmoid').expression, 'x');
    const tiny = Math.exp(-710);
    assertClose(f(-710), tiny / (1 + tiny), BY_HAND, 'σ(−710)');
  });

  test('besselk and gamma', () => {
    // mpmath 1.3.0: besselk(1, 2) at 30 digits.
    const k = realFunction(call('besselk', num(1), sym('x')), 'x');
    assertClose(k(2), 0.139865881816522427284598807, BY_HAND, 'K_1(2)');
    const g = realFunction(call('gamma', sym('x')), 'x');
    assertClose(g(0.5), Math.sqrt(Math.PI), BY_HAND, 'Γ(1/2) = √π');
  });
});

describe('compiled semantics', () => {
  const parse = (text: string) => parseActivation(text).expr;

  test('log of a negative number is complex', () => {
    const z = complexFunction(call('log', sym('x')), 'x')(-2);
    assertClose(z.re, Math.LN2, BY_HAND, 're log(−2)');
    assertClose(z.im, Math.PI, BY_HAND, 'im log(−2)');
  });

  test('cube root of a negative number on the principal branch', () => {
    const z = complexFunction(parse('x^(1/3)'), 'x')(-8);
    // 8^(1/3) e^{iπ/3} = 1 + i√3; exp(log) rounding is about 1e-15.
    assertClose(z.re, 1, { rel: 1e-14, abs: 0 }, 're');
    assertClose(z.im, Math.sqrt(3), { rel: 1e-14, abs: 0 }, 'im');
  });

  test('heaviside at 0 is 1/2', () => {
    expect(realFunction(parse('heaviside(x)'), 'x')(0)).toBe(0.5);
  });

  test('dirac is 0 off 0 and throws at 0', () => {
    const f = realFunction(call('dirac', sym('x')), 'x');
    expect(f(0.5)).toBe(0);
    expect(() => f(0)).toThrow(InputError);
  });

  test('overflow throws as in the complex field', () => {
    expect(() => realFunction(parse('exp(x)'), 'x')(800)).toThrow(/overflows/);
    expect(() => complexFunction(parse('exp(x)'), 'x')(800)).toThrow(/overflows/);
  });

  test('symbolic exponent uses the tree walker', () => {
    const e = parse('2^x');
    expect(recorded(e, 'x').f).toBeUndefined();
    assertClose(realFunction(e, 'x')(1.5), 2 ** 1.5, { rel: 1e-15, abs: 0 }, '2^1.5');
  });

  test('extra symbols are bound', () => {
    const e = add(mul(sym('a'), sym('x')), sym('b'));
    const extra = { a: 3, b: -1 };
    expect(realFunction(e, 'x', extra)(2)).toBe(5);
    expect(complexFunction(e, 'x', extra)(2)).toEqual({ re: 5, im: 0 });
  });

  test('unbound symbol throws as in the tree walker', () => {
    const e = mul(sym('a'), sym('x'));
    expect(() => realFunction(e, 'x')(2)).toThrow(/no value bound for the symbol 'a'/);
  });

  test('compiled functions are cached', () => {
    const e = derive('gelu').derivative;
    const fallback = () => Number.NaN;
    const first = compileDouble(e, ['x'], 'finite', 'real', fallback);
    expect(first).toBeDefined();
    expect(compileDouble(e, ['x'], 'finite', 'real', fallback)).toBe(first);
    const other = compileDouble(e, ['x'], 'normal', 'real', fallback);
    expect(other).not.toBe(first);
  });
});

describe('normal-range doubles for closed coefficients', () => {
  const A = derive('gelu').kernel!.A;
  if (A.kind !== 'closed') throw new Error(`gelu A is ${A.kind}, not closed`);
  const expr = A.expr;

  test.each([0.05, 0.5, 2, 7])('gelu A(%s) matches the extended range', (xi) => {
    const want = toComplex(extendedValue(expr, { xi })).re;
    const got = normalRangeValue(expr, { xi });
    expect(got).toBeDefined();
    assertClose(got!, want, { rel: AGREE, abs: 0 }, `A(${xi})`);
    const value = coefficientAt(A, xi).value;
    assertClose(value, want, { rel: AGREE, abs: 0 }, `coefficientAt(${xi})`);
  });

  test('gelu A(100) leaves the double range', () => {
    // K_ν(2√2π·100) ≈ e^{−888} underflows, so the extended range decides.
    expect(normalRangeValue(expr, { xi: 100 })).toBeUndefined();
    expect(coefficientAt(A, 100).log10).toBeLessThan(-300);
  });
});
