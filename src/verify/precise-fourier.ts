/**
 * The defining integral F[f](ξ) = ∫ f(x) e^{−2πiξx} dx at high precision,
 * for f that decays exponentially (sech², the Gaussian, σ'' of GELU):
 * then the integral converges absolutely and no convergence factor is
 * needed. Growing activations are reached through a derivative,
 * F[σ^{(m)}](ξ) = (2πiξ)^m F[σ](ξ), with the lowest m for which σ^{(m)}
 * decays and has no point masses (δ from a kink of σ^{(m−1)}).
 *
 * The integral runs over [−L, L], outside which |f| stays below e^−drop
 * times its maximum (the caller chooses the drop). When f is analytic in
 * a strip around the real line (no kinks, expr/strip-width.ts), the
 * trapezoidal rule on the line and the midpoint sum compute it
 * (precise-fourier-line.ts). Otherwise, or when the trapezoidal rule does
 * not converge, tanh-sinh runs on pieces 2/max(|ξ|, ½) long and
 * Gauss–Legendre on pieces 0.8 times as long, offset by half a piece.
 * Both rules also break at the kinks of f.
 */
import type { Expr } from '../expr/tree.js';
import { derivative } from '../expr/derivative.js';
import { logAbs } from '../evaluate/compile.js';
import { compilePrecise } from '../evaluate/precise-compile.js';
import {
  type BigFloat, type Integrand, type QuadratureResult, HALF, PreciseComplex, abs, add,
  fromReal, gaussLegendre, mul, mulPow2, neg, preciseField, sinPi, tanhSinh,
} from '../precise/index.js';
import { maxBound } from '../evaluate/precise-digits.js';
import { linePlan } from '../evaluate/precise-line-fourier.js';
import { containsPointMass, kinks } from './kinks.js';
import { findDecay } from './precise-decay.js';
import { lineFourierIntegral } from './precise-fourier-line.js';

export interface DecayingDerivative {
  readonly order: number;
  readonly expr: Expr;
  /** L: |f(x)| is negligible for |x| ≥ L. */
  readonly halfWidth: number;
  /** Digits that evaluating f loses to cancellation inside [−L, L]. */
  readonly lossDigits: number;
}

export interface FourierIntegral {
  readonly value: PreciseComplex;
  /** Bound on |error| of each part: the larger of the rules' difference and estimates. */
  readonly reError: BigFloat;
  readonly imError: BigFloat;
  /** Both rules' results: the real parts of the first and second, then the imaginary. */
  readonly rules: readonly QuadratureResult[];
  /** Names of the first and the second rule. */
  readonly methods: readonly [string, string];
  /** The reason the rules differ from the usual ones for f, if they do. */
  readonly note?: string;
}

const MAX_ORDER = 2;

/**
 * Finds the lowest m from minOrder to 2 for which σ^{(m)} has no point
 * masses and decays by `drop` (in ln) within |x| ≤ 4096.
 */
export function decayingDerivative(sigma: Expr, minOrder: number,
  drop: number): DecayingDerivative | undefined {
  let f = sigma;
  for (let m = 0; m <= MAX_ORDER; m++) {
    if (m > 0) f = derivative(f);
    if (m < minOrder || containsPointMass(f)) continue;
    const decay = findDecay(f, drop);
    if (decay) return { order: m, expr: f, ...decay };
  }
  return undefined;
}

/** Piece boundaries j·step + offset inside (−L, L), with the kinks of f. */
function partition(L: number, step: number, offset: number, extra: number[]): number[] {
  const points = [...extra];
  for (let x = offset - Math.floor(L / step) * step; x < L; x += step) points.push(x);
  return [...new Set(points.filter((x) => x > -L && x < L))].sort((a, b) => a - b);
}

/**
 * Returns the integrands f(x) cos(2πξx) and −f(x) sin(2πξx), sharing one
 * evaluation of f per node because both rules meet the same nodes twice.
 */
