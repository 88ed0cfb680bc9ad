/**
 * Values of the regular parts of F[σ] and F[σ'] at given ξ ≠ 0: from the
 * closed form when there is one, else by quadrature of the defining
 * integral (labelled as numerical).
 */
import { InputError, NotDerivableError } from '../errors.js';
import type { Derivation } from '../derive.js';
import type { Expr } from '../expr/tree.js';
import { extendedValue, realFunction } from './compile.js';
import { fourierTransformNumeric } from '../numeric/fourier-integral.js';
import type { XComplex } from '../numeric/xcomplex.js';
import { toExponentialString } from '../numeric/xcomplex.js';

export interface ComplexText { readonly re: string; readonly im: string }

export interface TransformPoint {
  readonly xi: number;
  readonly sigma: ComplexText;
  readonly dsigma: ComplexText;
  /** 'closed form' or 'numerical quadrature'. */
  readonly method: string;
  /** Estimated absolute error of the numerical values, when numerical. */
  readonly error?: number;
}

export function transformAt(d: Derivation, xi: number): TransformPoint {
  if (!Number.isFinite(xi) || xi === 0) {
    throw new InputError(`ξ = ${xi} is invalid: the regular part is defined for finite ξ ≠ 0 (point terms at 0 are listed by derive)`);
  }
  const t = d.transform;
  if (t.kind === 'nonexistent') throw new NotDerivableError(t.reason);
  if (t.kind === 'closed') {
    return {
      xi, method: 'closed form',
      sigma: complexText(extendedValue(t.sigma.regular, { xi })),
      dsigma: complexText(extendedValue(t.dsigma.regular, { xi })),
    };
  }
  return numericalPoint(d.expression, d.derivative, xi);
}

function numericalPoint(sigma: Expr, dsigma: Expr, xi: number): TransformPoint {
  const f = realFunction(sigma, 'x');
  const g = realFunction(dsigma, 'x');
  const a = fourierTransformNumeric(f, xi, { relTol: 1e-10 });
  const b = fourierTransformNumeric(g, xi, { relTol: 1e-10 });
  return {
    xi, method: 'numerical quadrature', error: Math.max(a.error, b.error),
    sigma: resolvedText(a), dsigma: resolvedText(b),
  };
}

function complexText(v: XComplex): ComplexText {
  const re = { re: v.re, im: 0, e2: v.e2 };
  const im = { re: v.im, im: 0, e2: v.e2 };
  return { re: toExponentialString(re, 16), im: toExponentialString(im, 16) };
}

/**
 * Formats a numerical value as text, or a bound when it is within ten error
 * estimates of 0: there the quadrature resolves no digit of it.
 */
function resolvedText(z: { re: number; im: number; error: number }): ComplexText {
  if (Math.hypot(z.re, z.im) < 10 * z.error) {
    const bound = `|F| < ${(10 * z.error).toExponential(1)}`;
    return { re: bound, im: bound };
  }
  // Two digits beyond those the estimate supports, so that rounding adds
  // far less than the estimated error (the `error` field gives it).
  const supported = Math.floor(-Math.log10(z.error / Math.hypot(z.re, z.im)));
  const digits = Math.max(3, Math.min(15, supported + 2));
  return { re: z.re.toPrecision(digits), im: z.im.toPrecision(digits) };
}
