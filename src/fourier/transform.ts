/**
 * The Fourier transforms of an activation σ and of its derivative σ', as
 * distributions, in the convention F[f](ξ) = ∫ f(x) e^{−2πiξx} dx.
 *
 * The regular part comes from the rules (rules.ts); the point terms at 0
 * from the polynomial parts of σ at ±∞ (growth.ts); F[σ'] from
 * F[σ'] = 2πiξ F[σ].
 */
import type { Expr } from '../expr/tree.js';
import { I, PI, XI, ZERO, add, div, mul, num, pow, same } from '../expr/tree.js';
import { polynomialCoefficients } from '../expr/expand.js';
import { tidy } from '../expr/tidy.js';
import { simplestRational } from '../expr/together.js';
import type { Distribution, PointTerm } from './distribution.js';
import { collectPoints, pointsTimesTwoPiIXi } from './distribution.js';
import { asymptotic } from './growth.js';
import { regularPart } from './rules.js';

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
  const ends = ([1, -1] as const).map((side) => asymptotic(sigma, side));
  for (const [k, a] of ends.entries()) {
    if (a.kind === 'growth') {
      const where = k === 0 ? '+∞' : '−∞';
      return {
        kind: 'nonexistent',
        reason: `${a.why} as x → ${where}, so it is not a tempered distribution and has no Fourier transform`,
      };
    }
  }
  const regular = regularPart(sigma);
  if (!regular.ok) {
    return { kind: regular.nonexistent ? 'nonexistent' : 'numerical', reason: regular.reason };
  }

  const [plus, minus] = ends;
  let points: PointTerm[] = [...regular.away];
  let pointsUnknown: string | undefined;
  if (plus!.kind === 'poly' && minus!.kind === 'poly') {
    points.push(...pointsFromPolynomialParts(plus!.poly, minus!.poly));
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
function pointsFromPolynomialParts(plus: Expr, minus: Expr): PointTerm[] {
  const average = polynomialCoefficients(div(add(plus, minus), num(2)));
  if (!average) return [];
  const out: PointTerm[] = [];
  average.forEach((a, k) => {
    if (same(a, ZERO)) return;
    out.push({ at: ZERO, order: k, coeff: mul(a, pow(div(I, mul(num(2), PI)), num(k))) });
  });
  return out;
}

