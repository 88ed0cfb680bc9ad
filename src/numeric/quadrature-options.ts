/**
 * Result and option types shared by the quadrature routines, the
 * validation of options, and the split of an interval into segments that
 * are finite or map a half-line onto [0, 1).
 */
import { ConvergenceError, InputError } from '../errors.js';

/** Outcome of a numerical integration. */
export interface QuadResult {
  value: number;
  /** Estimated absolute error of `value`. */
  error: number;
  /** Whether `error` met the requested tolerance. */
  converged: boolean;
  /** Number of integrand evaluations. */
  evaluations: number;
}

export interface QuadOptions {
  /** Requested relative error; default 1e-10. */
  relTol?: number;
  /** Requested absolute error; default 0 (relative only). */
  absTol?: number;
  /** Maximum number of integrand evaluations; default 100000. */
  maxEvaluations?: number;
  /**
   * Points inside the interval where the integrand has a kink, a jump or
   * a narrow peak; the interval is split there first.
   */
  breakpoints?: readonly number[];
  /** Throw ConvergenceError instead of returning converged = false. */
  strict?: boolean;
}

export interface ResolvedOptions {
  relTol: number;
  absTol: number;
  maxEvaluations: number;
  breakpoints: readonly number[];
  strict: boolean;
}

function requireNonNegative(name: string, value: number): void {
  if (Number.isFinite(value) && value >= 0) return;
  throw new InputError(`${name} = ${value} is invalid: it must be a finite number ≥ 0`);
}

export function resolveOptions(options: QuadOptions): ResolvedOptions {
  const resolved = {
    relTol: options.relTol ?? 1e-10,
    absTol: options.absTol ?? 0,
    maxEvaluations: options.maxEvaluations ?? 100_000,
    breakpoints: options.breakpoints ?? [],
    strict: options.strict ?? false,
  };
  requireNonNegative('relTol', resolved.relTol);
  requireNonNegative('absTol', resolved.absTol);
  if (!Number.isInteger(resolved.maxEvaluations) || resolved.maxEvaluations < 1) {
    throw new InputError(
      `maxEvaluations = ${resolved.maxEvaluations} is invalid: it must be a ` +
      'positive integer');
  }
  for (const p of resolved.breakpoints) {
    if (!Number.isFinite(p)) {
      throw new InputError(`the breakpoint ${p} is invalid: breakpoints must be finite`);
    }
  }
  return resolved;
}

export function requireLimits(a: number, b: number): void {
  if (Number.isNaN(a) || Number.isNaN(b)) {
    throw new InputError(`the limits ${a}, ${b} are invalid: they must be numbers`);
  }
}

/** The integrand as a function of the segment variable t. */
export type Integrand = (t: number) => number;

/**
 * A piece of the interval: [start, end] of t, with x(t) either t itself
 * or, for a tail, origin ± t/(1 − t) on t ∈ [0, 1).
 */
export interface Segment {
  start: number;
  end: number;
  integrand: Integrand;
}

/** Wraps f so that a NaN or infinite value throws InputError naming x. */
export function guard(f: (x: number) => number): (x: number) => number {
  return (x) => {
    const y = f(x);
    if (Number.isFinite(y)) return y;
    throw new InputError(
      `the integrand is ${y} at x = ${x}; it must be finite at every point ` +
      'inside the interval');
  };
}

function tail(f: (x: number) => number, origin: number, direction: 1 | -1): Segment {
  // Divides by s twice, not by s², so that f = 0 far out gives 0 even
  // where s² would underflow.
  const integrand = (t: number) => {
    const s = 1 - t;
    return f(origin + direction * (t / s)) / s / s;
  };
  return { start: 0, end: 1, integrand };
}

/**
 * Splits (a, b) with a < b at the breakpoints inside it. A finite piece
 * keeps x as its variable. An infinite end becomes a tail from the
 * nearest finite point, which is 0 when both ends are infinite and there
 * are no breakpoints.
 */
export function segments(f: (x: number) => number, a: number, b: number,
  breakpoints: readonly number[]): Segment[] {
  const inside = [...new Set(breakpoints)].filter((p) => p > a && p < b);
  inside.sort((p, q) => p - q);
  if (a === -Infinity && b === Infinity && inside.length === 0) inside.push(0);
  const points = [a, ...inside, b];

  const pieces: Segment[] = [];
  for (let k = 0; k + 1 < points.length; k++) {
    const lo = points[k]!;
    const hi = points[k + 1]!;
    if (lo === -Infinity) pieces.push(tail(f, hi, -1));
    else if (hi === Infinity) pieces.push(tail(f, lo, 1));
    else pieces.push({ start: lo, end: hi, integrand: f });
  }
  return pieces;
}

/** Returns the result, or throws ConvergenceError if strict and unconverged. */
export function finish(result: QuadResult, strict: boolean, method: string): QuadResult {
  if (result.converged || !strict) return result;
  throw new ConvergenceError(
    `${method} did not reach the requested tolerance: value ${result.value}, ` +
    `estimated error ${result.error.toExponential(2)} after ` +
    `${result.evaluations} evaluations`,
    { value: result.value, error: result.error, evaluations: result.evaluations });
}
