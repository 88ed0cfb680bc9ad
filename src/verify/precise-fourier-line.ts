/**
 * The defining integral ∫ f(x) e^(−2πiξx) dx for the high-precision
 * checks, by two independent rules on the real line for f analytic in a
 * strip around it (evaluate/precise-line-fourier.ts). The first is the
 * trapezoidal rule with step h, refined until its own estimate meets
 * the target. The second is the midpoint sum at the same h, whose nodes
 * lie halfway between the trapezoidal ones. Their leading errors have
 * opposite signs, so their difference is about twice the error of the
 * first.
 */
import {
  type LinePlan, lineFourier, midpointFourier,
} from '../evaluate/precise-line-fourier.js';
import { maxBound } from '../evaluate/precise-digits.js';
import {
  type BigFloat, type QuadratureResult, abs, add, neg,
} from '../precise/index.js';
import type { DecayingDerivative, FourierIntegral } from './precise-fourier.js';

const METHODS = ['trapezoidal rule on the line', 'midpoint sum'] as const;

function difference(a: BigFloat, b: BigFloat, prec: number): BigFloat {
  return abs(add(a, neg(b), prec));
}

/**
 * Computes the integral with `digits` working digits by the trapezoidal
 * rule and checks it by the midpoint sum. Returns undefined when the
 * trapezoidal rule does not converge, so that the caller can use rules
 * that take breakpoints.
 */
export function lineFourierIntegral(f: DecayingDerivative, xi: string, digits: number,
  plan: LinePlan, tolerance: string): FourierIntegral | undefined {
  const first = lineFourier(f, xi, plan, { digits, absoluteTolerance: tolerance });
  const trapezoid = first.trapezoid;
  if (!trapezoid.converged) return undefined;
  const check = midpointFourier(f, xi, plan, trapezoid);
  const second = check.value;
  const prec = trapezoid.precBits;

  const reGap = difference(first.value.re, second.re, prec);
  const imGap = difference(first.value.im, second.im, prec);
  const part = (value: BigFloat, errorEstimate: BigFloat, evaluations: number):
    QuadratureResult => ({ value, errorEstimate, converged: true, evaluations });
  const midpointEvaluations = check.midpoint.evaluations;
  return {
    value: first.value,
    reError: maxBound(reGap, first.reError),
    imError: maxBound(imGap, first.imError),
    rules: [
      part(first.value.re, first.reError, trapezoid.evaluations),
      part(second.re, reGap, midpointEvaluations),
      part(first.value.im, first.imError, trapezoid.evaluations),
      part(second.im, imGap, midpointEvaluations),
    ],
    methods: METHODS,
  };
}
