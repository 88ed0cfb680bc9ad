/**
 * Checks each decay law C|ξ|^{−p}(log 1/|ξ|)^L e^{−c|ξ|^β} against the
 * coefficient evaluated at high precision: at |ξ| = 10, 20, 50, 100 for
 * the high-frequency laws and at 1/10, 1/20, 1/50, 1/100 for the
 * low-frequency ones, through the relative error ε(ξ) = coefficient/law − 1.
 *
 * High frequency: ε must be a series in the small parameter t of the
 * next corrections, t = |ξ|^{−β} for Laplace's method over r (its
 * corrections are of relative order 1/(φ''(r*) r*²) ∝ |ξ|^{−β}, and
 * those of |F(k)|² at k = ξ/r* are powers of the same t for the
 * built-ins) and t = 1/|ξ| for sphere weights and power laws. Polynomial
 * extrapolation of ε through the four points to t = 0 must then give
 * |ε(0)| below 1/100 of |ε| at |ξ| = 100: a law whose constant or
 * exponent is off leaves ε(0) near that offset.
 *
 * Low frequency: the corrections carry logarithms (moments E[r^m] that
 * diverge), which polynomial extrapolation cannot remove, so the check
 * is weaker: |ε| at 1/100 must be at most 1.25 times the bound t log(1/t)
 * predicts from the larger |ε| of the first two points, t = |ξ|. For
 * logarithmic laws (L = 1), A = C log(1/ξ) + D + o(1), so ε·log(1/ξ)
 * tends to D/C, and its last change must be at most half its first.
 *
 * An exact law (ε zero to the working precision at every point) passes
 * as such.
 */
import type { Derivation } from '../derive.js';
import type { DecayLaw } from '../asymptotics/laws.js';
import type { Expr } from '../expr/tree.js';
import { XI, call, mul, neg, num, pow } from '../expr/tree.js';
import { constantValue } from '../expr/constant.js';
import type { CoefficientForm } from '../kernel/forms.js';
import { evaluateClosed } from '../evaluate/precise-closed.js';
import {
  expressionIntegrand, preciseCoefficientAt,
} from '../evaluate/precise-coefficients.js';
import { integrateRadial } from '../evaluate/precise-radial.js';
import {
  type BigFloat, ONE, add, div, mul as bigMul, neg as bigNeg, toNumber, workingBits,
} from '../precise/index.js';
import type { CheckResult } from './result.js';
import { result } from './result.js';
import { ALLOWED_LOSS } from './precise-transform-check.js';

export const LAW_GRID = {
  high: ['10', '20', '50', '100'],
  low: ['0.1', '0.05', '0.02', '0.01'],
} as const;

/** High frequency: |ε extrapolated to t = 0| over |ε at the last point|. */
export const EXTRAPOLATION_GAIN = 0.01;
/** Low frequency: slack on the predicted shrinking, as a factor. */
export const SHRINK_SLACK = 1.25;
/** For logarithmic laws: the last change of ε·log(1/ξ) over the first one. */
export const LOG_CONVERGENCE = 0.5;

const GUARD = 10;

/** Builds the law without its constant: |ξ|^{−p} (log 1/|ξ|)^L e^{−c|ξ|^β}. */
function lawShape(law: DecayLaw): Expr {
  const factors: Expr[] = [pow(XI, neg(law.p))];
  if (law.logPower) factors.push(pow(call('log', pow(XI, num(-1))), num(law.logPower)));
  factors.push(call('exp', neg(mul(law.c, pow(XI, law.beta)))));
  return mul(...factors);
}

/** Evaluates C from its closed form, or as C = prefactor · ∫_0^∞ integrand(k) dk. */
function lawConstant(law: DecayLaw, digits: number): BigFloat {
  if (law.C) return evaluateClosed(law.C, {}, digits).value.re;
  const { prefactor, integrand } = law.Cintegral!;
  const f = expressionIntegrand(integrand, 'xi', {}, digits);
  const integral = integrateRadial(f, digits);
  const factor = evaluateClosed(prefactor, {}, digits).value.re;
  return bigMul(factor, integral.value, workingBits(digits));
}

/** Returns the signed relative errors coefficient/law − 1 at the grid points. */
export function lawErrors(form: CoefficientForm, law: DecayLaw, grid: readonly string[],
  digits: number): number[] {
  const working = digits + GUARD;
  const prec = workingBits(working);
  const C = lawConstant(law, working);
  const shape = lawShape(law);
  return grid.map((xi) => {
    const coefficient = preciseCoefficientAt(form, xi, digits).precise;
    const lawValue = bigMul(C, evaluateClosed(shape, { xi }, working).value.re, prec);
    return toNumber(add(div(coefficient, lawValue, prec), bigNeg(ONE), prec));
  });
}

type Limit = 'high' | 'low';

interface Judgement { measured: number; tolerance: number; prediction: string }

