/**
 * Nodes of the double-exponential (tanh-sinh family) rules. With
 * u = (π/2) sinh t, the substitutions are
 *   [a, b]:   x = c + d tanh u,  dx/dt = d (π/2) cosh t sech² u,
 *             with c = (a+b)/2 and d = (b−a)/2,
 *   [a, ∞):   x = a + e^u,       dx/dt = (π/2) cosh t e^u,
 *   (−∞, ∞):  x = sinh u,        dx/dt = (π/2) cosh t cosh u,
 * and the trapezoidal rule in t with step h = 2^−level. A node stores
 * e^u, e^−u and (π/2) cosh t for one t ≥ 0, and the rules build the rest
 * from these. It also stores the distance 2/(1 + e^2u) of the tanh-sinh
 * node to the end of [−1, 1], because that keeps its relative accuracy
 * however small it is. Tables are cached per precision and only grow.
 */
import { BigFloat, ONE, add, div, fromInt, mul, mulPow2 } from '../bigfloat.js';
import { pi } from '../constants.js';
import { exp } from '../exp.js';
import { cosh, sinh } from '../hyperbolic.js';

export interface DENode {
  /** The node's t as a double, for cut-off decisions. */
  readonly t: number;
  readonly expU: BigFloat;
  readonly expMinusU: BigFloat;
  readonly halfPiCoshT: BigFloat;
  /** 1 − tanh u = 2/(1 + e^2u): the tanh-sinh node's distance to 1. */
  readonly tanhGap: BigFloat;
  /** (π/2) cosh t sech² u: the tanh-sinh weight on [−1, 1]. */
  readonly tanhWeight: BigFloat;
}

/**
 * Returns t of the index-th node of a level: level 0 has t = index,
 * level k the odd multiples of 2^−k.
 */
export function nodeT(level: number, index: number): BigFloat {
  if (level === 0) return fromInt(index);
  return new BigFloat(BigInt(2 * index + 1), -level);
}

export class DENodeTable {
  private readonly levels = new Map<number, DENode[]>();
  /**
   * Nodes stop where u exceeds this. The distance of a tanh-sinh node to
   * its end is then 2e^(−2u) < 2^−(10 prec), so an end singularity
   * (b − x)^−α still converges to full precision for α up to 0.9.
   */
  private readonly maximumU: number;

  constructor(readonly prec: number) {
    this.maximumU = 5 * prec * Math.LN2;
  }

  /** Returns the index-th node at t ≥ 0 of a level, or undefined past the last one. */
  node(level: number, index: number): DENode | undefined {
    let list = this.levels.get(level);
    if (!list) this.levels.set(level, (list = []));
    while (list.length <= index) {
      const next = this.compute(nodeT(level, list.length));
      if (!next) return undefined;
      list.push(next);
    }
    return list[index];
  }

  private compute(t: BigFloat): DENode | undefined {
    const tValue = Number(t.man) * 2 ** t.exp;
    if ((Math.PI / 2) * Math.sinh(tValue) > this.maximumU) return undefined;
    const prec = this.prec;
    const halfPi = mulPow2(pi(prec + 4), -1);
    const u = mul(halfPi, sinh(t, prec + 4), prec + 4);
    const expU = exp(u, prec);
    const expMinusU = div(ONE, expU, prec);
    const halfPiCoshT = mul(halfPi, cosh(t, prec), prec);
    const e2 = mul(expMinusU, expMinusU, prec);
    const sum = add(expU, expMinusU, prec);
    return {
      t: tValue,
      expU,
      expMinusU,
      halfPiCoshT,
      tanhGap: div(mulPow2(e2, 1), add(ONE, e2, prec), prec),
      tanhWeight: div(mulPow2(halfPiCoshT, 2), mul(sum, sum, prec), prec),
    };
  }
}

const tables = new Map<number, DENodeTable>();

/** Returns the shared node table for a precision (a memo: nodes never change). */
export function deNodeTable(prec: number): DENodeTable {
  let table = tables.get(prec);
  if (!table) tables.set(prec, (table = new DENodeTable(prec)));
  return table;
}
