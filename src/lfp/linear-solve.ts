/**
 * Dense LU factorisation with partial pivoting, for the small saddle-point
 * systems of interpolation (a kernel block bordered by polynomials), which
 * are symmetric but not definite, so Cholesky does not apply.
 */
import { InputError } from '../errors.js';

export interface LuFactors {
  readonly size: number;
  readonly lu: Float64Array;
  readonly pivots: Int32Array;
}

export function luFactor(matrix: Float64Array, size: number): LuFactors {
  const lu = Float64Array.from(matrix);
  const pivots = new Int32Array(size);
  for (let k = 0; k < size; k++) {
    let p = k;
    for (let i = k + 1; i < size; i++) {
      if (Math.abs(lu[i * size + k]!) > Math.abs(lu[p * size + k]!)) p = i;
    }
    pivots[k] = p;
    if (p !== k) swapRows(lu, size, p, k);
    const pivot = lu[k * size + k]!;
    if (pivot === 0) {
      throw new InputError(`the interpolation system is singular at column ${k}: the data `
        + 'need distinct points, more of them than the polynomial degree');
    }
    for (let i = k + 1; i < size; i++) {
      const f = (lu[i * size + k]! /= pivot);
      for (let j = k + 1; j < size; j++) lu[i * size + j]! -= f * lu[k * size + j]!;
    }
  }
  return { size, lu, pivots };
}

export function luSolve(f: LuFactors, rhs: ArrayLike<number>): Float64Array {
  const { size, lu, pivots } = f;
  const x = Float64Array.from(rhs);
  // The rows of L were swapped with the pivots, so all swaps come first.
  for (let k = 0; k < size; k++) {
    const p = pivots[k]!;
    if (p !== k) [x[k], x[p]] = [x[p]!, x[k]!];
  }
  for (let k = 0; k < size; k++) {
    for (let i = k + 1; i < size; i++) x[i]! -= lu[i * size + k]! * x[k]!;
  }
  for (let k = size - 1; k >= 0; k--) {
    for (let j = k + 1; j < size; j++) x[k]! -= lu[k * size + j]! * x[j]!;
    x[k]! /= lu[k * size + k]!;
  }
  return x;
}

function swapRows(a: Float64Array, size: number, p: number, k: number): void {
  for (let j = 0; j < size; j++) {
    const t = a[p * size + j]!;
    a[p * size + j] = a[k * size + j]!;
    a[k * size + j] = t;
  }
}
