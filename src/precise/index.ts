/**
 * Arbitrary-precision real and complex arithmetic, special functions and
 * quadrature on a BigInt binary floating-point core.
 *
 * Conventions: routines on BigFloat take `prec`, the significant bits
 * of the result; the public edge (preciseField, quadrature, decimal
 * conversion) takes `digits`, converted by workingBits(digits). No
 * routine changes global state; the caches of π, ln 2, Bernoulli
 * numbers and quadrature nodes are memos that never change a result.
 */
export {
  BigFloat, ZERO, ONE, TWO, HALF,
  abs, add, addExact, bitLength, cmp, cmpAbs, div, floorToBigInt, fromBigInt, fromInt,
  fromNumber, fromRatio, isInteger, isZero, log2Abs, mul, mulExact, mulPow2, neg,
  round, roundToBigInt, sign, sub, toNumber, topBit,
} from './bigfloat.js';
export { formatDecimal, parseDecimal, significantDigits } from './decimal.js';
export {
  MAX_DIGITS, GUARD_BITS, bitsForDigits, checkDigits, workingBits,
} from './precision.js';
export { ln2, pi } from './constants.js';
export { exp, expm1 } from './exp.js';
export { log, log1p } from './log.js';
export { sqrt } from './sqrt.js';
export { pow, powInt } from './pow.js';
export { atan, atan2, cos, sin, sinCos, sinPi } from './trig.js';
export { cosh, coth, csch, sech, sinh, tanh } from './hyperbolic.js';
export { erf, erfc } from './erf.js';
export { gamma } from './gamma.js';
export { besselK } from './bessel-k.js';
export {
  PreciseComplex, COMPLEX_I, COMPLEX_ONE, COMPLEX_ZERO, absComplex, addComplex,
  divComplex, fromReal, isReal, mulComplex, negComplex, powIntComplex, subComplex,
} from './complex.js';
export {
  coshComplex, cosComplex, cothComplex, cschComplex, expComplex, logComplex,
  powComplex, sechComplex, sinComplex, sinhComplex, tanhComplex,
} from './complex-functions.js';
export {
  complexToNumber, formatComplex, fromDecimalString, parseComplex, toComplexDouble,
  toDecimalString,
} from './complex-decimal.js';
export { type PreciseField, preciseField } from './field.js';
export { tanhSinh } from './quadrature/tanh-sinh.js';
export { gaussLegendre } from './quadrature/gauss-legendre.js';
export { gaussLegendreRule, type LegendreRule } from './quadrature/legendre.js';
export {
  type Bound, type Integrand, type NodeInfo, type QuadratureOptions,
  type QuadratureResult, QuadratureConvergenceError,
} from './quadrature/types.js';
