/**
 * Checks each closed-form transform against the defining integral,
 * computed by quadrature with a convergence factor (fourier-integral.ts),
 * at positive and negative ξ.
 */
import type { Derivation } from '../derive.js';
import type { Expr } from '../expr/tree.js';
import { complexFunction, realFunction } from '../evaluate/compile.js';
import { fourierTransformNumeric } from '../numeric/fourier-integral.js';
import type { CheckResult } from './result.js';
import { result } from './result.js';
import { containsPointMass, kinks } from './kinks.js';

/**
 * Frequencies where transforms are compared; both signs test parity.
 * They stay below 0.8 because the quadrature's error is absolute, about
 * 1e-13 of ∫|σ|, while the smooth transforms fall like e^{−π²ξ}.
 */
export const TRANSFORM_XI = [0.3, -0.45, 0.7];

/** Agreement required of the quadrature of the defining integral. */
export const TRANSFORM_TOLERANCE = 1e-6;

/** Absolute agreement required where the regular part is exactly 0. */
export const ZERO_PART_TOLERANCE = 1e-9;

export function transformChecks(d: Derivation): CheckResult[] {
  const t = d.transform;
  if (t.kind !== 'closed') return [];
  const out: CheckResult[] = [];
  const pairs: [string, Expr, Expr][] = [
    ['F[sigma]', d.expression, t.sigma.regular],
    ["F[sigma']", d.derivative, t.dsigma.regular],
  ];
  for (const [label, f, closed] of pairs) {
    if (containsPointMass(f)) continue;
    for (const xi of TRANSFORM_XI) out.push(compareAt(d, label, f, closed, xi));
  }
  return out;
}

function compareAt(d: Derivation, label: string, f: Expr, closed: Expr, xi: number): CheckResult {
  const exact = complexFunction(closed, 'xi')(xi);
  const numeric = fourierTransformNumeric(realFunction(f, 'x'), xi, {
    relTol: 1e-10, breakpoints: kinks(f),
  });
  const size = Math.hypot(exact.re, exact.im);
  const difference = Math.hypot(numeric.re - exact.re, numeric.im - exact.im);
  // A regular part that is exactly 0 (sin, cos, polynomials) is compared
  // absolutely, against the quadrature's floor of about 1e-13.
  const zero = size === 0;
  return result({
    check: `${label} vs defining integral${zero ? ' (absolute)' : ''}`,
    activation: d.activation.name, at: `xi=${xi}`,
    measured: zero ? difference : difference / size,
    tolerance: zero ? ZERO_PART_TOLERANCE : TRANSFORM_TOLERANCE,
    detail: `closed ${fmt(exact)}, quadrature ${fmt(numeric)}${numeric.converged ? '' : ' (not converged)'}`,
  });
}

const fmt = (z: { re: number; im: number }) => `${z.re.toPrecision(10)}${z.im >= 0 ? '+' : ''}${z.im.toPrecision(10)}i`;
