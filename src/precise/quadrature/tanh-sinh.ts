/**
 * Double-exponential quadrature at arbitrary precision: tanh-sinh on
 * finite intervals, exp-sinh on half-infinite ones and sinh-sinh on the
 * whole line (substitutions in de-nodes.ts). Integrable endpoint
 * singularities are handled because the nodes crowd double-exponentially
 * towards the ends and NodeInfo gives the exact distance to them.
 *
 * Level 0 uses step 1 in t and walks outwards on each side until two
 * consecutive terms |w f| fall below 2^−(prec+8) of the largest term;
 * that cut-off also bounds the finer levels, which halve the step. Each
 * level reuses all earlier evaluations.
 *
 * NOTE: an integrand that vanishes at two consecutive level-0 nodes and
 * is non-negligible further out (two separated bumps, a peak far from
 * the middle of a long interval) is cut off too early. Breakpoints at
 * such features avoid this. A narrow peak also needs a breakpoint to be
 * resolved at all, because nodes are sparse away from the ends.
 */
import { InputError } from '../../errors.js';
import {
  BigFloat, ZERO, abs, add, addExact, bitLength, cmp, mul, mulPow2, neg, round, topBit,
} from '../bigfloat.js';
import { workingBits } from '../precision.js';
import { type DENode, type DENodeTable, deNodeTable } from './de-nodes.js';
import {
  type Subinterval, compareEnds, isFiniteEnd, orientInterval, parseEnd, parseTolerance,
  splitInterval,
} from './intervals.js';
import { type Refinement, refineUntilConverged } from './refinement.js';
import type {
  Bound, Integrand, NodeInfo, QuadratureOptions, QuadratureResult,
} from './types.js';

type Side = 1 | -1;

interface MappedNode {
  readonly x: BigFloat;
  readonly weight: BigFloat;
  readonly info: NodeInfo;
}

type Mapping = (node: DENode, side: Side) => MappedNode;

const DEFAULT_MAX_LEVEL = 10;
const MINIMUM_LEVELS = 4;

/**
 * Returns end + offset, rounded only below the last bit that offset needs: when
 * x sits within 1e−500 of an end, x itself still carries that distance.
 */
function shiftFromEnd(end: BigFloat, offset: BigFloat, prec: number): BigFloat {
  if (end.man === 0n) return round(offset, prec);
  const extra = Math.max(0, topBit(end) - topBit(offset));
  return round(addExact(end, offset), prec + extra);
}

function finiteMapping(a: BigFloat, b: BigFloat, prec: number): Mapping {
  const width = addExact(b, neg(a));
  const halfWidth = mulPow2(width, -1);
  return (node, side) => {
    const weight = mul(halfWidth, node.tanhWeight, prec);
    const near = mul(halfWidth, node.tanhGap, prec);
    const far = add(width, neg(near), prec);
    if (side > 0) {
      const x = shiftFromEnd(b, neg(near), prec);
      return { x, weight, info: { precBits: prec, fromLower: far, toUpper: near } };
    }
    const x = shiftFromEnd(a, near, prec);
    return { x, weight, info: { precBits: prec, fromLower: near, toUpper: far } };
  };
}

/** Maps nodes to [a, ∞) for direction 1 and to (−∞, a] for direction −1. */
function halfInfiniteMapping(a: BigFloat, direction: Side, prec: number): Mapping {
  return (node, side) => {
    const offset = side > 0 ? node.expU : node.expMinusU;
    const weight = mul(node.halfPiCoshT, offset, prec);
    const x = shiftFromEnd(a, direction > 0 ? offset : neg(offset), prec);
    const info = direction > 0
      ? { precBits: prec, fromLower: offset }
      : { precBits: prec, toUpper: offset };
    return { x, weight, info };
  };
}

function wholeLineMapping(prec: number): Mapping {
  return (node, side) => {
    const sinhU = mulPow2(add(node.expU, neg(node.expMinusU), prec), -1);
    const coshU = mulPow2(add(node.expU, node.expMinusU, prec), -1);
    const x = side > 0 ? sinhU : neg(sinhU);
    return { x, weight: mul(node.halfPiCoshT, coshU, prec), info: { precBits: prec } };
  };
}

function mappingFor(piece: Subinterval, prec: number): Mapping {
  const { lower, upper } = piece;
  if (isFiniteEnd(lower) && isFiniteEnd(upper)) return finiteMapping(lower, upper, prec);
  if (isFiniteEnd(lower)) return halfInfiniteMapping(lower, 1, prec);
  if (isFiniteEnd(upper)) return halfInfiniteMapping(upper, -1, prec);
  return wholeLineMapping(prec);
}

