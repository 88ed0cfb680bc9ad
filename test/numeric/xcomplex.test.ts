import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assertClose } from '../helpers/close.js';
import * as X from '../../src/numeric/xcomplex.js';
import type { XComplex } from '../../src/numeric/xcomplex.js';
import { InputError } from '../../src/errors.js';
import { decimal, expectRelative } from './extended-reference.js';

function expectNormalized(x: XComplex) {
  const m = Math.max(Math.abs(x.re), Math.abs(x.im));
  expect(m).toBeGreaterThanOrEqual(0.5);
  expect(m).toBeLessThan(1);
  expect(Number.isInteger(x.e2)).toBe(true);
}

describe('normal form', () => {
  it('keeps the larger mantissa component in [0.5, 1)', () => {
    for (const v of [1, 3, 1e-300, 5e-324, 1.7e308, -0.75]) {
      expectNormalized(X.fromReal(v));
      expect(X.toComplex(X.fromReal(v)).re).toBe(v);
    }
    expect(X.fromReal(0)).toEqual(X.ZERO);
  });

  it('rejects non-finite doubles', () => {
    expect(() => X.fromReal(Infinity)).toThrow(InputError);
    expect(() => X.fromComplex({ re: 1, im: NaN })).toThrow(InputError);
  });

  it('underflows to zero and overflows to Infinity in toComplex', () => {
    const tiny = X.exp(X.fromReal(-1000));
    expect(X.toComplex(tiny).re).toBe(0);
    const huge = X.exp(X.fromReal(1000));
    expect(X.toComplex(huge).re).toBe(Infinity);
  });
});

describe('arithmetic', () => {
  it('matches doubles inside the double range', () => {
    const finite = fc.double({ min: -1e150, max: 1e150, noNaN: true });
    fc.assert(fc.property(finite, finite, finite, finite, (a, b, c, d) => {
      const p = { re: a, im: b };
      const q = { re: c, im: d };
      // A shared exponent keeps a component only to 2^-1074 of the
      // larger one, hence the absolute part of the tolerance.
      const sum = X.toComplex(X.add(X.fromComplex(p), X.fromComplex(q)));
      const magnitude = Math.hypot(a, b) + Math.hypot(c, d);
      const size = { rel: 2 ** -53, abs: 2 ** -52 * magnitude };
      assertClose(sum.re, a + c, size, 'sum re');
      assertClose(sum.im, b + d, size, 'sum im');
      const prod = X.toComplex(X.mul(X.fromComplex(p), X.fromComplex(q)));
      const scale = Math.hypot(a, b) * Math.hypot(c, d);
      const tol = { rel: 0, abs: 4e-16 * scale };
      assertClose(prod.re, a * c - b * d, tol, 'product re');
      assertClose(prod.im, a * d + b * c, tol, 'product im');
    }));
  });

  it('multiplies below the double range', () => {
    // mpmath 1.3.0: mpf(10)**-400 * mpf(3)**-200 = 3.7648619495990264199e-496
    const want = '3.7648619495990264199e-496';
    const a = X.powReal(X.fromReal(10), -400);
    const b = X.powReal(X.fromReal(3), -200);
    expectRelative(X.mul(a, b), want, '0', 5e-15, 'product');
    const quotient = X.div(a, X.powInt(X.fromReal(3), 200n));
    expectRelative(quotient, want, '0', 5e-15, 'quotient');
  });

  it('cancels exactly in subtraction', () => {
    const a = X.exp(X.fromReal(-5000));
    expect(X.sub(a, a)).toEqual(X.ZERO);
    const sum = X.add(a, X.fromReal(1));
    expect(X.toComplex(sum).re).toBe(1);
  });

  it('rejects division by zero', () => {
    expect(() => X.div(X.ONE, X.ZERO)).toThrow(InputError);
  });
});