function oscillatingParts(f: Expr, xi: string, digits: number): [Integrand, Integrand] {
  const field = preciseField(digits);
  const compiled = compilePrecise(f, field, {}, ['x']);
  const xiValue = field.fromDecimalString(xi).re;
  const memo = new Map<string, [BigFloat, BigFloat]>();
  const parts = (x: BigFloat, prec: number): [BigFloat, BigFloat] => {
    const key = `${x.man}:${x.exp}`;
    let pair = memo.get(key);
    if (!pair) {
      const value = compiled({ x: fromReal(x) }).re;
      // sin(2πξx) = sinPi(2ξx), whose argument reduction is exact.
      const turns = mulPow2(mul(xiValue, x, prec + 16), 1);
      const cos = sinPi(add(turns, HALF, prec + 16), prec);
      const sin = sinPi(turns, prec);
      pair = [mul(value, cos, prec), neg(mul(value, sin, prec))];
      memo.set(key, pair);
    }
    return pair;
  };
  return [
    (x, node) => parts(x, node.precBits)[0],
    (x, node) => parts(x, node.precBits)[1],
  ];
}

const TS_PIECE = 2;
const MASS_POINTS = 4000;
const GL_PIECE_RATIO = 0.8;

function pieceLength(xi: string): number {
  return TS_PIECE / Math.max(Math.abs(Number(xi)), 0.5);
}

/**
 * Returns 10^−digits ∫|f| as the absolute tolerance of both parts: a
 * part that vanishes by symmetry (the sine part of an even f) has no
 * relative accuracy to reach. ∫|f| is only needed roughly, so a Riemann
 * sum on a uniform grid of |f|, computed from ln|f| in extended range,
 * suffices.
 */
function absoluteTolerance(f: Expr, L: number, digits: number): string {
  const step = (2 * L) / MASS_POINTS;
  let mass = 0;
  for (let j = 0; j < MASS_POINTS; j++) {
    const v = logAbs(f, { x: -L + (j + 0.5) * step });
    if (Number.isFinite(v)) mass += Math.exp(v) * step;
  }
  return (mass * 10 ** -digits).toExponential(3);
}

/** Runs both rules on one part and bounds the error of the tanh-sinh value. */
function bothRules(f: Integrand, L: number, xi: string, digits: number,
  kinkPoints: number[], tolerance: string) {
  const step = pieceLength(xi);
  const ts = tanhSinh(f, -L, L, {
    digits, absoluteTolerance: tolerance,
    breakpoints: partition(L, step, 0, kinkPoints),
  });
  const glStep = GL_PIECE_RATIO * step;
  const gl = gaussLegendre(f, -L, L, {
    digits, absoluteTolerance: tolerance,
    breakpoints: partition(L, glStep, glStep / 2, kinkPoints),
  });
  const difference = abs(add(ts.value, neg(gl.value), ts.value.bits + 8));
  const error = maxBound(difference, maxBound(ts.errorEstimate, gl.errorEstimate));
  return { value: ts.value, error, rules: [ts, gl] };
}

/**
 * Computes ∫_{−L}^{L} f(x) e^{−2πiξx} dx with `digits` working digits by
 * two independent rules, bounding the error by their distance: the
 * trapezoidal rule and the midpoint sum on the line where f is analytic
 * in a strip, and otherwise tanh-sinh and Gauss–Legendre.
 */
export function preciseFourierIntegral(f: DecayingDerivative, xi: string,
  digits: number): FourierIntegral {
  const tolerance = absoluteTolerance(f.expr, f.halfWidth, digits);
  const plan = linePlan(f.expr);
  const line = plan && lineFourierIntegral(f, xi, digits, plan, tolerance);
  if (line) return line;
  const note = plan ? 'the trapezoidal rule on the line did not converge' : undefined;
  return breakpointIntegral(f, xi, digits, tolerance, note);
}

/** Computes the integral by tanh-sinh and bounds its error by Gauss–Legendre. */
function breakpointIntegral(f: DecayingDerivative, xi: string, digits: number,
  tolerance: string, note: string | undefined): FourierIntegral {
  const L = f.halfWidth;
  const kinkPoints = kinks(f.expr).filter((x) => Math.abs(x) < L);
  // Extra digits for f make up for its cancellation, as measured by findDecay.
  const [cosPart, sinPart] = oscillatingParts(f.expr, xi, digits + f.lossDigits);
  const re = bothRules(cosPart, L, xi, digits, kinkPoints, tolerance);
  const im = bothRules(sinPart, L, xi, digits, kinkPoints, tolerance);
  return {
    value: new PreciseComplex(re.value, im.value),
    reError: re.error,
    imError: im.error,
    rules: [...re.rules, ...im.rules],
    methods: ['tanh-sinh', 'Gauss–Legendre'],
    ...(note ? { note } : {}),
  };
}
