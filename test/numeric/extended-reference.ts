/**
 * Comparison of extended-range results with decimal reference strings
 * (from mpmath) that lie outside the double range.
 */
import { assertClose } from '../helpers/close.js';
import * as X from '../../src/numeric/xcomplex.js';
import type { XComplex } from '../../src/numeric/xcomplex.js';
import { ratioToScaled } from '../../src/numeric/bigint-ratio.js';

/** Converts a decimal string such as "3.29e-434295" with a single rounding. */
export function decimal(text: string): XComplex {
  const [digits, exponent] = text.split('e');
  const negative = digits!.startsWith('-');
  const unsigned = negative ? digits!.slice(1) : digits!;
  const [whole, fraction = ''] = unsigned.split('.');
  const power = Number(exponent ?? 0) - fraction.length;
  const integer = BigInt(whole! + fraction) * (negative ? -1n : 1n);
  const [num, den] = power >= 0
    ? [integer * 10n ** BigInt(power), 1n]
    : [integer, 10n ** BigInt(-power)];
  const [m, e2] = ratioToScaled(num, den);
  return X.normalize(m, 0, e2);
}

/**
 * Checks x against a reference given as decimal strings for the real and
 * imaginary parts. The error is measured relative to the modulus of the
 * reference.
 */
export function expectRelative(x: XComplex, re: string, im: string, rel: number,
  label: string): void {
  const i = X.fromComplex({ re: 0, im: 1 });
  const want = X.add(decimal(re), X.mul(decimal(im), i));
  const error = X.toComplex(X.div(X.sub(x, want), X.abs(want)));
  assertClose(Math.hypot(error.re, error.im), 0, { rel: 0, abs: rel }, label);
}
