/**
 * The trapezoidal rule on the whole real line at arbitrary precision,
 *   T(h) = h Σ_k g(kh),
 * for integrands that are analytic in a strip |Im x| < a and decay
 * exponentially. By Poisson summation T(h) = Σ_k ĝ(k/h), where
 * ĝ(η) = ∫ g(x) e^(−2πiηx) dx, and shifting the contour to Im x = ∓a'
 * (a' < a) gives |ĝ(η)| ≤ M(a') e^(−2πa'|η|), with M(a') the larger of
 * ∫|g(t ± ia')| dt. So the error e(h) = T(h) − ∫g is about S e^(−c/h)
 * with c = 2πa, and each halving of h doubles the number of correct
 * digits.
 *
 * Error estimate: with steps 4h, 2h, h, the changes d₁ = |T(2h) − T(4h)|
 * and d₂ = |T(h) − T(2h)| are about e(4h) and e(2h), and fitting
 * log e = log S − c/h through them gives e(h) ≈ d₂³/d₁². Unlike the
 * squaring rule of refinement.ts, which takes S to be the value itself,
 * this also holds for F(ξ) far out in ξ, where S ≫ |F(ξ)|. MARGIN_BITS
 * cover polynomial factors of ĝ, which the fit does not model. The
 * estimate is never below the rounding floor of the sum.
 *
 * Without a strip (a kink, a jump, a pole on the real line) the error
 * only falls like a power of h. Then d₂/d₁ stays near a constant, so the
 * fit predicts little gain, and the rule reports non-convergence
 * instead of a value.
 *
 * The integrand may have several components (say the real and the
 * imaginary part of f(x) e^(−2πiξx)), summed on shared nodes and
 * sampled along uniform grids (line-grid.ts). Level 0 uses step 4h and
 * walks outwards on each side until the envelope of two consecutive
 * samples falls below 2^−(prec+8) of the largest, or up to halfWidth.
 * Levels 1 and 2 add the midpoints (steps 2h and h) inside that range,
 * and further levels halve the step while the estimate misses the
 * target. When the walk stops at halfWidth instead, the last envelope
 * times halfWidth is added to the estimate as the truncated tail.
 *
 * When the rounding floor (cancellation, as in a Fourier integral far
 * smaller than ∫|g|) is what misses the target, the whole rule restarts
 * with the missing bits added, at most MAX_RESTARTS times.
 */
import { ConvergenceError, InputError } from '../../errors.js';
import {
  BigFloat, ZERO, abs, add, cmp, div, fromBigInt, fromNumber, log2Abs, mul,
  mulPow2, neg, toNumber,
} from '../bigfloat.js';
import { formatDecimal } from '../decimal.js';
import { workingBits } from '../precision.js';
import { parseTolerance } from './intervals.js';
import { type GridSampler, LineSums } from './line-grid.js';
import type { Bound } from './types.js';

export interface TrapezoidLineOptions {
  /** Requested accuracy: 10^−digits of the largest |component|. */
  readonly digits: number;
  /** The step h expected to meet the request; levels use 4h, 2h, h, h/2, … */
  readonly step: number;
  /** |x| beyond which no node is sampled. */
  readonly halfWidth: number;
  /** Every component is even: sum over x ≥ 0 only and double. */
  readonly even?: boolean;
  /** Also accept an absolute error estimate at or below this value. */
  readonly absoluteTolerance?: Bound;
  /** Bits added to the working precision up front, for expected cancellation. */
  readonly extraBits?: number;
  /** Throw TrapezoidConvergenceError when the accuracy is not reached. */
  readonly strict?: boolean;
  /** The last level (step 4h·2^−maxLevel); from 2 to 20, default 6. */
  readonly maxLevel?: number;
}

/** Why a result missed its target: the step, the range or the precision. */
export type Shortfall = 'step' | 'range' | 'precision';

export interface TrapezoidLineResult {
  /** The integral of each component at `precBits` bits. */
  readonly values: readonly BigFloat[];
  /** Estimated absolute error of each value. */
  readonly errorEstimates: readonly BigFloat[];
  readonly converged: boolean;
  readonly shortfall?: Shortfall;
  /** Samples taken, restarts included. */
  readonly evaluations: number;
  /** The finest step used. */
  readonly step: BigFloat;
  readonly precBits: number;
  /** The range [lower, upper] of the nodes; the integrand was negligible beyond it. */
  readonly range: readonly [number, number];
}

/** A TrapezoidLineResult that did not reach the requested accuracy. */
export class TrapezoidConvergenceError extends ConvergenceError {
  constructor(message: string, readonly result: TrapezoidLineResult) {
    const worst = result.errorEstimates.reduce((a, b) => (cmp(a, b) >= 0 ? a : b));
    super(message, {
      value: toNumber(result.values[0]!),
      error: toNumber(worst),
      evaluations: result.evaluations,
    });
  }
}

const DEFAULT_MAX_LEVEL = 6;
const MINIMUM_LEVELS = 3;
const MARGIN_BITS = 4;
const MAX_RESTARTS = 3;
/** Bits added on a restart beyond the measured shortfall. */
const RESTART_MARGIN_BITS = 16;

