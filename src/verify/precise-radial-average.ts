/**
 * G_g(ξ) = c_d ξ^{1−d} E_r[|F[g](ξ/r)|²/r] at high precision, built
 * from the transforms and the weight model alone, as a route to A and B
 * that shares no code with the coefficient forms of kernel/forms.ts:
 * the constants are recomputed from their definitions,
 *   c_d = Γ(d/2)/(√2 π^{(d+1)/2}),
 *   ρ(r) = N_d r^{d−1} e^{−r²/(2σ_w²)}/σ_w^d,  N_d = 2^{1−d/2}/Γ(d/2),
 * and the average over r is a quadrature by two rules (precise-radial.ts).
 */
import type { Derivation } from '../derive.js';
import type { Expr } from '../expr/tree.js';
import type { Rational } from '../expr/rational.js';
import { extendedValue } from '../evaluate/compile.js';
import { compilePrecise, type PreciseFunction } from '../evaluate/precise-compile.js';
import { type RadialIntegral, integrateRadial } from '../evaluate/precise-radial.js';
import { lgamma } from '../numeric/special.js';
import { log as xlog } from '../numeric/xcomplex.js';
import {
  type BigFloat, ONE, abs, add, div, exp, fromInt, fromRatio, fromReal, gamma, mul,
  mulPow2, neg, pi, powInt, preciseField, sqrt, toNumber, workingBits,
} from '../precise/index.js';

/** The coefficient: A = G_σ + σ_a² G_σ' or B = σ_a² G_σ' / (4π²). */
export type CoefficientName = 'A' | 'B';

export interface RadialAverage {
  readonly value: BigFloat;
  /** Bound on the absolute error; 0 for sphere weights, which need no integral. */
  readonly error: BigFloat;
  /** The two-rule quadrature, for Gaussian weights. */
  readonly integral?: RadialIntegral;
}

const rational = (q: Rational, prec: number) => fromRatio(q.num, q.den, prec);

/** c_d = Γ(d/2)/(√2 π^{(d+1)/2}). */
function cd(d: number, prec: number): BigFloat {
  const halfD = fromRatio(BigInt(d), 2n, prec);
  const piPower = powInt(sqrt(pi(prec), prec), BigInt(d + 1), prec);
  return div(gamma(halfD, prec), mul(sqrt(fromInt(2), prec), piPower, prec), prec);
}

/** |F(k)|² for each transform, combined with the weights of the coefficient. */
interface Squares {
  readonly precise: (k: BigFloat) => BigFloat;
  readonly logDouble: (k: number) => number;
}

function squares(d: Derivation, name: CoefficientName, prec: number,
  digits: number): Squares {
  const t = d.transform;
  if (t.kind !== 'closed') throw new Error('radial averages need closed transforms');
  const sa = rational(d.options.sigmaA, prec);
  const sa2 = mul(sa, sa, prec);
  const field = preciseField(digits);
  const parts: [Expr, BigFloat][] = name === 'A'
    ? [[t.sigma.regular, ONE], [t.dsigma.regular, sa2]]
    : [[t.dsigma.regular, ONE]];
  const compiled: [PreciseFunction, BigFloat, Expr][] = parts.map(([e, w]) =>
    [compilePrecise(e, field, {}, ['xi']), w, e]);
  return {
    precise: (k) => compiled.reduce((sum, [f, w]) => {
      const z = f({ xi: fromReal(k) });
      const norm = add(mul(z.re, z.re, prec), mul(z.im, z.im, prec), prec);
      return add(sum, mul(w, norm, prec), prec);
    }, fromInt(0)),
    logDouble: (k) => logSumExp(compiled.map(([, w, e]) =>
      2 * xlog(extendedValue(e, { xi: k })).re + Math.log(toNumber(w)))),
  };
}

function logSumExp(values: number[]): number {
  const top = Math.max(...values);
  if (!Number.isFinite(top)) return top;
  return top + Math.log(values.reduce((s, v) => s + Math.exp(v - top), 0));
}

/** 2^(n/2) for an integer n. */
function powerOfSqrtTwo(n: number, prec: number): BigFloat {
  const whole = Math.floor(n / 2);
  const base = n % 2 === 0 ? ONE : sqrt(fromInt(2), prec);
  return mulPow2(base, whole);
}

/** ρ(r) S(ξ/r) / r for Gaussian weights, in both precisions. */
function gaussianIntegrand(dim: number, s: Squares, xi: BigFloat, sigmaW: Rational,
  prec: number) {
  const sigma = rational(sigmaW, prec);
  const nd = div(powerOfSqrtTwo(2 - dim, prec), gamma(fromRatio(BigInt(dim), 2n, prec),
    prec), prec);
  const scale = div(nd, powInt(sigma, BigInt(dim), prec), prec);
  const twoSigma2 = mulPow2(mul(sigma, sigma, prec), 1);
  const sigmaDouble = toNumber(sigma);
  const logScale = (1 - dim / 2) * Math.LN2 - lgamma(dim / 2)
    - dim * Math.log(sigmaDouble);
  const xiDouble = toNumber(xi);
  return {
    value: (r: BigFloat) => {
      const gaussian = exp(neg(div(mul(r, r, prec), twoSigma2, prec)), prec);
      const power = powInt(r, BigInt(dim - 2), prec);
      const radial = mul(mul(scale, power, prec), gaussian, prec);
      return mul(radial, s.precise(div(xi, r, prec)), prec);
    },
    logAbs: (r: number) => logScale + (dim - 2) * Math.log(r) -
      (r * r) / (2 * sigmaDouble * sigmaDouble) + s.logDouble(xiDouble / r),
  };
}

/**
 * Computes A or B at |ξ| (a decimal string) from the transforms of the
 * derivation, with `digits` working digits.
 */
export function radialAverage(d: Derivation, name: CoefficientName, xi: string,
  digits: number): RadialAverage {
  const prec = workingBits(digits);
  const field = preciseField(digits);
  const xiValue = field.fromDecimalString(xi).re;
  const s = squares(d, name, prec, digits);
  const dim = d.options.dim;
  let lead = mul(cd(dim, prec), powInt(xiValue, BigInt(1 - dim), prec), prec);
  if (name === 'B') {
    const sa = rational(d.options.sigmaA, prec);
    const fourPi2 = mulPow2(mul(pi(prec), pi(prec), prec), 2);
    lead = mul(lead, div(mul(sa, sa, prec), fourPi2, prec), prec);
  }
  const w = d.options.weights;
  if (w.kind === 'sphere') {
    const r0 = rational(w.r0, prec);
    const value = mul(lead, div(s.precise(div(xiValue, r0, prec)), r0, prec), prec);
    return { value, error: fromInt(0) };
  }
  const integrand = gaussianIntegrand(dim, s, xiValue, w.sigmaW, prec);
  const integral = integrateRadial(integrand, digits);
  const value = mul(lead, integral.value, prec);
  return { value, error: mul(abs(lead), integral.error, 64), integral };
}