/** Returns the index of the larger |ε| of the first two points. */
function reference(errors: number[]): number {
  return Math.abs(errors[1]!) > Math.abs(errors[0]!) ? 1 : 0;
}

/** Evaluates at t = 0 the polynomial through (ts[j], ys[j]) (Neville's scheme). */
export function extrapolateToZero(ts: readonly number[], ys: readonly number[]): number {
  const p = [...ys];
  for (let k = 1; k < ts.length; k++) {
    for (let i = ts.length - 1; i >= k; i--) {
      p[i] = (ts[i]! * p[i - 1]! - ts[i - k]! * p[i]!) / (ts[i]! - ts[i - k]!);
    }
  }
  return p[ts.length - 1]!;
}

function judgeHigh(d: Derivation, law: DecayLaw, xs: number[],
  errors: number[]): Judgement {
  const laplace = d.options.weights.kind === 'gaussian' && constantValue(law.c) > 0;
  const exponent = laplace ? constantValue(law.beta) : 1;
  const limit = extrapolateToZero(xs.map((x) => x ** -exponent), errors);
  const last = Math.abs(errors[errors.length - 1]!);
  return {
    measured: last === 0 ? 0 : Math.abs(limit) / last, tolerance: EXTRAPOLATION_GAIN,
    prediction: `a series in t = |xi|^-${exponent.toPrecision(3)}; extrapolated ` +
      `to t = 0 it leaves ${limit.toExponential(2)}`,
  };
}

// NOTE: this only catches errors in C or p that are large next to |ε| at
// ξ = 1/100, which is between 1e-3 and 0.1 for the built-ins.
function judgeLow(xs: number[], errors: number[]): Judgement {
  const k = reference(errors);
  const n = xs.length - 1;
  const logT = (x: number) => Math.log(1 / x);
  const bound = Math.abs(errors[k]!) * (xs[n]! / xs[k]!) * (logT(xs[n]!) / logT(xs[k]!));
  return {
    measured: Math.abs(errors[n]!) / bound, tolerance: SHRINK_SLACK,
    prediction: 'O(t log(1/t)) with t = |xi|',
  };
}

function judgeLogarithmic(xs: number[], errors: number[]): Judgement {
  const scaled = errors.map((e, j) => e * Math.log(1 / xs[j]!));
  const n = scaled.length - 1;
  const first = Math.abs(scaled[1]! - scaled[0]!);
  const last = Math.abs(scaled[n]! - scaled[n - 1]!);
  let measured = last / first;
  if (first === 0) measured = last === 0 ? 0 : Infinity;
  return {
    measured,
    tolerance: LOG_CONVERGENCE,
    prediction: `eps*log(1/xi) -> D/C = ${scaled[n]!.toPrecision(4)}`,
  };
}

function judge(d: Derivation, law: DecayLaw, limit: Limit, xs: number[],
  errors: number[], digits: number): Judgement {
  const exactLevel = 10 ** -(digits - ALLOWED_LOSS);
  if (errors.every((e) => Math.abs(e) <= exactLevel)) {
    return { measured: Math.max(...errors.map(Math.abs)), tolerance: exactLevel,
      prediction: 'exact law' };
  }
  if (law.logPower) return judgeLogarithmic(xs, errors);
  return limit === 'high' ? judgeHigh(d, law, xs, errors) : judgeLow(xs, errors);
}

function checkLaw(d: Derivation, name: 'A' | 'B', limit: Limit, law: DecayLaw,
  form: CoefficientForm, digits: number): CheckResult {
  const grid = LAW_GRID[limit];
  const xs = grid.map(Number);
  const errors = lawErrors(form, law, grid, digits);
  const verdict = judge(d, law, limit, xs, errors, digits);
  const list = errors.map((e) => e.toExponential(2)).join(', ');
  return result({
    check: `${name} ${limit}-frequency law [${digits} digits]`,
    activation: d.activation.name, dim: d.options.dim, weights: d.options.weights.kind,
    at: `xi=${grid[0]}..${grid[grid.length - 1]}`,
    measured: verdict.measured, tolerance: verdict.tolerance,
    detail: `coefficient/law - 1 at xi = ${grid.join(', ')}: ${list}; ` +
      `predicted ${verdict.prediction}`,
  });
}

/** Runs the law checks of a derivation whose coefficients and laws exist. */
export function preciseLawChecks(d: Derivation, digits: number): CheckResult[] {
  if (!d.laws || !d.kernel) return [];
  const out: CheckResult[] = [];
  for (const limit of ['high', 'low'] as const) {
    for (const name of ['A', 'B'] as const) {
      const r = d.laws[limit][name];
      const form = d.kernel[name];
      if (r.kind !== 'law' || form.kind === 'divergent') continue;
      out.push(checkLaw(d, name, limit, r.law, form, digits));
    }
  }
  return out;
}
