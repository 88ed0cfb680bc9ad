/**
 * Special functions of a real argument in double precision. Each
 * function's method per regime and measured accuracy are documented where
 * it is defined.
 */
export { erf, erfc, erfcx, logErfc } from './erf.js';
export { gamma, gammaSign, lgamma, sinPi } from './gamma.js';
export { besselK, besselKLogScaled, logBesselK } from './bessel-k.js';
export type { LogScaled } from './bessel-k.js';
export {
  coth, csch, log1pExp, logCsch, logSech, logistic, sech,
} from './hyperbolic.js';