describe('exp', () => {
  it('stays finite far below the double range', () => {
    // mpmath 1.3.0: exp(mpf(-9869.6)) = 4.8661042362481593176e-4287
    const x = X.exp(X.fromReal(-9869.6));
    expectNormalized(x);
    expectRelative(x, '4.8661042362481593176e-4287', '0', 5e-16, 'exp(-9869.6)');
  });

  it('keeps the phase of a complex argument', () => {
    // mpmath 1.3.0: exp(mpc(-2000.5, 3.0)) =
    // -1.5471087968497199655e-869 + 2.2053501075073271759e-870j
    const x = X.exp(X.fromComplex({ re: -2000.5, im: 3 }));
    expectRelative(x, '-1.5471087968497199655e-869', '2.2053501075073271759e-870',
      5e-16, 'exp(-2000.5 + 3i)');
  });

  it('reaches e^{-1e6} and e^{12345.678}', () => {
    // mpmath 1.3.0: exp(mpf(-1e6)) = 3.296831478088558579e-434295 and
    // exp(mpf(12345.678)) = 4.5691009592921270809e+5361
    expectRelative(X.exp(X.fromReal(-1e6)), '3.296831478088558579e-434295', '0',
      5e-16, 'exp(-1e6)');
    expectRelative(X.exp(X.fromReal(12345.678)), '4.5691009592921270809e+5361', '0',
      5e-16, 'exp(12345.678)');
  });

  it('underflows to zero and rejects overflow of the extended range', () => {
    expect(X.exp(X.fromReal(-1e300))).toEqual(X.ZERO);
    expect(() => X.exp(X.fromReal(1e300))).toThrow(InputError);
  });
});

describe('log and powers', () => {
  it('takes the log of a value below the double range', () => {
    // mpmath 1.3.0: log(mpf(10)**-472 * 5.7) = -1085.0796977183490584
    const x = X.mul(X.powReal(X.fromReal(10), -472), X.fromReal(5.7));
    const got = X.log(x);
    assertClose(got.re, -1085.0796977183490584, { rel: 2e-16, abs: 0 }, 'log re');
    expect(got.im).toBe(0);
  });

  it('is exact at 1', () => {
    expect(X.log(X.ONE)).toEqual({ re: 0, im: 0 });
  });

  it('takes fractional powers without losing digits', () => {
    // mpmath 1.3.0: power(mpf(2)**-3000, mpf(1/3)) with 1/3 the double
    // = 9.3326361850325478855e-302
    const x = X.powReal(X.normalize(0.5, 0, -2999), 1 / 3);
    expectRelative(x, '9.3326361850325478855e-302', '0', 5e-16, '2^-3000^(1/3)');
  });

  it('takes real powers of complex values', () => {
    // mpmath 1.3.0: power(mpc(1e-200, 1e-200), mpf(2.5)) =
    // -9.1017972112445464188e-501 + 2.1973682269356198337e-500j
    const x = X.powReal(X.fromComplex({ re: 1e-200, im: 1e-200 }), 2.5);
    expectRelative(x, '-9.1017972112445464188e-501', '2.1973682269356198337e-500',
      1e-15, '(1e-200 + 1e-200i)^2.5');
  });

  it('defines powers of zero', () => {
    expect(X.powReal(X.ZERO, 2)).toEqual(X.ZERO);
    expect(X.powReal(X.ZERO, 0)).toEqual(X.ONE);
    expect(() => X.powReal(X.ZERO, -1)).toThrow(InputError);
  });

  it('returns abs and log10Abs', () => {
    const x = X.mul(X.fromComplex({ re: 3, im: -4 }), X.powReal(X.fromReal(10), -500));
    expectRelative(X.abs(x), '5e-500', '0', 5e-15, 'abs');
    assertClose(X.log10Abs(x), Math.log10(5) - 500, { rel: 1e-15, abs: 0 }, 'log10Abs');
    expect(X.log10Abs(X.ZERO)).toBe(-Infinity);
  });
});

describe('toExponentialString', () => {
  it('matches Number.prototype.toExponential on doubles', () => {
    const value = fc.double({ noNaN: true, noDefaultInfinity: true });
    const digits = fc.integer({ min: 0, max: 20 });
    fc.assert(fc.property(value, digits, (v, f) => {
      expect(X.toExponentialString(X.fromReal(v), f)).toBe(v.toExponential(f));
    }), { numRuns: 2000 });
  });

  it('prints values outside the double range', () => {
    expect(X.toExponentialString(decimal('5.71234e-472'), 4)).toBe('5.7123e-472');
    expect(X.toExponentialString(decimal('-9.99996e+600'), 4)).toBe('-1.0000e+601');
    // exact digits from the decimal string itself
    const x = decimal('3.296831478088558579e-434295');
    expect(X.toExponentialString(x, 14)).toBe('3.29683147808856e-434295');
    // mpmath 1.3.0: mpf(0.5) * mpf(2)**-5000 = 3.539905630524086446e-1506
    expect(X.toExponentialString(X.normalize(0.75, 0.5, -5000), 6, 'im'))
      .toBe('3.539906e-1506');
  });

  it('rejects invalid digit counts', () => {
    expect(() => X.toExponentialString(X.ONE, -1)).toThrow(InputError);
    expect(() => X.toExponentialString(X.ONE, 1.5)).toThrow(InputError);
  });
});