type Direction = 1 | -1;

/** One pass of the rule at one precision: level 0 and its refinements. */
class TrapezoidRun {
  readonly sums: LineSums;
  /** The values of each level, coarsest first. */
  readonly history: BigFloat[][] = [];
  level = 0;
  /** The outermost level-0 nodes on each side; finer levels stay inside. */
  readonly range: [number, number] = [0, 0];
  /** Estimated size of the tails cut off at halfWidth. */
  truncation = ZERO;

  constructor(
    private readonly sampler: GridSampler,
    private readonly coarseStep: BigFloat,
    private readonly halfWidth: number,
    private readonly even: boolean,
    readonly prec: number,
  ) {
    this.sums = new LineSums(prec);
    this.walkOutwards(1);
    if (!even) this.walkOutwards(-1);
    this.history.push(this.sums.values(this.step()));
  }

  /** Returns the step of the current level. */
  step(): BigFloat {
    return mulPow2(this.coarseStep, -this.level);
  }

  /** Halves the step: samples the midpoints of the current nodes. */
  refine(): void {
    this.level += 1;
    this.fillMidpoints(1);
    if (!this.even) this.fillMidpoints(-1);
    this.history.push(this.sums.values(this.step()));
  }

  /** Samples level 0 outwards on one side until two envelopes in a row are tiny. */
  private walkOutwards(direction: Direction): void {
    const signed = direction > 0 ? this.coarseStep : neg(this.coarseStep);
    const start = direction > 0 ? ZERO : signed;
    const grid = { start, step: signed, prec: this.prec };
    const sample = this.sampler(grid);
    const [first, spacing] = [toNumber(start), toNumber(signed)];
    let negligible = 0;
    let size = ZERO;
    for (let k = 0; negligible < 2; k++) {
      const x = first + k * spacing;
      if (Math.abs(x) > this.halfWidth) {
        const tail = mul(size, fromNumber(this.halfWidth), 64);
        this.truncation = add(this.truncation, tail, 64);
        return;
      }
      size = this.sums.add(sample(k), this.even && x !== 0 ? 2 : 1);
      const floor = mulPow2(this.sums.largestEnvelope, -this.prec - 8);
      const small = this.sums.largestEnvelope.man !== 0n && cmp(size, floor) <= 0;
      negligible = small ? negligible + 1 : 0;
      this.range[direction > 0 ? 1 : 0] = x;
    }
  }

  /** Samples the new nodes ±(2i + 1)·h of the current level inside the range. */
  private fillMidpoints(direction: Direction): void {
    const h = direction > 0 ? this.step() : neg(this.step());
    const grid = { start: h, step: mulPow2(h, 1), prec: this.prec };
    const end = Math.abs(this.range[direction > 0 ? 1 : 0]);
    const [start, step] = [toNumber(h), 2 * toNumber(h)];
    const sample = this.sampler(grid);
    for (let k = 0; Math.abs(start + k * step) <= end; k++) {
      this.sums.add(sample(k), this.even ? 2 : 1);
    }
  }
}

/** Returns 2^e for a real e, to about 50 significant bits. */
function powerOfTwo(e: number): BigFloat {
  const whole = Math.floor(e);
  return mulPow2(fromNumber(2 ** (e - whole)), whole);
}

/**
 * Estimates the error of the latest of a component's values as
 * d₂³/d₁² · 2^MARGIN_BITS (see the file header), and as d₂ while the
 * changes do not shrink.
 */
function extrapolatedError(values: readonly BigFloat[], prec: number): BigFloat {
  const n = values.length;
  const change = abs(add(values[n - 1]!, neg(values[n - 2]!), prec));
  const previous = abs(add(values[n - 2]!, neg(values[n - 3]!), prec));
  if (change.man === 0n || previous.man === 0n || cmp(change, previous) >= 0) {
    return change;
  }
  const exponent = 3 * log2Abs(change) - 2 * log2Abs(previous) + MARGIN_BITS;
  const estimate = powerOfTwo(exponent);
  return cmp(estimate, change) < 0 ? estimate : change;
}

interface Target {
  readonly digits: number;
  readonly absolute?: BigFloat;
}

/** Returns 10^−digits of the largest |value|, or the absolute tolerance if larger. */
function allowedError(values: readonly BigFloat[], target: Target): BigFloat {
  const largest = values.reduce((m, v) => (cmp(abs(v), m) > 0 ? abs(v) : m), ZERO);
  const relative = div(largest, fromBigInt(10n ** BigInt(target.digits)), 64);
  const absolute = target.absolute;
  return absolute && cmp(absolute, relative) > 0 ? absolute : relative;
}

interface Outcome {
  readonly estimates: BigFloat[];
  readonly shortfall?: Shortfall;
  /** Bits by which the rounding floor misses the target, for a restart. */
  readonly missingBits?: number;
}

