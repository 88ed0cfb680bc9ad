/**
 * The LFP coefficients in closed form where one exists:
 *
 *   G_g(ξ) = c_d |ξ|^{−(d−1)} E_r[ |F[g](|ξ|/r)|² / r ],
 *   A = G_σ + σ_a² G_σ',  B = σ_a² G_σ' / (4π²).
 *
 * Sphere weights need no average. For Gaussian weights the average is
 * closed when |F[g](k)|² is a sum of K k^q (moments E[r^m]) or of
 * K k^q e^{−αk²} with one α, by
 *   ∫_0^∞ r^{ν−1} e^{−ar² − b/r²} dr = (b/a)^{ν/4} K_{ν/2}(2√(ab)).
 * Otherwise the form is the integral over r, evaluated by quadrature.
 */
import type { Expr } from '../expr/tree.js';
import {
  PI, ZERO, XI, add, call, depends, div, isNum, mul, num, pow, same, sqrt,
  substitute, sym,
} from '../expr/tree.js';
import { expand, polynomialCoefficients } from '../expr/expand.js';
import { tidy as tidyAny } from '../expr/tidy.js';
import { assumePositive } from '../expr/positive.js';
import { together } from '../expr/together.js';
import * as Q from '../expr/rational.js';
import { conjugate } from '../asymptotics/series.js';
import type { KernelOptions } from './weights.js';
import { cd, chiNormalisation, radialDensity, radialMoment } from './weights.js';

export const R_SYMBOL = sym('r');

export type CoefficientForm =
  | { readonly kind: 'closed'; readonly expr: Expr; readonly method: string }
  /** prefactor(ξ)·∫_0^∞ integrand(r, ξ) dr */
  | { readonly kind: 'radial-integral'; readonly prefactor: Expr; readonly integrand: Expr }
  | { readonly kind: 'divergent'; readonly why: string };

export interface CoefficientForms {
  readonly A: CoefficientForm;
  readonly B: CoefficientForm;
  readonly Gsigma: CoefficientForm;
  readonly Gdsigma: CoefficientForm;
}

/**
 * |R(ξ)|² for real ξ, multiplied out; a rational function is put over a
 * common denominator so that its evaluation does not cancel.
 */
export function absSquared(R: Expr): Expr {
  const sq = tidy(mul(R, conjugate(R)));
  return together(sq, 'xi') ?? sq;
}

/** In the coefficients ξ stands for |ξ| > 0. */
const tidy = (e: Expr) => tidyAny(assumePositive(tidyAny(e), 'xi'));

const rat = (n: number | Q.Rational) => num(typeof n === 'number' ? Q.rat(n) : n);

export function gForm(R: Expr, opts: KernelOptions): CoefficientForm {
  const sq = absSquared(R);
  const d = opts.dim;
  const lead = mul(cd(d), pow(XI, rat(1 - d)));
  if (opts.weights.kind === 'sphere') {
    const r0 = rat(opts.weights.r0);
    const value = div(substitute(sq, 'xi', div(XI, r0)), r0);
    return { kind: 'closed', expr: tidy(mul(lead, value)), method: 'sphere weights: no average over r' };
  }
  const sigma = opts.weights.sigmaW;
  const terms = gaussianTypeTerms(sq);
  if (terms) {
    const closed = averageTerms(terms, d, sigma);
    if (closed.kind !== 'closed') return closed;
    return { ...closed, expr: tidy(mul(lead, closed.expr)) };
  }
  return radialIntegral(sq, opts);
}

/** c_d ξ^{1−d} ∫_0^∞ ρ(r) S(ξ/r)/r dr for S = |F[g]|² (Gaussian weights). */
function radialIntegral(sq: Expr, opts: KernelOptions): CoefficientForm {
  if (opts.weights.kind !== 'gaussian') throw new Error('radial integrals need Gaussian weights');
  const d = opts.dim;
  const lead = mul(cd(d), pow(XI, rat(1 - d)));
  const k = div(XI, R_SYMBOL);
  const density = radialDensity(d, opts.weights.sigmaW);
  const stable = together(sq, 'xi') ?? sq;
  const integrand = mul(density, substitute(stable, 'xi', k), pow(R_SYMBOL, rat(-1)));
  return { kind: 'radial-integral', prefactor: lead, integrand };
}

export interface TypedTerm { K: Expr; q: number; alpha: Expr }

