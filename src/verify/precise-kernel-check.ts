/**
 * Checks σ_b·A and σ_b·B at high precision: the toolkit's value (closed
 * form, or its radial integral by two rules) against the average over r
 * of the closed-form transforms, recomputed from the definitions in
 * precise-radial-average.ts, also by two rules.
 */
import { referenceName } from './kernel-check.js';
import type { Derivation } from '../derive.js';
import { preciseCoefficientAt } from '../evaluate/precise-coefficients.js';
import { describeRules } from '../evaluate/precise-coefficients.js';
import { digitsBelow } from '../evaluate/precise-digits.js';
import { abs, add, neg } from '../precise/index.js';
import { KERNEL_XI } from './kernel-check.js';
import { radialAverage, type CoefficientName } from './precise-radial-average.js';
import type { CheckResult } from './result.js';
import { result } from './result.js';
import {
  ALLOWED_LOSS, formatDigits, relativeFromDigits,
} from './precise-transform-check.js';

const GUARD = 10;

export function preciseKernelChecks(d: Derivation, digits: number): CheckResult[] {
  if (!d.kernel || d.transform.kind !== 'closed') return [];
  const out: CheckResult[] = [];
  for (const xi of KERNEL_XI.map(String)) {
    for (const name of ['A', 'B'] as const) {
      const form = d.kernel[name];
      if (form.kind === 'divergent') continue;
      out.push(compare(d, name, xi, digits));
    }
  }
  return out;
}

function compare(d: Derivation, name: CoefficientName, xi: string,
  digits: number): CheckResult {
  const got = preciseCoefficientAt(d.kernel![name], xi, digits);
  const independent = radialAverage(d, name, xi, digits + GUARD);
  const difference = abs(add(got.precise, neg(independent.value), got.precise.bits + 8));
  const agreement = digitsBelow(difference, independent.value);
  const route = independent.integral
    ? `quadrature over r of |F|^2 (${describeRules(independent.integral)})`
    : '|F(xi/r0)|^2 at the sphere radius';
  return result({
    check: `${name} vs ${referenceName(d)} [${digits} digits]`,
    activation: d.activation.name, dim: d.options.dim,
    weights: d.options.weights.kind, at: `xi=${xi}`,
    measured: relativeFromDigits(agreement),
    tolerance: relativeFromDigits(digits - ALLOWED_LOSS),
    detail: `${formatDigits(agreement)} agree; ${got.method} ` +
      `${got.value.text.slice(0, 24)} (${got.confirmation}) vs ${route}`,
  });
}