/** Returns each component's error estimate: max(fit, rounding floor) plus the tails. */
function estimates(run: TrapezoidRun): BigFloat[] {
  const floor = run.sums.roundingFloor(run.step());
  return run.history.at(-1)!.map((_, c) => {
    const fit = extrapolatedError(run.history.map((level) => level[c]!), run.prec);
    return add(cmp(fit, floor) > 0 ? fit : floor, run.truncation, 64);
  });
}

/** Returns log2(rounding floor / allowed), or −Infinity when nothing rounds. */
function floorExcess(run: TrapezoidRun, allowed: BigFloat): number {
  const floor = run.sums.roundingFloor(run.step());
  if (allowed.man === 0n || floor.man === 0n) return -Infinity;
  return log2Abs(floor) - log2Abs(allowed);
}

/** Refines until the estimates meet the target, or reports what stops them. */
function converge(run: TrapezoidRun, target: Target, maxLevel: number): Outcome {
  while (run.level < MINIMUM_LEVELS - 1) run.refine();
  for (;;) {
    const errors = estimates(run);
    const allowed = allowedError(run.history.at(-1)!, target);
    if (errors.every((e) => cmp(e, allowed) <= 0)) return { estimates: errors };
    if (cmp(run.truncation, allowed) > 0) {
      return { estimates: errors, shortfall: 'range' };
    }
    // Within 2^4 of the target, a smaller step cannot help: more bits are needed.
    const excess = floorExcess(run, allowed);
    if (excess > -4) {
      const missingBits = Math.ceil(excess);
      return { estimates: errors, shortfall: 'precision', missingBits };
    }
    if (run.level >= maxLevel) return { estimates: errors, shortfall: 'step' };
    run.refine();
  }
}

function checkOptions(options: TrapezoidLineOptions): number {
  const { step, halfWidth, maxLevel = DEFAULT_MAX_LEVEL, extraBits = 0 } = options;
  if (!(Number.isFinite(step) && step > 0)) {
    throw new InputError(`step must be a positive finite number, received ${step}`);
  }
  if (!(Number.isFinite(halfWidth) && halfWidth > 0)) {
    throw new InputError(
      `halfWidth must be a positive finite number, received ${halfWidth}`);
  }
  if (!Number.isInteger(maxLevel) || maxLevel < MINIMUM_LEVELS - 1 || maxLevel > 20) {
    throw new InputError(`maxLevel must be an integer from ${MINIMUM_LEVELS - 1} ` +
      `to 20, received ${maxLevel}`);
  }
  if (!(Number.isInteger(extraBits) && extraBits >= 0)) {
    throw new InputError(
      `extraBits must be a non-negative integer, received ${extraBits}`);
  }
  return maxLevel;
}

const ADVICE: Record<Shortfall, string> = {
  step: 'The integrand may have a kink, a jump or a pole nearer the real axis ' +
    'than assumed, so integrate it with tanhSinh and breakpoints instead.',
  range: 'The integrand is not negligible at |x| = halfWidth, so raise halfWidth.',
  precision: 'The sum cancels more digits than the restarts added, so pass more ' +
    'extraBits or an absoluteTolerance.',
};

function failureMessage(result: TrapezoidLineResult, digits: number): string {
  const values = result.values.map((v) => formatDecimal(v, 20)).join(', ');
  const errors = result.errorEstimates.map((e) => formatDecimal(e, 3)).join(', ');
  return `the trapezoidal rule on the real line did not reach ${digits} digits: ` +
    `the values ${values} have estimated errors ${errors} at step ` +
    `${formatDecimal(result.step, 6)} after ${result.evaluations} evaluations. ` +
    ADVICE[result.shortfall ?? 'step'];
}

/**
 * Integrates each component of a sampled integrand over the real line
 * by the trapezoidal rule, halving the step until the estimated error
 * meets the request. Throws InputError for invalid options and, when
 * `strict` is set, TrapezoidConvergenceError when the accuracy is not
 * reached.
 */
export function trapezoidLine(
  sampler: GridSampler,
  options: TrapezoidLineOptions,
): TrapezoidLineResult {
  const maxLevel = checkOptions(options);
  const target = {
    digits: options.digits,
    absolute: parseTolerance(options.absoluteTolerance, 64),
  };
  const coarseStep = fromNumber(4 * options.step);
  let prec = workingBits(options.digits) + (options.extraBits ?? 0);
  let evaluations = 0;
  for (let restart = 0; ; restart++) {
    const run = new TrapezoidRun(sampler, coarseStep, options.halfWidth,
      options.even ?? false, prec);
    const outcome = converge(run, target, maxLevel);
    evaluations += run.sums.evaluations;
    if (outcome.missingBits !== undefined && restart < MAX_RESTARTS) {
      prec += outcome.missingBits + RESTART_MARGIN_BITS;
      continue;
    }
    const result: TrapezoidLineResult = {
      values: run.history.at(-1)!,
      errorEstimates: outcome.estimates,
      converged: outcome.shortfall === undefined,
      ...(outcome.shortfall ? { shortfall: outcome.shortfall } : {}),
      evaluations,
      step: run.step(),
      precBits: prec,
      range: [...run.range],
    };
    if (result.converged || !options.strict) return result;
    throw new TrapezoidConvergenceError(failureMessage(result, options.digits), result);
  }
}
