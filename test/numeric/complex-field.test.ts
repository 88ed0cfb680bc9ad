import { describe, expect, it } from 'vitest';
import { assertClose } from '../helpers/close.js';
import { complexField, xcomplexField } from '../../src/numeric/complex-field.js';
import * as X from '../../src/numeric/xcomplex.js';
import type { XComplex } from '../../src/numeric/xcomplex.js';
import type { Complex } from '../../src/numeric/complex.js';
import { FUNCTIONS } from '../../src/expr/tree.js';
import type { FnName } from '../../src/expr/tree.js';
import { InputError } from '../../src/errors.js';
import { expectRelative } from './extended-reference.js';

const c = (re: number, im = 0): Complex => ({ re, im });
const x = (re: number, im = 0): XComplex => X.fromComplex({ re, im });

/** A valid argument list for each function, all real and off any pole. */
const SAMPLE_ARGS: Record<FnName, number[]> = {
  exp: [0.3], log: [2], log1p: [1e-10], abs: [-1.5], sign: [-2], heaviside: [0.1],
  dirac: [0.5, 1], max: [1, 3, 2], min: [1, 3, 2], tanh: [0.4], sinh: [0.4],
  cosh: [0.4], sech: [0.4], csch: [0.4], coth: [0.4], erf: [0.4],
  erfc: [0.4], sin: [0.4], cos: [0.4], gamma: [4.5], besselk: [1, 2],
};

// Values at SAMPLE_ARGS: exact for the piecewise functions, otherwise
// mpmath 1.3.0 at 50 digits rounded to doubles, with the expression next
// to each entry (test/reference/field_values.py prints them).
const SAMPLE_VALUES: Record<FnName, number> = {
  exp: 1.3498588075760032, // exp(mpf(0.3))
  log: Math.LN2, // log 2
  log1p: 9.9999999995e-11, // log(1 + 1e-10) = 1e-10 − 5e-21 + O(1e-30)
  abs: 1.5, sign: -1, heaviside: 1, dirac: 0, max: 3, min: 1,
  tanh: 0.3799489622552249, // tanh(mpf(0.4))
  sinh: 0.4107523258028155, // sinh(mpf(0.4))
  cosh: 1.0810723718384547, // cosh(mpf(0.4))
  sech: 0.9250074519057551, // sech(mpf(0.4))
  csch: 2.434557121607284, // csch(mpf(0.4))
  coth: 2.631932441832188, // coth(mpf(0.4))
  erf: 0.42839235504666845, // erf(mpf(0.4))
  erfc: 0.5716076449533315, // erfc(mpf(0.4))
  sin: 0.3894183423086505, // sin(mpf(0.4))
  cos: 0.9210609940028851, // cos(mpf(0.4))
  gamma: 11.631728396567448, // gamma(mpf(4.5))
  besselk: 0.13986588181652243, // besselk(1, 2)
};

const TOL = { rel: 4e-15, abs: 1e-300 };

