/**
 * A number system in which expressions are evaluated: complex doubles,
 * extended-range complex doubles, or arbitrary-precision complex numbers.
 * The evaluator in evaluate.ts is written once against this interface.
 */
import type { ConstName, FnName } from './tree.js';

export interface Field<T> {
  readonly name: string;
  fromRational(num: bigint, den: bigint): T;
  constant(name: ConstName): T;
  add(a: T, b: T): T;
  mul(a: T, b: T): T;
  div(a: T, b: T): T;
  neg(a: T): T;
  /** a^n for an integer n; exact repeated squaring where possible. */
  powInt(a: T, n: bigint): T;
  /** Principal branch a^b = exp(b log a). */
  pow(a: T, b: T): T;
  /**
   * Applies a named function. `dirac` returns 0 off its support and
   * throws at it; `heaviside` is 1/2 at 0.
   */
  apply(fn: FnName, args: readonly T[]): T;
  /** Sign of the real part: −1, 0 or 1 (used by conditions and steps). */
  signOfReal(a: T): -1 | 0 | 1;
}
