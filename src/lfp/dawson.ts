/**
 * Dawson's integral D(y) = e^{−y²} ∫_0^y e^{t²} dt (DLMF 7.2.5) and its
 * first two derivatives, D' = 1 − 2yD and D'' = (4y² − 2)D − 2y
 * (DLMF 7.10). D is odd, D' even, D'' odd.
 *
 * For |y| ≥ 6.5 the asymptotic series D ~ Σ (2n−1)!!/(2^{n+1} y^{2n+1})
 * (DLMF 7.12.1 with erfi) is summed term by term; its smallest term is
 * about e^{−y²}, below 1e-18 of D there. Its derivatives are summed the
 * same way, because 1 − 2yD cancels to about 1/(2y²). Below 6.5 the
 * integral D = ∫_0^y e^{−v(2y−v)} dv is taken by the 15-point rule on
 * panels of width 1/(2y) or less.
 */
import { compositeRule, partition } from './panel-rule.js';

export interface DawsonValues {
  readonly value: number;
  readonly first: number;
  readonly second: number;
}

const ASYMPTOTIC_FROM = 6.5;

export function dawson(y: number): DawsonValues {
  const a = Math.abs(y);
  const v = a >= ASYMPTOTIC_FROM ? asymptoticSeries(a) : byQuadrature(a);
  const s = y < 0 ? -1 : 1;
  return { value: s * v.value, first: v.first, second: s * v.second };
}

function asymptoticSeries(y: number): DawsonValues {
  const y2 = y * y;
  let term = 1 / (2 * y);
  let value = 0;
  let first = 0;
  let second = 0;
  for (let n = 0; n < 200; n++) {
    value += term;
    first -= ((2 * n + 1) * term) / y;
    second += ((2 * n + 1) * (2 * n + 2) * term) / y2;
    const next = (term * (2 * n + 1)) / (2 * y2);
    if (next < 1e-18 * value || next > term) break;
    term = next;
  }
  return { value, first, second };
}

function byQuadrature(y: number): DawsonValues {
  if (y === 0) return { value: 0, first: 1, second: 0 };
  const rule = compositeRule(partition(0, y, Math.min(y, 0.5 / y)));
  let value = 0;
  for (let k = 0; k < rule.nodes.length; k++) {
    const v = rule.nodes[k]!;
    value += rule.weights[k]! * Math.exp(-v * (2 * y - v));
  }
  const first = 1 - 2 * y * value;
  return { value, first, second: -2 * value - 2 * y * first };
}
