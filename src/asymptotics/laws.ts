/**
 * Decay laws C·|ξ|^{−p}·(log 1/|ξ|)^L·exp(−c|ξ|^β) of G_g, A and B as
 * |ξ| → ∞ and |ξ| → 0, with exact constants.
 *
 * Write |F[g](k)|² ~ K k^q e^{−α k^γ}. Then, with m = −q − 1:
 * - sphere weights (|w| = r_0): substitute k = ξ/r_0;
 * - Gaussian weights, α = 0: G ~ c_d K E[r^m] ξ^{q−d+1} when m > −d;
 *   at low frequency m = −d gives a logarithm and m < −d a constant
 *   (the average is then dominated by r ≈ ξ);
 * - Gaussian weights, α > 0: Laplace's method on the average over r,
 *   with peak r* = (γασ_w²ξ^γ)^{1/(γ+2)}, φ(r*) = (γ+2)r*²/(2γσ_w²) and
 *   φ''(r*) = (γ+2)/σ_w².
 */
import type { Expr } from '../expr/tree.js';
import {
  PI, ZERO, add, call, div, mul, neg, num, pow, same, sqrt, sym,
} from '../expr/tree.js';
import { constantValue } from '../expr/constant.js';
import { tidy } from '../expr/tidy.js';
import * as Q from '../expr/rational.js';
import type { Limit } from './series.js';
import { conjugate, expandAt, isZeroSeries, realPart, strip } from './series.js';
import type { KernelOptions } from '../kernel/weights.js';
import { cd, chiNormalisation, radialMoment } from '../kernel/weights.js';
import { gaussianTypeTerms } from '../kernel/forms.js';

export interface DecayLaw {
  /** Exact C, or undefined when only its defining integral is known. */
  readonly C?: Expr;
  /** When C is undefined: C = prefactor·∫_0^∞ integrand(ξ) dξ. */
  readonly Cintegral?: { readonly prefactor: Expr; readonly integrand: Expr };
  readonly p: Expr;
  readonly c: Expr;
  readonly beta: Expr;
  /** Power L of log(1/|ξ|); 0 except in the logarithmic regime. */
  readonly logPower: number;
  /** Method that gave the law (moment, Laplace, logarithmic, constant). */
  readonly method: string;
}

export type LawResult =
  | { readonly kind: 'law'; readonly law: DecayLaw }
  | { readonly kind: 'zero'; readonly why: string }
  | { readonly kind: 'divergent'; readonly why: string }
  | { readonly kind: 'unavailable'; readonly why: string };

interface Squared {
  K: Expr;
  q: number;
  alpha: Expr;
  gamma: number;
}

/** Leading term of |R(ξ)|² at the limit, or undefined if R vanishes there. */
export function squaredLeading(R: Expr, limit: Limit): Squared | undefined {
  const s = strip(expandAt(R, limit));
  if (isZeroSeries(s)) return undefined;
  const c0 = s.coeffs[0]!;
  const K = tidy(mul(c0, conjugate(c0)));
  const q = 2 * (limit === 'zero' ? s.order : -s.order);
  const w = realPart(mul(num(2), s.scale));
  if (same(w, ZERO)) return { K, q, alpha: ZERO, gamma: 0 };
  const ws = strip(expandAt(w, 'infinity'));
  const nonzero = ws.coeffs.filter((c) => !same(c, ZERO));
  if (nonzero.length !== 1 || !(constantValue(ws.coeffs[0]!) < 0)) {
    throw new Error(`unsupported exponential scale ${w.key}`);
  }
  return { K, q, alpha: neg(ws.coeffs[0]!), gamma: -ws.order };
}

const rat = (n: number) => num(Q.rat(n));

export function gLaw(R: Expr, limit: Limit, opts: KernelOptions): LawResult {
  let lead: Squared | undefined;
  try {
    lead = squaredLeading(R, limit);
  } catch (err) {
    return { kind: 'unavailable', why: (err as Error).message };
  }
  const d = opts.dim;
  const w = opts.weights;
  if (!lead && w.kind === 'gaussian' && limit === 'infinity') {
    // A compactly supported transform still reaches every |ξ| through
    // large r, so G decays like a Gaussian tail in r: not derived here.
    return { kind: 'unavailable', why: 'the transform has compact support; with Gaussian weights G decays like the tail of the density of r, which is not derived' };
  }
  if (!lead) return { kind: 'zero', why: 'the transform vanishes identically near this limit' };
  if (w.kind === 'sphere') return { kind: 'law', law: sphereLaw(lead, d, num(w.r0)) };
  if (!same(lead.alpha, ZERO)) return { kind: 'law', law: laplaceLaw(lead, d, num(w.sigmaW)) };
  return powerLaw(lead, limit, d, w.sigmaW, R);
}

