/**
 * The right side of the operator check: the LFP operator applied to the
 * test function, times σ_b,
 *
 *   σ_b·F[∫K u](ξ) ≈ A(ξ) F[u](ξ) − ∇·(B(ξ) ∇F[u](ξ)),
 *
 * split as A = G_σ + σ_a² G_σ' into the same three channels as the
 * kernel side: G_σ F[u], σ_a² G_σ' F[u] and −(B' F[u]' + B F[u]'' +
 * (d − 1) B F[u]'/|ξ|), the divergence of a radial field in d dimensions.
 * The coefficients come from their derived forms (coefficientAt); B' by
 * a five-point central difference.
 */
import type { Derivation } from '../derive.js';
import * as Q from '../expr/rational.js';
import { coefficientAt } from '../evaluate/coefficients.js';
import type { CoefficientForm } from '../kernel/forms.js';
import type { TestFunction } from './test-function.js';

export interface LfpChannels {
  readonly sigma: number;
  readonly constant: number;
  readonly linear: number;
}

/**
 * Relative step of the difference quotient for B'. Its truncation error,
 * h⁴B⁽⁵⁾/30, and its rounding error, about 1e-11·B/h for coefficients
 * from quadrature, are both near 1e-8 of B' at this step.
 */
const STEP = 0.005;

export function lfpSide(d: Derivation, test: TestFunction, xi: number): LfpChannels {
  const kernel = d.kernel!;
  const [u0, u1, u2] = test.transform(xi);
  const sa2 = Q.toNumber(d.options.sigmaA) ** 2;
  const value = (form: CoefficientForm, at: number) => coefficientAt(form, at).value;
  const b = value(kernel.B, xi);
  return {
    sigma: value(kernel.Gsigma, xi) * u0,
    constant: sa2 * value(kernel.Gdsigma, xi) * u0,
    linear: -(slope((x) => value(kernel.B, x), xi) * u1 + b * u2
      + ((d.options.dim - 1) * b * u1) / xi),
  };
}

function slope(f: (x: number) => number, x: number): number {
  const h = STEP * x;
  return (f(x - 2 * h) - 8 * f(x - h) + 8 * f(x + h) - f(x + 2 * h)) / (12 * h);
}