class TanhSinhPiece implements Refinement {
  readonly approximations: BigFloat[] = [];
  roundingFloor = ZERO;
  evaluations = 0;
  private sum = ZERO;
  private largestTerm = ZERO;
  private level = 0;
  /** The last level-0 t on each side; finer levels stay inside it. */
  private readonly cutoff = new Map<Side, number>();

  constructor(
    private readonly f: Integrand,
    private readonly mapping: Mapping,
    private readonly table: DENodeTable,
    private readonly prec: number,
    private readonly maxLevel: number,
  ) {
    this.evaluate(table.node(0, 0)!, 1);
    this.walkOutwards(1);
    this.walkOutwards(-1);
    this.record();
  }

  refine(): boolean {
    if (this.level >= this.maxLevel) return false;
    this.level += 1;
    for (const side of [1, -1] as const) {
      const end = this.cutoff.get(side)!;
      for (let i = 0; (2 * i + 1) * 2 ** -this.level < end; i++) {
        const node = this.table.node(this.level, i);
        if (!node) break;
        this.evaluate(node, side);
      }
    }
    this.record();
    return true;
  }

  /** Walks level 0 outwards on one side until two consecutive terms are negligible. */
  private walkOutwards(side: Side): void {
    let negligible = 0;
    let index = 1;
    for (; negligible < 2; index++) {
      const node = this.table.node(0, index);
      if (!node) break;
      const term = this.evaluate(node, side);
      const floor = mulPow2(this.largestTerm, -this.prec - 8);
      const small = this.largestTerm.man !== 0n && cmp(term, floor) <= 0;
      negligible = small ? negligible + 1 : 0;
    }
    this.cutoff.set(side, index - 1);
  }

  /** Adds w f at one node and returns |w f|. */
  private evaluate(node: DENode, side: Side): BigFloat {
    const { x, weight, info } = this.mapping(node, side);
    const term = mul(weight, this.f(x, info), this.prec);
    this.sum = add(this.sum, term, this.prec);
    const size = abs(term);
    if (cmp(size, this.largestTerm) > 0) this.largestTerm = size;
    this.evaluations += 1;
    return size;
  }

  private record(): void {
    const h = -this.level;
    this.approximations.push(mulPow2(this.sum, h));
    const lost = bitLength(BigInt(this.evaluations));
    this.roundingFloor = mulPow2(this.largestTerm, h - this.prec + lost);
  }
}

function checkMaxLevel(maxLevel: number): number {
  if (!Number.isInteger(maxLevel) || maxLevel < MINIMUM_LEVELS - 1 || maxLevel > 20) {
    throw new InputError(
      `maxLevel must be an integer from ${MINIMUM_LEVELS - 1} to 20, ` +
        `received ${maxLevel}`,
    );
  }
  return maxLevel;
}

/**
 * Integrates f over [a, b] by the tanh-sinh family of rules. For a > b
 * it returns −∫_b^a. Throws InputError for invalid ends or breakpoints,
 * and QuadratureConvergenceError when `strict` is set and the accuracy
 * is not reached.
 */
export function tanhSinh(
  f: Integrand,
  a: Bound,
  b: Bound,
  options: QuadratureOptions,
): QuadratureResult {
  const prec = workingBits(options.digits);
  const maxLevel = checkMaxLevel(options.maxLevel ?? DEFAULT_MAX_LEVEL);
  const { lower, upper, integrand } = orientInterval(a, b, f, prec);
  if (compareEnds(lower, upper) === 0) {
    return { value: ZERO, errorEstimate: ZERO, converged: true, evaluations: 0 };
  }

  const breakpoints = (options.breakpoints ?? []).map((p) => parseEnd(p, prec));
  const table = deNodeTable(prec);
  const pieces = splitInterval(lower, upper, breakpoints).map(
    (piece) =>
      new TanhSinhPiece(integrand, mappingFor(piece, prec), table, prec, maxLevel),
  );

  return refineUntilConverged(pieces, {
    method: 'tanh-sinh',
    digits: options.digits,
    precBits: prec,
    minimumSteps: MINIMUM_LEVELS,
    absoluteTolerance: parseTolerance(options.absoluteTolerance, prec),
    strict: options.strict ?? false,
  });
}