/** Splits |R|² into terms K ξ^q e^{−αξ²}, or undefined if it has others. */
export function gaussianTypeTerms(sq: Expr): TypedTerm[] | undefined {
  const e = expand(sq);
  const out: TypedTerm[] = [];
  for (const t of e.kind === 'add' ? e.terms : [e]) {
    let q = 0;
    let alpha: Expr = ZERO;
    const K: Expr[] = [];
    for (const f of t.kind === 'mul' ? t.factors : [t]) {
      if (!depends(f, 'xi')) K.push(f);
      else if (f.kind === 'sym') q += 1;
      else if (f.kind === 'pow' && f.base.kind === 'sym' && isNum(f.exp) && f.exp.value.den === 1n) {
        q += Number(f.exp.value.num);
      } else if (f.kind === 'call' && f.fn === 'exp') {
        const c = polynomialCoefficients(f.args[0]!, 'xi');
        if (!c || c.length !== 3 || !same(c[0]!, ZERO) || !same(c[1]!, ZERO)) return undefined;
        alpha = mul(num(-1), c[2]!);
      } else return undefined;
    }
    out.push({ K: mul(...K), q, alpha });
  }
  const first = out[0]?.alpha;
  return first && out.every((t) => same(t.alpha, first)) ? out : undefined;
}

function averageTerms(terms: TypedTerm[], d: number, sigma: Q.Rational): CoefficientForm {
  const parts: Expr[] = [];
  for (const t of terms) {
    if (same(t.alpha, ZERO)) {
      const m = Q.rat(-t.q - 1);
      const moment = radialMoment(m, d, sigma);
      if (!moment) {
        return {
          kind: 'divergent',
          why: `E[r^${Q.toString(m)}] diverges in d = ${d}: |F(k)|² ~ k^${t.q} is too large at large k`,
        };
      }
      parts.push(mul(t.K, pow(XI, rat(t.q)), moment));
    } else {
      parts.push(mul(t.K, pow(XI, rat(t.q)), besselAverage(t, d, sigma)));
    }
  }
  const method = same(terms[0]!.alpha, ZERO) ? 'moments of r' : 'modified Bessel K';
  return { kind: 'closed', expr: add(...parts), method };
}

/** E_r[k^{−q}... ] term: N_d σ^{−d} ∫ r^{d−2−q} e^{−r²/2σ² − αξ²/r²} dr. */
function besselAverage(t: TypedTerm, d: number, sigma: Q.Rational): Expr {
  const nu = d - 1 - t.q;
  const s = rat(sigma);
  const a = div(rat(1), mul(rat(2), pow(s, rat(2))));
  const b = mul(t.alpha, pow(XI, rat(2)));
  const ratio = pow(div(b, a), rat(Q.rat(nu, 4)));
  const argument = mul(rat(2), sqrt(mul(a, b)));
  const integral = mul(ratio, call('besselk', rat(Q.rat(Math.abs(nu), 2)), argument));
  return mul(chiNormalisation(d), pow(s, rat(-d)), integral);
}

export function coefficientForms(sigmaR: Expr, dsigmaR: Expr, opts: KernelOptions): CoefficientForms {
  const Gsigma = gForm(sigmaR, opts);
  const Gdsigma = gForm(dsigmaR, opts);
  const sa2 = pow(rat(opts.sigmaA), rat(2));
  const B = scaleForm(Gdsigma, div(sa2, mul(rat(4), pow(PI, rat(2)))));
  let A: CoefficientForm;
  if (Gsigma.kind === 'divergent') A = Gsigma;
  else if (same(sa2, ZERO)) A = Gsigma;
  else if (Gdsigma.kind === 'divergent') A = Gdsigma;
  else if (Gsigma.kind === 'closed' && Gdsigma.kind === 'closed') {
    const method = Gsigma.method === Gdsigma.method ? Gsigma.method : `${Gsigma.method}; ${Gdsigma.method}`;
    A = { kind: 'closed', expr: tidy(add(Gsigma.expr, mul(sa2, Gdsigma.expr))), method };
  } else {
    A = radialIntegral(tidy(add(absSquared(sigmaR), mul(sa2, absSquared(dsigmaR)))), opts);
  }
  return { A, B, Gsigma, Gdsigma };
}

function scaleForm(f: CoefficientForm, c: Expr): CoefficientForm {
  if (f.kind === 'closed') return { ...f, expr: tidy(mul(c, f.expr)) };
  if (f.kind === 'radial-integral') return { ...f, prefactor: mul(c, f.prefactor) };
  return f;
}