describe('both fields', () => {
  it.each([...FUNCTIONS])('apply covers %s', (fn) => {
    const args = SAMPLE_ARGS[fn];
    const want = SAMPLE_VALUES[fn];
    const double = complexField.apply(fn, args.map((a) => c(a)));
    assertClose(double.re, want, TOL, `${fn} double`);
    expect(double.im).toBe(0);
    const extended = X.toComplex(xcomplexField.apply(fn, args.map((a) => x(a))));
    assertClose(extended.re, want, TOL, `${fn} extended`);
    expect(extended.im).toBe(0);
  });

  const realOnly: FnName[] = [
    'erf', 'erfc', 'gamma', 'besselk', 'abs', 'sign', 'heaviside', 'max', 'min',
  ];
  it.each(realOnly)('%s rejects a complex argument', (fn) => {
    const args = SAMPLE_ARGS[fn].map((a, k) => (k === 0 ? c(a, 0.5) : c(a)));
    expect(() => complexField.apply(fn, args)).toThrow(InputError);
    expect(() => complexField.apply(fn, args))
      .toThrow(new RegExp(`^${fn} requires a real argument`));
    const xargs = args.map((z) => X.fromComplex(z));
    expect(() => xcomplexField.apply(fn, xargs))
      .toThrow(new RegExp(`^${fn} requires a real argument`));
  });

  it('accepts an imaginary part at the rounding level', () => {
    const z = c(0.4, 1e-17);
    assertClose(complexField.apply('erf', [z]).re, SAMPLE_VALUES.erf, TOL, 'erf');
  });

  it('puts the Heaviside step at 1/2 at 0', () => {
    expect(complexField.apply('heaviside', [c(0)])).toEqual(c(0.5));
    expect(complexField.apply('heaviside', [c(-3)])).toEqual(c(0));
    expect(X.toComplex(xcomplexField.apply('heaviside', [X.ZERO]))).toEqual(c(0.5));
  });

  it('gives dirac 0 off 0 and rejects 0', () => {
    expect(complexField.apply('dirac', [c(-2)])).toEqual(c(0));
    expect(complexField.apply('dirac', [c(1e-300), c(2)])).toEqual(c(0));
    expect(() => complexField.apply('dirac', [c(0)])).toThrow(InputError);
    expect(() => complexField.apply('dirac', [c(0), c(1)])).toThrow(/point mass/);
    expect(() => xcomplexField.apply('dirac', [X.ZERO])).toThrow(InputError);
  });

  it('rejects an invalid derivative order of dirac', () => {
    expect(() => complexField.apply('dirac', [c(1), c(1.5)])).toThrow(InputError);
    expect(() => complexField.apply('dirac', [c(1), c(-1)])).toThrow(InputError);
  });

  it('rejects wrong argument counts', () => {
    expect(() => complexField.apply('exp', [])).toThrow(/takes 1 argument/);
    expect(() => complexField.apply('besselk', [c(1)])).toThrow(/takes 2 arguments/);
    expect(() => xcomplexField.apply('max', [x(1)])).toThrow(/at least 2/);
  });

  it('returns the sign of the real part', () => {
    expect(complexField.signOfReal(c(-0.1, 5))).toBe(-1);
    expect(complexField.signOfReal(c(0, 5))).toBe(0);
    expect(xcomplexField.signOfReal(X.exp(x(-5000)))).toBe(1);
  });

  it('converts rationals with one rounding', () => {
    expect(complexField.fromRational(1n, 3n)).toEqual(c(1 / 3));
    expect(complexField.fromRational(-7n, 10n)).toEqual(c(-0.7));
    const big = 10n ** 400n;
    expectRelative(xcomplexField.fromRational(big, 3n),
      '3.3333333333333333333e399', '0', 2 ** -53, '10^400/3');
    expect(() => complexField.fromRational(1n, 0n)).toThrow(InputError);
  });

  it('raises to integer and principal powers', () => {
    const cube = complexField.powInt(c(0, 1), 3n);
    expect(cube.re === 0 && cube.im === -1).toBe(true);
    expect(complexField.powInt(c(2), -2n)).toEqual(c(0.25));
    expect(() => complexField.powInt(c(0), -1n)).toThrow(InputError);
    const root = complexField.pow(c(-4), c(0.5));
    assertClose(root.re, 0, { rel: 0, abs: 1e-15 }, 'sqrt(-4) re');
    assertClose(root.im, 2, TOL, 'sqrt(-4) im');
    const xroot = X.toComplex(xcomplexField.pow(x(-4), x(0.5)));
    assertClose(xroot.im, 2, TOL, 'extended sqrt(-4) im');
    expect(complexField.constant('i')).toEqual(c(0, 1));
  });
});

describe('complexField', () => {
  it('rejects overflow instead of returning Infinity', () => {
    expect(() => complexField.apply('exp', [c(1000)])).toThrow(/extended-range field/);
    expect(() => complexField.mul(c(1e200), c(1e200))).toThrow(InputError);
    expect(() => complexField.apply('gamma', [c(200)])).toThrow(InputError);
    expect(() => complexField.fromRational(10n ** 400n, 1n)).toThrow(InputError);
  });

  it('rejects the poles of gamma and csch', () => {
    expect(() => complexField.apply('gamma', [c(-2)])).toThrow(InputError);
    expect(() => complexField.apply('csch', [c(0)])).toThrow(InputError);
  });
});

