/**
 * Numerical integration in double precision.
 *
 * - `integrate` (adaptive.ts): globally adaptive Gauss–Kronrod (G7–K15)
 *   quadrature on finite, half-infinite and infinite intervals.
 * - `tanhSinh` (tanh-sinh.ts): double-exponential quadrature, for
 *   integrable singularities at the endpoints.
 * - `integrateLogScaled` (log-scaled.ts): integrands given as their log,
 *   for values far below the double range.
 *
 * None of them throws for non-convergence unless `strict` is set; they
 * report converged = false with the value and error reached.
 */
export { integrate } from './adaptive.js';
export { tanhSinh } from './tanh-sinh.js';
export { integrateLogScaled } from './log-scaled.js';
export type { QuadOptions, QuadResult } from './quadrature-options.js';
export type { LogQuadOptions, LogQuadResult } from './log-scaled.js';
