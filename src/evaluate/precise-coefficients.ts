/**
 * The LFP coefficients A(ξ) and B(ξ) at a requested number of correct
 * digits. Closed forms are confirmed by the agreement of two working
 * precisions (precise-closed.ts), radial integrals by the agreement of
 * two independent rules: the trapezoidal and midpoint sums in ln r, or
 * else tanh-sinh and Gauss–Legendre on different partitions
 * (precise-radial.ts).
 */
import { InputError, NotDerivableError } from '../errors.js';
import type { Expr } from '../expr/tree.js';
import type { CoefficientForm } from '../kernel/forms.js';
import {
  type BigFloat, fromReal, mul, preciseField,
} from '../precise/index.js';
import { logAbs } from './compile.js';
import { evaluateClosed } from './precise-closed.js';
import { compilePrecise } from './precise-compile.js';
import {
  type CorrectDigits, correctDigits, scaledBound,
} from './precise-digits.js';
import {
  type RadialIntegral, type RadialIntegrand, integrateRadial,
} from './precise-radial.js';

export interface PreciseCoefficient {
  readonly value: CorrectDigits;
  /** The value at full working precision and a bound on its absolute error. */
  readonly precise: BigFloat;
  readonly error: BigFloat;
  /** 'closed form' or 'quadrature over r'. */
  readonly method: string;
  /** The evidence for the digits, for the user: which precisions or rules agreed. */
  readonly confirmation: string;
}

/** Guard digits of the quadrature beyond the request. */
const QUADRATURE_GUARD = 10;

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Checks that |ξ| is a positive decimal literal and returns it. */
function checkXi(xi: string): string {
  if (!DECIMAL.test(xi) || !(Number(xi) > 0) || !Number.isFinite(Number(xi))) {
    throw new InputError(`|ξ| = "${xi}" is invalid: the coefficients are evaluated ` +
      'at a finite decimal |ξ| > 0, such as 1000 or 2.5e-3');
  }
  return xi;
}

/** Evaluates σ_b·A or σ_b·B at |ξ| (a decimal string) with `digits` correct digits. */
export function preciseCoefficientAt(
  form: CoefficientForm,
  xi: string,
  digits: number,
): PreciseCoefficient {
  checkXi(xi);
  if (form.kind === 'divergent') {
    throw new NotDerivableError(`the coefficient diverges: ${form.why}`);
  }
  if (form.kind === 'closed') return closedCoefficient(form.expr, xi, digits);
  return radialCoefficient(form.prefactor, form.integrand, xi, digits);
}

function closedCoefficient(e: Expr, xi: string, digits: number): PreciseCoefficient {
  const v = evaluateClosed(e, { xi }, digits);
  const [low, high] = v.workingDigits;
  return {
    value: v.re, precise: v.value.re, error: v.reError, method: 'closed form',
    confirmation: `evaluations at ${low} and ${high} digits agree`,
  };
}

/**
 * Returns e as an integrand in the symbol `variable`, with the other
 * symbols fixed to decimal strings, at `digits` working digits.
 */
export function expressionIntegrand(e: Expr, variable: string,
  fixed: Readonly<Record<string, string>>, digits: number): RadialIntegrand {
  const field = preciseField(digits);
  const bound = Object.fromEntries(
    Object.entries(fixed).map(([name, text]) => [name, field.fromDecimalString(text)]));
  const doubles = Object.fromEntries(
    Object.entries(fixed).map(([name, text]) => [name, Number(text)]));
  const compiled = compilePrecise(e, field, bound, [variable]);
  return {
    logAbs: (x) => logAbs(e, { ...doubles, [variable]: x }),
    value: (x) => compiled({ [variable]: fromReal(x) }).re,
  };
}

function radialCoefficient(prefactor: Expr, integrand: Expr, xi: string,
  digits: number): PreciseCoefficient {
  let working = digits + QUADRATURE_GUARD;
  let result = radialAttempt(prefactor, integrand, xi, digits, working);
  if (result.value.digits < digits) {
    working += digits - result.value.digits + QUADRATURE_GUARD;
    result = radialAttempt(prefactor, integrand, xi, digits, working);
  }
  return result;
}

function radialAttempt(prefactor: Expr, integrand: Expr, xi: string, digits: number,
  working: number): PreciseCoefficient {
  const f = expressionIntegrand(integrand, 'r', { xi }, working);
  const integral = integrateRadial(f, working);
  const factor = evaluateClosed(prefactor, { xi }, working);
  const bits = integral.value.bits + factor.value.re.bits;
  const value = mul(factor.value.re, integral.value, bits);
  const error = scaledBound(
    factor.value.re, integral.error, mul(integral.value, factor.reError, 64));
  return {
    value: correctDigits(value, error, digits), precise: value, error,
    method: 'quadrature over r', confirmation: describeRules(integral),
  };
}

/**
 * Describes the two rules' agreement, e.g. for the command line, and
 * why tanh-sinh and Gauss–Legendre replaced the sums in ln r.
 */
export function describeRules(integral: RadialIntegral): string {
  const agreement = Number.isFinite(integral.agreement)
    ? `${integral.agreement.toFixed(1)} digits`
    : 'all digits';
  const [first, second] = integral.rules;
  const notConverged = first.converged && second.converged
    ? ''
    : ' (a rule did not converge)';
  const fallback = integral.fallback ? `, used because ${integral.fallback}` : '';
  return `${first.rule} (${first.evaluations} points) and ${second.rule} ` +
    `(${second.evaluations} points) at ${integral.workingDigits} digits agree ` +
    `to ${agreement}${notConverged}${fallback}`;
}