function sphereLaw(s: Squared, d: number, r0: Expr): DecayLaw {
  return {
    C: tidy(mul(cd(d), s.K, pow(r0, rat(-s.q - 1)))),
    p: rat(d - 1 - s.q),
    c: tidy(mul(s.alpha, pow(r0, rat(-s.gamma)))),
    beta: rat(same(s.alpha, ZERO) ? 0 : s.gamma),
    logPower: 0,
    method: 'substitution k = ξ/r_0',
  };
}

function laplaceLaw(s: Squared, d: number, sigma: Expr): DecayLaw {
  const g = s.gamma;
  const s2 = pow(sigma, rat(2));
  const base = mul(rat(g), s.alpha, s2);
  const c = mul(div(rat(g + 2), mul(rat(2 * g), s2)), pow(base, num(Q.rat(2, g + 2))));
  const beta = num(Q.rat(2 * g, g + 2));
  const rPower = d - 2 - s.q;
  const C = mul(
    cd(d), chiNormalisation(d), pow(sigma, rat(-d)), s.K,
    pow(base, num(Q.rat(rPower, g + 2))),
    sqrt(div(mul(rat(2), PI, s2), rat(g + 2))),
  );
  const p = neg(add(rat(s.q - d + 1), num(Q.rat(g * rPower, g + 2))));
  return { C: tidy(C), p: tidy(p), c: tidy(c), beta, logPower: 0, method: "Laplace's method over r" };
}

function powerLaw(s: Squared, limit: Limit, d: number, sigmaW: Q.Rational, R: Expr): LawResult {
  const m = Q.rat(-s.q - 1);
  const moment = radialMoment(m, d, sigmaW);
  const p = rat(d - 1 - s.q);

  if (moment) {
    const C = tidy(mul(cd(d), s.K, moment));
    return { kind: 'law', law: { C, p, c: ZERO, beta: ZERO, logPower: 0, method: `moment E[r^${Q.toString(m)}]` } };
  }
  if (limit === 'infinity') {
    return {
      kind: 'divergent',
      why: `|F(k)|² decays like k^${s.q} at large k, too slowly for the average over r to converge at r → 0 in d = ${d}`,
    };
  }

  const density0 = mul(chiNormalisation(d), pow(num(sigmaW), rat(-d)));
  if (Q.eq(m, Q.rat(-d))) {
    const C = tidy(mul(cd(d), s.K, density0));
    return { kind: 'law', law: { C, p, c: ZERO, beta: ZERO, logPower: 1, method: 'logarithmic: E[r^m] diverges at m = −d' } };
  }
  const k = sym('xi');
  const integrand = tidy(mul(pow(k, rat(-d)), R, conjugate(R)));
  const exact = gaussianMoment(tidy(mul(R, conjugate(R))), d);
  if (exact) {
    const C = tidy(mul(cd(d), density0, exact));
    return { kind: 'law', law: { C, p: ZERO, c: ZERO, beta: ZERO, logPower: 0, method: 'constant: the average is dominated by r ≈ ξ' } };
  }
  return {
    kind: 'law',
    law: {
      Cintegral: { prefactor: tidy(mul(cd(d), density0)), integrand },
      p: ZERO, c: ZERO, beta: ZERO, logPower: 0,
      method: 'constant: the average is dominated by r ≈ ξ',
    },
  };
}


/**
 * ∫_0^∞ k^{−d}|R(k)|² dk when |R|² = Σ K k^q e^{−αk²} with α > 0, by
 * ∫_0^∞ k^s e^{−αk²} dk = Γ((s+1)/2) / (2 α^{(s+1)/2}); else undefined.
 */
function gaussianMoment(sq: Expr, d: number): Expr | undefined {
  const terms = gaussianTypeTerms(sq);
  if (!terms || terms.some((t) => same(t.alpha, ZERO) || t.q - d <= -1)) return undefined;
  return add(...terms.map((t) => {
    const h = num(Q.rat(t.q - d + 1, 2));
    return mul(t.K, call('gamma', h), pow(mul(rat(2), pow(t.alpha, h)), rat(-1)));
  }));
}
