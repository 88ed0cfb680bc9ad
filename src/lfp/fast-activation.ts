/**
 * A fast σ and σ' for the training loops, which evaluate them millions
 * of times. Beyond the saturation distance S of asymptotes.ts they are
 * their straight lines. On [−S, S], σ is the cubic Hermite interpolant on
 * a grid of step 2^−10 and σ' is its derivative.
 * Node values of σ' are taken just inside each cell, so a jump of σ' at
 * a grid node (heaviside at 0 for relu) falls between cells and costs
 * no accuracy. Interpolation error: about h⁴·max|σ⁗|/384, below 1e-13
 * for tanh, and O(h) within one cell of a kink that is not a grid node.
 */
import type { Derivation } from '../derive.js';
import { realFunction } from '../evaluate/compile.js';
import { InputError } from '../errors.js';
import { someNode, type Expr } from '../expr/tree.js';
import { findAsymptotes, type Asymptotes } from './asymptotes.js';

export interface FastActivation {
  readonly sigma: (s: number) => number;
  readonly dsigma: (s: number) => number;
  /** |s| from which σ and σ' are their lines. */
  readonly saturation: number;
  readonly lines: Asymptotes;
  readonly dlines: Asymptotes;
}

const STEP = 2 ** -10;

export function fastActivation(d: Derivation): FastActivation {
  const pointMass = (n: Expr) => n.kind === 'call' && n.fn === 'dirac';
  if (someNode(d.derivative, pointMass)) {
    throw new InputError(`σ' of ${d.activation.name} has a point mass (δ), so the `
      + 'σ\' term of the kernel is infinite at x = x\'; the training commands '
      + 'need an activation whose derivative is a function, such as relu, tanh or gelu');
  }
  const exactSigma = realFunction(d.expression, 'x');
  const exactDsigma = realFunction(d.derivative, 'x');
  const lines = findAsymptotes(exactSigma, `σ = ${d.activation.name}`);
  const dlines = findAsymptotes(exactDsigma, `σ' of ${d.activation.name}`);
  const reach = Math.ceil(Math.max(lines.saturation, dlines.saturation) / STEP) * STEP;
  const cells = Math.round((2 * reach) / STEP);

  const values = new Float64Array(cells + 1);
  const leftSlopes = new Float64Array(cells);
  const rightSlopes = new Float64Array(cells);
  const inside = STEP * 1e-9;
  for (let k = 0; k <= cells; k++) values[k] = exactSigma(-reach + k * STEP);
  for (let k = 0; k < cells; k++) {
    leftSlopes[k] = exactDsigma(-reach + k * STEP + inside);
    rightSlopes[k] = exactDsigma(-reach + (k + 1) * STEP - inside);
  }

  const cellOf = (s: number) => Math.min(cells - 1, Math.floor((s + reach) / STEP));
  const sigma = (s: number): number => {
    if (s >= reach) return lines.plus.intercept + lines.plus.slope * s;
    if (s <= -reach) return lines.minus.intercept + lines.minus.slope * s;
    const k = cellOf(s);
    const t = (s + reach) / STEP - k;
    const h00 = (1 + 2 * t) * (1 - t) * (1 - t);
    const h10 = t * (1 - t) * (1 - t);
    const h01 = t * t * (3 - 2 * t);
    const h11 = t * t * (t - 1);
    return h00 * values[k]! + h01 * values[k + 1]!
      + STEP * (h10 * leftSlopes[k]! + h11 * rightSlopes[k]!);
  };
  const dsigma = (s: number): number => {
    if (s >= reach) return dlines.plus.intercept + dlines.plus.slope * s;
    if (s <= -reach) return dlines.minus.intercept + dlines.minus.slope * s;
    const k = cellOf(s);
    const t = (s + reach) / STEP - k;
    const d00 = 6 * t * (t - 1);
    const d10 = (1 - t) * (1 - 3 * t);
    const d11 = t * (3 * t - 2);
    return (d00 * (values[k]! - values[k + 1]!)) / STEP
      + d10 * leftSlopes[k]! + d11 * rightSlopes[k]!;
  };
  return { sigma, dsigma, saturation: reach, lines, dlines };
}
