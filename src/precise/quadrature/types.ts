/**
 * Shared types of the arbitrary-precision quadrature rules.
 */
import { ConvergenceError } from '../../errors.js';
import type { BigFloat } from '../bigfloat.js';

/**
 * Context of one evaluation point. `fromLower` = x − a and
 * `toUpper` = b − x are accurate to `precBits` relative bits however
 * close x is to an end, so an integrand with an end singularity such as
 * (b − x)^(−1/2) should use them instead of forming b − x itself. They
 * are undefined on the side of an infinite end.
 */
export interface NodeInfo {
  readonly precBits: number;
  readonly fromLower?: BigFloat;
  readonly toUpper?: BigFloat;
}

/** A real integrand, evaluated at `node.precBits` bits of precision. */
export type Integrand = (x: BigFloat, node: NodeInfo) => BigFloat;

/** An interval end: a BigFloat, a finite double, a decimal string or ±Infinity. */
export type Bound = BigFloat | number | string;

export interface QuadratureOptions {
  /** Requested relative accuracy: 10^−digits of |value|. */
  readonly digits: number;
  /**
   * Points strictly inside the interval where the integrand has a kink,
   * a jump or a narrow peak; each subinterval is integrated on its own.
   */
  readonly breakpoints?: readonly Bound[];
  /** Also accept an absolute error estimate at or below this value. */
  readonly absoluteTolerance?: Bound;
  /** Throw QuadratureConvergenceError when the accuracy is not reached. */
  readonly strict?: boolean;
  /** Tanh-sinh: the last level (step 2^−maxLevel); default 10. */
  readonly maxLevel?: number;
  /** Gauss–Legendre: the largest number of nodes per subinterval; default 768. */
  readonly maxDegree?: number;
}

export interface QuadratureResult {
  /** The integral at the working precision: the requested digits plus guard bits. */
  readonly value: BigFloat;
  /** Estimated absolute error of `value`, summed over the subintervals. */
  readonly errorEstimate: BigFloat;
  readonly converged: boolean;
  /** Number of integrand evaluations. */
  readonly evaluations: number;
}

/** A ConvergenceError that also carries the full-precision result reached. */
export class QuadratureConvergenceError extends ConvergenceError {
  constructor(
    message: string,
    readonly result: QuadratureResult,
    reached: { value: number; error: number; evaluations: number },
  ) {
    super(message, reached);
  }
}
