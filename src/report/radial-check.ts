/**
 * σ_b·A and σ_b·B at |ξ| straight from their definition,
 *
 *   G_g(ξ) = c_d |ξ|^{−(d−1)} E_r[ |F[g](|ξ|/r)|² / r ],
 *   A = G_σ + σ_a² G_σ',  B = σ_a² G_σ' / (4π²),
 *
 * with the closed-form transforms evaluated at |ξ|/r. This route does not
 * use the closed forms of A and B (moments, Bessel K) or the toolkit's
 * quadrature over r: c_d and the χ_d density are rebuilt here from
 * elementary functions, and the average over r is a trapezoidal rule in
 * t = log r (log-trapezoid.ts). Values are natural logs, because far in
 * the tail they are below the smallest double.
 */
import type { Derivation } from '../derive.js';
import type { Expr } from '../expr/tree.js';
import * as Q from '../expr/rational.js';
import { extendedValue } from '../evaluate/compile.js';
import { isZero, log as xlog } from '../numeric/xcomplex.js';
import { integrateLogTrapezoid, logAddExp } from './log-trapezoid.js';

export interface CheckValue {
  /** Natural logs of σ_b·A and σ_b·B; −Infinity for a zero value. */
  readonly lnA: number;
  readonly lnB: number;
  readonly relError: number;
  readonly converged: boolean;
  readonly method: string;
}

/** log Γ(d/2) for an integer d ≥ 1, by Γ(x + 1) = xΓ(x) from Γ(1) or Γ(1/2). */
export function logGammaHalf(d: number): number {
  let x = d % 2 === 0 ? 1 : 0.5;
  let sum = d % 2 === 0 ? 0 : 0.5 * Math.log(Math.PI);
  for (; x < d / 2; x += 1) sum += Math.log(x);
  return sum;
}

/** log c_d, c_d = Γ(d/2) / (√2 π^{(d+1)/2}). */
export function logCd(d: number): number {
  return logGammaHalf(d) - 0.5 * Math.LN2 - ((d + 1) / 2) * Math.log(Math.PI);
}

/** log of the χ_d density of r = |w| for w ~ N(0, σ_w² I_d). */
export function logChiDensity(r: number, d: number, sigmaW: number): number {
  const logNormalisation = (1 - d / 2) * Math.LN2 - logGammaHalf(d);
  const s = r / sigmaW;
  return logNormalisation + (d - 1) * Math.log(s) - (s * s) / 2 - Math.log(sigmaW);
}

/** Requires a derivation with a closed-form transform and coefficients. */
export function checkCoefficients(d: Derivation, xi: number): CheckValue {
  const t = d.transform;
  if (t.kind !== 'closed')
    throw new Error('checkCoefficients needs a closed-form transform');
  const o = d.options;
  const lnSigmaA2 = 2 * Math.log(Q.toNumber(o.sigmaA));
  const lnLead = logCd(o.dim) + (1 - o.dim) * Math.log(xi);
  const lnBFactor = lnSigmaA2 - Math.log(4 * Math.PI * Math.PI);
  const squares = squaredMagnitudes(t.sigma.regular, t.dsigma.regular, lnSigmaA2);

  if (o.weights.kind === 'sphere') {
    const r0 = Q.toNumber(o.weights.r0);
    const [sA, sB] = squares(xi / r0);
    const lnA = lnLead + sA - Math.log(r0);
    const lnB = lnLead + lnBFactor + sB - Math.log(r0);
    return { lnA, lnB, relError: 1e-15, converged: true, method: 'definition at r = r0' };
  }
  return gaussianAverage(xi, o.dim, Q.toNumber(o.weights.sigmaW), squares, {
    lnLead,
    lnBFactor,
  });
}

type Squares = (k: number) => [number, number];

/**
 * log(|F[σ](k)|² + σ_a²|F[σ'](k)|²) and log|F[σ'](k)|², the two averaged
 * integrands of A and B.
 */
function squaredMagnitudes(sigma: Expr, dsigma: Expr, lnSigmaA2: number): Squares {
  return (k) => {
    const s = 2 * lnAbs(sigma, k);
    const ds = 2 * lnAbs(dsigma, k);
    return [logAddExp(s, lnSigmaA2 + ds), ds];
  };
}

/** ln|e(ξ = k)| in extended range; −Infinity at a zero. */
function lnAbs(e: Expr, k: number): number {
  const v = extendedValue(e, { xi: k });
  return isZero(v) ? -Infinity : xlog(v).re;
}

function gaussianAverage(
  xi: number,
  d: number,
  sigmaW: number,
  squares: Squares,
  lead: { lnLead: number; lnBFactor: number },
): CheckValue {
  // With t = log r, E_r[S(ξ/r)/r] = ∫ ρ(e^t) S(ξ e^{−t}) dt.
  const integrand = (term: 0 | 1) => (t: number) => {
    const r = Math.exp(t);
    return logChiDensity(r, d, sigmaW) + squares(xi / r)[term];
  };
  const start = Math.log(sigmaW);
  const a = integrateLogTrapezoid(integrand(0), { start });
  const b = integrateLogTrapezoid(integrand(1), { start });
  return {
    lnA: lead.lnLead + a.logValue,
    lnB: lead.lnLead + lead.lnBFactor + b.logValue,
    relError: Math.max(a.relError, b.relError),
    converged: a.converged && b.converged,
    method: 'trapezoidal rule in log r on the closed-form transform',
  };
}
