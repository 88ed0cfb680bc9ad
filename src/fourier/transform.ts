/**
 * The Fourier transforms of an activation σ and of its derivative σ', as
 * distributions, in the convention F[f](ξ) = ∫ f(x) e^{−2πiξx} dx.
 *
 * The regular part comes from the rules (rules.ts); the point terms at 0
 * from the polynomial parts of σ at ±∞ (growth.ts); F[σ'] from
 * F[σ'] = 2πiξ F[σ].
 */
import type { Expr } from '../expr/tree.js';
import { I, ONE, PI, XI, ZERO, add, div, isNum, mul, num, pow, same } from '../expr/tree.js';
import * as Q from '../expr/rational.js';
import { polynomialCoefficients } from '../expr/expand.js';
import { tidy } from '../expr/tidy.js';
import { simplestRational } from '../expr/together.js';
import type { Distribution, PointTerm } from './distribution.js';
import { collectPoints, pointsTimesTwoPiIXi } from './distribution.js';
import { asymptotic } from './growth.js';
import { rewriteLogistic } from './normalize.js';
import { regularPart } from './rules.js';
import { nonIntegrablePoint } from './singular.js';

export interface ClosedTransform {
  readonly kind: 'closed';
  readonly sigma: Distribution;
  readonly dsigma: Distribution;
  /** Names of the rules used, in the order first applied. */
  readonly rules: readonly string[];
  /** Set when the point terms at 0 could not be determined, with why. */
  readonly pointsUnknown?: string;
}

/** No rule applies: the transform is evaluated by quadrature instead. */
export interface NumericalTransform {
  readonly kind: 'numerical';
  readonly reason: string;
}

/** σ has no Fourier transform, not even as a tempered distribution. */
export interface NoTransform {
  readonly kind: 'nonexistent';
  readonly reason: string;
}

export type TransformResult = ClosedTransform | NumericalTransform | NoTransform;

export function fourierTransform(sigma: Expr): TransformResult {
  const analysed = rewriteLogistic(sigma);
  const ends = ([1, -1] as const).map((side) => asymptotic(analysed, side));
  for (const [k, a] of ends.entries()) {
    if (a.kind === 'growth') {
      const where = k === 0 ? '+∞' : '−∞';
      return {
        kind: 'nonexistent',
        reason: `${a.why} as x → ${where}, so it is not a tempered distribution and has no Fourier transform`,
      };
    }
  }
  const pole = nonIntegrablePoint(sigma);
  if (pole) return { kind: 'nonexistent', reason: pole.reason };
  const regular = regularPart(sigma);
  if (!regular.ok) return { kind: 'numerical', reason: regular.reason };

  const [plus, minus] = ends;
  let points: PointTerm[] = [...regular.away];
  let pointsUnknown: string | undefined;
  const fromPolynomials = plus!.kind === 'poly' && minus!.kind === 'poly'
    ? pointsFromPolynomialParts(plus!.poly, minus!.poly) : undefined;
  if (fromPolynomials) {
    points.push(...fromPolynomials);
  } else if (plus!.kind === 'poly' && minus!.kind === 'poly') {
    pointsUnknown = 'the polynomial parts at infinity could not be expanded into coefficients';
  } else {
    const bad = ends.find((a) => a.kind === 'unknown');
    pointsUnknown = bad && bad.kind === 'unknown' ? bad.why : 'no polynomial part at infinity';
  }
  points = collectPoints(points.map((p) => ({ ...p, coeff: tidy(p.coeff) })));

  const sigmaDist = { regular: simplestRational(tidy(regular.regular), 'xi'), points };
  const dsigma = {
    regular: simplestRational(tidy(mul(num(2), PI, I, XI, regular.regular)), 'xi'),
    points: pointsTimesTwoPiIXi(points).map((p) => ({ ...p, coeff: tidy(p.coeff) })),
  };
  return {
    kind: 'closed', sigma: sigmaDist, dsigma, rules: [...regular.rules],
    ...(pointsUnknown ? { pointsUnknown } : {}),
  };
}

/** Σ_k (a_k⁺ + a_k⁻)/2 · (i/2π)^k δ^(k): see growth.ts for why. */
function pointsFromPolynomialParts(plus: Expr, minus: Expr): PointTerm[] | undefined {
  const average = coefficients(div(add(plus, minus), num(2)));
  if (!average) return undefined;
  const out: PointTerm[] = [];
  average.forEach((a, k) => {
    if (same(a, ZERO)) return;
    out.push({ at: ZERO, order: k, coeff: mul(a, pow(div(I, mul(num(2), PI)), num(k))) });
  });
  return out;
}


/** Largest degree expanded into coefficients for the point terms. */
const MAX_DEGREE = 512;

/**
 * Coefficients of a polynomial in x, multiplying out powers of sums of
 * any degree up to MAX_DEGREE (expand() stops at the 12th power).
 */
function coefficients(e: Expr): Expr[] | undefined {
  const direct = polynomialCoefficients(e);
  if (direct) return direct;
  if (e.kind === 'add') return combine(e.terms, addCoefficients);
  if (e.kind === 'mul') return combine(e.factors, multiplyCoefficients);
  if (e.kind !== 'pow' || !isNum(e.exp) || !Q.isInteger(e.exp.value)) return undefined;
  const k = e.exp.value.num;
  const base = coefficients(e.base);
  if (!base || k < 1n || BigInt(base.length - 1) * k > BigInt(MAX_DEGREE)) return undefined;
  // Binary powering: about log2(k) products of at most MAX_DEGREE terms.
  let result: Expr[] | undefined = [ONE];
  let square: Expr[] | undefined = base;
  for (let bits = k; bits > 0n && result && square; bits >>= 1n) {
    if (bits & 1n) result = multiplyCoefficients(result, square);
    if (bits > 1n) square = multiplyCoefficients(square, square);
  }
  return result && square ? result : undefined;
}

function combine(parts: readonly Expr[], op: (a: Expr[], b: Expr[]) => Expr[] | undefined) {
  let acc: Expr[] | undefined;
  for (const p of parts) {
    const c = coefficients(p);
    if (!c) return undefined;
    acc = acc ? op(acc, c) : c;
    if (!acc) return undefined;
  }
  return acc;
}

function addCoefficients(a: Expr[], b: Expr[]): Expr[] {
  return Array.from({ length: Math.max(a.length, b.length) }, (_, k) => add(a[k] ?? ZERO, b[k] ?? ZERO));
}

function multiplyCoefficients(a: Expr[], b: Expr[]): Expr[] | undefined {
  if (a.length + b.length - 2 > MAX_DEGREE) return undefined;
  const out: Expr[][] = Array.from({ length: a.length + b.length - 1 }, () => []);
  a.forEach((x, i) => b.forEach((y, j) => out[i + j]!.push(mul(x, y))));
  return out.map((terms) => add(...terms));
}
