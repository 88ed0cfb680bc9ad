/**
 * Plain records of high-precision values, for printing as text or JSON:
 * every value is a decimal string of correct digits with its count.
 */
import type { Derivation } from '../derive.js';
import type { CoefficientForms } from '../kernel/forms.js';
import type { ClosedValue } from './precise-closed.js';
import { preciseCoefficientAt } from './precise-coefficients.js';
import { preciseTransformAt } from './precise-transforms.js';

export interface ComplexDigits {
  readonly re: string;
  readonly im: string;
  /** Correct significant digits of each part. */
  readonly reDigits: number;
  readonly imDigits: number;
}

export interface TransformRow {
  readonly xi: string;
  readonly sigma: ComplexDigits;
  readonly dsigma: ComplexDigits;
}

export interface CoefficientDigits {
  readonly value: string;
  readonly digits: number;
  readonly method: string;
  readonly confirmation: string;
}

export interface KernelRow {
  readonly xi: string;
  readonly A: CoefficientDigits;
  readonly B: CoefficientDigits;
}

function complexDigits(v: ClosedValue): ComplexDigits {
  return { re: v.re.text, im: v.im.text, reDigits: v.re.digits, imDigits: v.im.digits };
}

/** Evaluates F[σ] and F[σ'] at each ξ (decimal strings) to `digits` digits. */
export function transformRows(d: Derivation, xis: readonly string[],
  digits: number): TransformRow[] {
  return xis.map((xi) => {
    const p = preciseTransformAt(d, xi, digits);
    return { xi, sigma: complexDigits(p.sigma), dsigma: complexDigits(p.dsigma) };
  });
}

/** Evaluates σ_b·A and σ_b·B at each |ξ| (decimal strings) to `digits` digits. */
export function kernelRows(forms: CoefficientForms, xis: readonly string[],
  digits: number): KernelRow[] {
  const one = (form: CoefficientForms['A'], xi: string): CoefficientDigits => {
    const c = preciseCoefficientAt(form, xi, digits);
    return {
      value: c.value.text, digits: c.value.digits,
      method: c.method, confirmation: c.confirmation,
    };
  };
  return xis.map((xi) => ({ xi, A: one(forms.A, xi), B: one(forms.B, xi) }));
}
