/**
 * Values of the LFP coefficients at given |ξ|, in extended range: far in
 * the tail A(ξ) is far below the smallest double (5.7e-472 for tanh at
 * ξ = 1000), so values carry their base-10 logarithm as well.
 */
import type { Expr } from '../expr/tree.js';
import { ConvergenceError, InputError, NotDerivableError } from '../errors.js';
import type { CoefficientForm } from '../kernel/forms.js';
import { extendedValue, logAbs, normalRangeValue } from './compile.js';
import { integrateLogScaled } from '../numeric/quadrature.js';
import { fromReal, isZero, log as xlog } from '../numeric/xcomplex.js';
import { roundingError } from './rounding-estimate.js';

export interface Magnitude {
  /** The value as a double; 0 or Infinity when outside the double range. */
  readonly value: number;
  /** log10 of the value (−Infinity for 0). */
  readonly log10: number;
  /** Estimated relative error. */
  readonly relError: number;
  /** 'closed form' or 'quadrature over r'. */
  readonly method: string;
}

const LN10 = Math.LN10;

/** Largest estimated relative error of a radial integral that is returned. */
const ACCEPTED_ERROR = 1e-6;

export function coefficientAt(form: CoefficientForm, xi: number): Magnitude {
  if (!(Number.isFinite(xi) && xi > 0)) {
    throw new InputError(`|ξ| = ${xi} is invalid: the coefficients are evaluated at finite |ξ| > 0`);
  }
  if (form.kind === 'divergent') throw new NotDerivableError(`the coefficient diverges: ${form.why}`);
  try {
    if (form.kind === 'closed') return closedValue(form.expr, xi);
    return integralValue(form.prefactor, form.integrand, xi);
  } catch (e) {
    // An argument beyond the extended range is a limit of |ξ|, so the message names |ξ|.
    if (!(e instanceof InputError)) throw e;
    throw new InputError(`|ξ| = ${xi} is beyond the range this coefficient can be `
      + `evaluated in (${e.message}); use a smaller |ξ|, or the decay law for the tail`);
  }
}

/** A few roundings in a short closed form: the least error claimed. */
const CLOSED_ERROR = 2e-15;

/**
 * The error estimate of a closed form is computed only when it is read
 * (rounding-estimate.ts, three evaluations), so that loops that need the
 * value alone do not pay for it.
 */
function closedValue(e: Expr, xi: number): Magnitude {
  const estimate = () => roundingError(e, { xi: fromReal(xi) },
    extendedValue(e, { xi }), CLOSED_ERROR);
  // Doubles are several times faster, so the extended range is used
  // only when some step leaves the normal double range.
  const double = normalRangeValue(e, { xi });
  if (double !== undefined) {
    const value = Math.abs(double);
    return lazyError({ value, log10: Math.log10(value), method: 'closed form' }, estimate);
  }
  const v = extendedValue(e, { xi });
  // An exact 0: a transform with compact support seen through sphere weights.
  if (isZero(v)) return { value: 0, log10: -Infinity, relError: 0, method: 'closed form' };
  const log10 = xlog(v).re / LN10;
  return lazyError({ value: Math.exp(xlog(v).re), log10, method: 'closed form' }, estimate);
}

function lazyError(m: Omit<Magnitude, 'relError'>, estimate: () => number): Magnitude {
  let known: number | undefined;
  return Object.defineProperty({ ...m }, 'relError', {
    enumerable: true,
    get: () => (known ??= estimate()),
  }) as Magnitude;
}

function fromLog(ln: number, relError: number, method: string): Magnitude {
  const log10 = ln / LN10;
  return { value: Math.exp(ln), log10, relError, method };
}

function integralValue(prefactor: Expr, integrand: Expr, xi: number): Magnitude {
  const logf = (r: number) => (r <= 0 ? -Infinity : logAbs(integrand, { r, xi }));
  const res = integrateLogScaled(logf, 0, Infinity, { relTol: 1e-11, maxEvaluations: 20000 });
  // An unconverged result is still returned when its error estimate is
  // small; the caller prints only the digits that estimate supports.
  if (!res.converged && !(res.relError <= ACCEPTED_ERROR)) {
    throw new ConvergenceError(
      `the integral over r did not converge at |ξ| = ${xi} (relative error ${res.relError.toExponential(2)})`,
      { value: Math.exp(res.logValue), error: res.relError, evaluations: res.evaluations },
    );
  }
  const lnPrefactor = xlog(extendedValue(prefactor, { xi })).re;
  return fromLog(lnPrefactor + res.logValue, Math.max(res.relError, 1e-14), 'quadrature over r');
}

/** Decimal text of a magnitude with `digits` significant digits, any exponent. */
export function magnitudeText(m: Magnitude, maxDigits = 15): string {
  if (m.log10 === -Infinity) return '0';
  // Only the digits the error estimate supports.
  const supported = m.relError > 0 ? Math.round(-Math.log10(m.relError)) : maxDigits;
  const digits = Math.max(2, Math.min(maxDigits, supported));
  if (Number.isFinite(m.value) && m.value !== 0 && Math.abs(m.log10) < 300) {
    return m.value.toPrecision(digits);
  }
  const exponent = Math.floor(m.log10);
  const mantissa = 10 ** (m.log10 - exponent);
  return `${mantissa.toFixed(digits - 1)}e${exponent >= 0 ? '+' : ''}${exponent}`;
}

