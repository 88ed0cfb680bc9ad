/**
 * Checks each closed-form transform against its defining integral at
 * high precision where that integral converges absolutely: for F[σ]
 * through the lowest derivative σ^{(m)} that decays exponentially,
 * F[σ^{(m)}](ξ) = (2πiξ)^m F[σ](ξ) (tanh: m = 1, sech²). Where no such
 * derivative exists (ReLU: σ'' = δ), the double-precision check with a
 * convergence factor runs instead, and its label is marked [double].
 */
import type { Derivation } from '../derive.js';
import type { Expr } from '../expr/tree.js';
import { I, PI, XI, mul, num, pow } from '../expr/tree.js';
import { evaluateClosed } from '../evaluate/precise-closed.js';
import { digitsBelow } from '../evaluate/precise-digits.js';
import {
  PreciseComplex, absComplex, subComplex, workingBits,
} from '../precise/index.js';
import type { CheckResult } from './result.js';
import { result } from './result.js';
import { transformChecks, TRANSFORM_XI } from './transform-check.js';
import {
  type DecayingDerivative, type FourierIntegral, decayingDerivative,
  preciseFourierIntegral,
} from './precise-fourier.js';

/** Digits that a check at `digits` may lose and still pass. */
export const ALLOWED_LOSS = 10;

const GUARD = 10;

/** |a − b| / |b| in digits, for complex values. */
function complexAgreement(a: PreciseComplex, b: PreciseComplex, prec: number): number {
  return digitsBelow(absComplex(subComplex(a, b, prec), prec), absComplex(b, prec));
}

/** Turns an agreement in digits into the relative difference the table prints. */
export function relativeFromDigits(agreement: number): number {
  return agreement === Infinity ? 0 : 10 ** -agreement;
}

interface Label {
  readonly name: string;
  readonly regular: Expr;
  /** Order of the derivative the label's transform belongs to: 0 for σ, 1 for σ'. */
  readonly own: number;
}

export function preciseTransformChecks(d: Derivation, digits: number): CheckResult[] {
  const t = d.transform;
  if (t.kind !== 'closed') return [];
  const labels: Label[] = [
    { name: 'F[sigma]', regular: t.sigma.regular, own: 0 },
    { name: "F[sigma']", regular: t.dsigma.regular, own: 1 },
  ];
  const working = digits + GUARD;
  const drop = (working + GUARD) * Math.LN10;
  const integrals = new Map<string, FourierIntegral>();
  const out: CheckResult[] = [];
  let fallback: CheckResult[] | undefined;
  for (const label of labels) {
    const f = decayingDerivative(d.expression, label.own, drop);
    if (!f) {
      fallback ??= transformChecks(d);
      out.push(...doubleFallback(fallback, label));
      continue;
    }
    for (const xi of TRANSFORM_XI.map(String)) {
      const key = `${f.order}:${xi}`;
      if (!integrals.has(key)) integrals.set(key, preciseFourierIntegral(f, xi, working));
      out.push(compare(d, label, f, xi, integrals.get(key)!, digits));
    }
  }
  return out;
}

function doubleFallback(all: CheckResult[], label: Label): CheckResult[] {
  const derivativeName = label.own === 0
    ? "sigma, sigma' and sigma''"
    : "sigma' and sigma''";
  return all
    .filter((r) => r.check.startsWith(`${label.name} `))
    .map((r) => ({
      ...r,
      check: `${r.check} [double]`,
      detail: `${r.detail}; no high-precision check: none of ${derivativeName} ` +
        'decays exponentially without point masses',
    }));
}

function compare(d: Derivation, label: Label, f: DecayingDerivative, xi: string,
  integral: FourierIntegral, digits: number): CheckResult {
  const working = digits + GUARD;
  // (2πiξ)^(m − own) turns the label's transform into F[σ^{(m)}].
  const factor = pow(mul(num(2), PI, I, XI), num(f.order - label.own));
  const closed = evaluateClosed(mul(factor, label.regular), { xi }, working).value;
  const agreement = complexAgreement(integral.value, closed, workingBits(working));
  const rules = rulesAgreement(integral, workingBits(working));
  const via = f.order === label.own ? 'directly' : `via sigma^(${f.order})`;
  return result({
    check: `${label.name} vs defining integral [${digits} digits]`,
    activation: d.activation.name, at: `xi=${xi}`,
    measured: relativeFromDigits(agreement),
    tolerance: relativeFromDigits(digits - ALLOWED_LOSS),
    detail: `${formatDigits(agreement)} agree; ${via}, ` +
      `|x| < ${f.halfWidth.toFixed(1)}, ` +
      `${integral.methods.join(' and ')} at ${working} digits agree to ` +
      `${formatDigits(rules)}${integral.note ? ` (${integral.note})` : ''}`,
  });
}

/** Digits on which the two rules agree, over both parts, relative to |F|. */
function rulesAgreement(integral: FourierIntegral, prec: number): number {
  const [firstRe, secondRe, firstIm, secondIm] = integral.rules.map((r) => r.value);
  const first = new PreciseComplex(firstRe!, firstIm!);
  const second = new PreciseComplex(secondRe!, secondIm!);
  return complexAgreement(second, first, prec);
}

export function formatDigits(agreement: number): string {
  return agreement === Infinity ? 'all digits' : `${agreement.toFixed(1)} digits`;
}
