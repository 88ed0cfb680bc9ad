/**
 * Gauss–Legendre quadrature at arbitrary precision on a finite interval
 * cut at the caller's breakpoints. Each subinterval doubles its number
 * of nodes (12, 24, 48, …) until the estimated error of the summed
 * result meets the request. Nodes and weights come from legendre.ts.
 *
 * Unlike tanh-sinh, the rule converges only as fast as the integrand is
 * smooth on each whole subinterval: put breakpoints at kinks and split
 * narrow peaks into pieces a few widths long.
 */
import { InputError } from '../../errors.js';
import {
  BigFloat, ZERO, abs, add, addExact, bitLength, cmp, mul, mulPow2, neg, round,
  topBit,
} from '../bigfloat.js';
import { workingBits } from '../precision.js';
import {
  compareEnds, isFiniteEnd, orientInterval, parseEnd, parseTolerance, splitInterval,
} from './intervals.js';
import { gaussLegendreRule } from './legendre.js';
import { type Refinement, refineUntilConverged } from './refinement.js';
import type { Bound, Integrand, QuadratureOptions, QuadratureResult } from './types.js';

const INITIAL_DEGREE = 12;
const DEFAULT_MAX_DEGREE = 768;
const MINIMUM_STEPS = 3;

/** Returns end + offset, keeping the bits that offset needs (see tanh-sinh.ts). */
function shiftFromEnd(end: BigFloat, offset: BigFloat, prec: number): BigFloat {
  if (end.man === 0n) return round(offset, prec);
  const extra = Math.max(0, topBit(end) - topBit(offset));
  return round(addExact(end, offset), prec + extra);
}

class GaussLegendrePiece implements Refinement {
  readonly approximations: BigFloat[] = [];
  roundingFloor = ZERO;
  evaluations = 0;
  private degree = INITIAL_DEGREE;
  private readonly halfWidth: BigFloat;

  constructor(
    private readonly f: Integrand,
    private readonly a: BigFloat,
    private readonly b: BigFloat,
    private readonly prec: number,
    private readonly maxDegree: number,
  ) {
    this.halfWidth = mulPow2(addExact(b, neg(a)), -1);
    this.compute();
  }

  refine(): boolean {
    if (2 * this.degree > this.maxDegree) return false;
    this.degree *= 2;
    this.compute();
    return true;
  }

  private compute(): void {
    const prec = this.prec;
    const rule = gaussLegendreRule(this.degree, prec);
    let sum = ZERO;
    let largest = ZERO;
    rule.nodes.forEach((t, i) => {
      const fromLower = mul(this.halfWidth, add(t, new BigFloat(1n, 0), prec), prec);
      const toUpper = mul(this.halfWidth, add(new BigFloat(1n, 0), neg(t), prec), prec);
      const x = t.man < 0n
        ? shiftFromEnd(this.a, fromLower, prec)
        : shiftFromEnd(this.b, neg(toUpper), prec);
      const value = this.f(x, { precBits: prec, fromLower, toUpper });
      const term = mul(rule.weights[i]!, value, prec);
      sum = add(sum, term, prec);
      if (cmp(abs(term), largest) > 0) largest = abs(term);
    });
    this.evaluations += this.degree;
    this.approximations.push(mul(this.halfWidth, sum, prec));
    const lost = bitLength(BigInt(this.degree));
    this.roundingFloor = mul(this.halfWidth, mulPow2(largest, lost - prec), prec);
  }
}

function checkMaxDegree(maxDegree: number): number {
  if (!Number.isInteger(maxDegree) || maxDegree < INITIAL_DEGREE * 4) {
    throw new InputError(
      `maxDegree must be an integer of at least ${INITIAL_DEGREE * 4}, ` +
        `received ${maxDegree}`,
    );
  }
  return maxDegree;
}

/**
 * Integrates f over [a, b] by Gauss–Legendre rules on the pieces cut at
 * the breakpoints. For a > b it returns −∫_b^a. Both ends must be finite.
 */
export function gaussLegendre(
  f: Integrand,
  a: Bound,
  b: Bound,
  options: QuadratureOptions,
): QuadratureResult {
  const prec = workingBits(options.digits);
  const { lower, upper, integrand } = orientInterval(a, b, f, prec);
  if (!isFiniteEnd(lower) || !isFiniteEnd(upper)) {
    throw new InputError(
      'Gauss–Legendre quadrature needs a finite interval; use tanh-sinh ' +
        'for infinite ends',
    );
  }
  if (compareEnds(lower, upper) === 0) {
    return { value: ZERO, errorEstimate: ZERO, converged: true, evaluations: 0 };
  }

  const maxDegree = checkMaxDegree(options.maxDegree ?? DEFAULT_MAX_DEGREE);
  const breakpoints = (options.breakpoints ?? []).map((p) => parseEnd(p, prec));
  // Both ends are finite, so every cut is a BigFloat.
  const pieces = splitInterval(lower, upper, breakpoints).map((piece) => {
    const [start, end] = [piece.lower as BigFloat, piece.upper as BigFloat];
    return new GaussLegendrePiece(integrand, start, end, prec, maxDegree);
  });

  return refineUntilConverged(pieces, {
    method: 'Gauss–Legendre',
    digits: options.digits,
    precBits: prec,
    minimumSteps: MINIMUM_STEPS,
    absoluteTolerance: parseTolerance(options.absoluteTolerance, prec),
    strict: options.strict ?? false,
  });
}
