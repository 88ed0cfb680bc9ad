/**
 * Uniform grids on the real line and the weighted sums that the
 * trapezoidal and midpoint rules of trapezoid-line.ts and
 * midpoint-line.ts accumulate over them. An integrand is given as a
 * sampler that visits a grid in order, so that it can take exponentials
 * and rotations by recurrence from one point to the next.
 */
import {
  BigFloat, ZERO, abs, addExact, bitLength, cmp, fromInt, mul, mulExact, mulPow2,
  roundTo, topBit,
} from '../bigfloat.js';
import { shiftRightRounded } from '../fixed.js';

/** The grid x_k = start + k·step, sampled at `prec` bits. */
export interface Grid {
  readonly start: BigFloat;
  readonly step: BigFloat;
  readonly prec: number;
}

/** Returns x_k = start + k·step, exactly. */
export function gridPoint(grid: Grid, k: number): BigFloat {
  return addExact(grid.start, mulExact(fromInt(k), grid.step));
}

export interface GridSample {
  /** The integrand's components at the grid point, possibly with more bits than `prec`. */
  readonly values: readonly BigFloat[];
  /**
   * A bound on |value| of every component that does not vanish where an
   * oscillating factor does (|f| for f·cos 2πξx). It decides the cut-off
   * and the rounding floor.
   */
  readonly envelope: BigFloat;
}

/** Returns the sampler of one grid; it is called with k = 0, 1, 2, … in order. */
export type GridSampler = (grid: Grid) => (k: number) => GridSample;

/** Bits kept below 2^−prec of the largest envelope in the fixed-point sums. */
const SUM_GUARD_BITS = 16;
/** The sums are rescaled when the largest envelope outgrows their scale by this. */
const RESCALE_BITS = 64;

/**
 * Running sums of weight·sample over the nodes visited so far, in fixed
 * point: the sum of component c is sums[c]·2^scale. A term costs one
 * shift and one BigInt addition instead of a normalised BigFloat sum.
 * The scale sits SUM_GUARD_BITS below 2^−prec of the largest envelope
 * seen, so each term is rounded to an absolute error of at most
 * 2^(−prec−16) of it, as a BigFloat sum at prec bits would round.
 */
export class LineSums {
  private sums: bigint[] = [];
  private scale = 0;
  /** The largest weight·envelope. */
  largestEnvelope = ZERO;
  evaluations = 0;

  constructor(readonly prec: number) {}

  /** Adds weight·sample (weight 1 or 2) and returns weight·envelope. */
  add(sample: GridSample, weight: 1 | 2): BigFloat {
    if (this.evaluations === 0) this.sums = sample.values.map(() => 0n);
    this.evaluations += 1;
    const shift = weight - 1;
    const size = mulPow2(abs(sample.envelope), shift);
    if (cmp(size, this.largestEnvelope) > 0) this.growEnvelope(size);
    // A zero envelope bounds every value to 0, and the scale may not be set yet.
    if (size.man === 0n) return size;
    sample.values.forEach((v, c) => {
      this.sums[c]! += toScale(v.man, v.exp + shift - this.scale);
    });
    return size;
  }

  /** Returns step·sums: the rule's value of each component. */
  values(step: BigFloat): BigFloat[] {
    return this.sums.map((s) => {
      const sum = roundTo(s, this.scale, this.prec);
      return mul(sum, step, this.prec);
    });
  }

  /**
   * Returns the rounding floor of the values: step·(largest envelope)·2^−prec,
   * times the log2 of the number of terms for the accumulated roundings.
   */
  roundingFloor(step: BigFloat): BigFloat {
    const lost = bitLength(BigInt(this.evaluations)) + 1;
    return mulPow2(mul(this.largestEnvelope, step, 64), lost - this.prec);
  }

  /**
   * Records a larger envelope. The first nonzero one sets the scale, and
   * a later one coarsens it once it has outgrown it by RESCALE_BITS.
   */
  private growEnvelope(size: BigFloat): void {
    const fitting = topBit(size) - this.prec - SUM_GUARD_BITS;
    if (this.largestEnvelope.man === 0n) {
      this.scale = fitting;
    } else if (fitting - this.scale >= RESCALE_BITS) {
      this.sums = this.sums.map((s) => shiftRightRounded(s, fitting - this.scale));
      this.scale = fitting;
    }
    this.largestEnvelope = size;
  }
}

/** Returns round(man·2^shift) as an integer. */
function toScale(man: bigint, shift: number): bigint {
  return shift >= 0 ? man << BigInt(shift) : shiftRightRounded(man, -shift);
}
