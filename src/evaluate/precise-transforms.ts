/**
 * The regular parts of F[σ] and F[σ'] at ξ ≠ 0 with a requested number
 * of correct digits, from the closed form (precise-closed.ts).
 */
import { InputError, NotDerivableError } from '../errors.js';
import type { Derivation } from '../derive.js';
import { type ClosedValue, evaluateClosed } from './precise-closed.js';

export interface PreciseTransformPoint {
  /** ξ as given. */
  readonly xi: string;
  readonly sigma: ClosedValue;
  readonly dsigma: ClosedValue;
}

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Evaluates both transforms at ξ (a decimal string) with `digits` correct digits. */
export function preciseTransformAt(
  d: Derivation,
  xi: string,
  digits: number,
): PreciseTransformPoint {
  if (!DECIMAL.test(xi) || Number(xi) === 0 || !Number.isFinite(Number(xi))) {
    throw new InputError(`ξ = "${xi}" is invalid: the regular part is evaluated at a ` +
      'finite decimal ξ ≠ 0 (point terms at 0 are listed by derive)');
  }
  const t = d.transform;
  if (t.kind === 'nonexistent') throw new NotDerivableError(t.reason);
  if (t.kind !== 'closed') {
    throw new NotDerivableError(`${d.activation.name} has no closed-form transform ` +
      `(${t.reason}), so it has no high-precision value: run without --digits ` +
      'for the double-precision quadrature of the defining integral');
  }
  return {
    xi,
    sigma: evaluateClosed(t.sigma.regular, { xi }, digits),
    dsigma: evaluateClosed(t.dsigma.regular, { xi }, digits),
  };
}