// Expected values: test/reference/field_values.py, mpmath 1.3.0 at 50
// digits, printed with 20 digits; the expression is named with each case.
describe('xcomplexField far outside the double range', () => {
  const apply = (fn: FnName, ...args: XComplex[]) => xcomplexField.apply(fn, args);

  it('keeps tiny values of exp, sech and csch', () => {
    // exp(mpf(-9869.6))
    expectRelative(apply('exp', x(-9869.6)), '4.8661042362481593176e-4287', '0',
      5e-16, 'exp(-9869.6)');
    // sech(mpf(800))
    expectRelative(apply('sech', x(800)), '7.3357491683553744269e-348', '0',
      5e-16, 'sech(800)');
    // csch(mpf(-1000))
    expectRelative(apply('csch', x(-1000)), '-1.0151917795098913531e-434', '0',
      5e-16, 'csch(-1000)');
    // sech(mpc(750, 0.5))
    expectRelative(apply('sech', x(750, 0.5)), '3.3377711243095920345e-326',
      '-1.8234326757390381451e-326', 1e-15, 'sech(750 + 0.5i)');
  });

  it('keeps tiny values of erfc', () => {
    // erfc(mpf(30)) and erfc(mpf(1000))
    expectRelative(apply('erfc', x(30)), '2.5646562037561116e-393', '0', 1e-15,
      'erfc(30)');
    expectRelative(apply('erfc', x(1000)), '1.8600370486323233709e-434298', '0',
      1e-15, 'erfc(1000)');
    // erf(mpf(10)**-400), reached through 10^-400 as a rational
    const tiny = xcomplexField.fromRational(1n, 10n ** 400n);
    expectRelative(apply('erf', tiny), '1.1283791670955125739e-400', '0', 5e-16,
      'erf(1e-400)');
  });

  it('extends gamma beyond the double range', () => {
    // gamma(mpf(500)) and gamma(mpf(-200.5))
    expectRelative(apply('gamma', x(500)), '2.4402736519822201374e+1131', '0',
      5e-15, 'gamma(500)');
    expectRelative(apply('gamma', x(-200.5)), '-2.8114689227823275594e-376', '0',
      5e-15, 'gamma(-200.5)');
  });

  it('extends besselk beyond the double range', () => {
    // besselk(0, mpf(1e6)) and besselk(mpf(2.5), mpf(1e-200))
    expectRelative(apply('besselk', x(0), x(1e6)), '4.1319649833397504136e-434298',
      '0', 1e-14, 'K_0(1e6)');
    expectRelative(apply('besselk', x(2.5), x(1e-200)), '3.7599424119465009219e+500',
      '0', 1e-13, 'K_2.5(1e-200)');
  });

  it('extends sin, cos, sinh and cosh', () => {
    // sin(mpc(1, 800)), cos(mpc(1, -800)), cosh(mpc(-750, 0.3)), sinh(mpf(720))
    expectRelative(apply('sin', x(1, 800)), '1.1470825480753844204e+347',
      '7.3653323398634124319e+346', 1e-15, 'sin(1 + 800i)');
    expectRelative(apply('cos', x(1, -800)), '7.3653323398634124319e+346',
      '1.1470825480753844204e+347', 1e-15, 'cos(1 - 800i)');
    expectRelative(apply('cosh', x(-750, 0.3)), '2.5118158566597980754e+325',
      '-7.7699569680912487852e+324', 1e-15, 'cosh(-750 + 0.3i)');
    expectRelative(apply('sinh', x(720)), '2.460350465131907859e+312', '0', 1e-15,
      'sinh(720)');
  });

  it('rejects arguments that leave the extended range', () => {
    expect(() => apply('exp', x(1e300))).toThrow(InputError);
    expect(() => apply('gamma', x(1e300))).toThrow(InputError);
  });
});
