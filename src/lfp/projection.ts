/**
 * Orthogonal projection, at the data points, onto the residuals that
 * are orthogonal to every polynomial of degree ≤ D in x.
 */

/** Orthonormal basis of the polynomials of degree ≤ D at xs, as columns. */
export function polynomialBasis(xs: Float64Array, degree: number): Float64Array[] {
  const n = xs.length;
  const mean = xs.reduce((s, x) => s + x, 0) / n;
  const scale = Math.max(...xs.map((x) => Math.abs(x - mean))) || 1;
  const basis: Float64Array[] = [];
  for (let k = 0; k <= degree && k < n; k++) {
    const v = xs.map((x) => ((x - mean) / scale) ** k);
    // Two passes of Gram–Schmidt keep the basis orthogonal to rounding.
    for (let pass = 0; pass < 2; pass++) {
      for (const q of basis) subtract(v, q, dot(v, q));
    }
    const norm = Math.sqrt(dot(v, v));
    if (norm > 1e-10) basis.push(v.map((e) => e / norm));
  }
  return basis;
}

const dot = (a: Float64Array, b: Float64Array) =>
  a.reduce((s, e, i) => s + e * b[i]!, 0);

function subtract(v: Float64Array, q: Float64Array, c: number): void {
  for (let i = 0; i < v.length; i++) v[i]! -= c * q[i]!;
}

/** P v with P = I − Q Qᵀ. */
export function project(v: ArrayLike<number>, xs: Float64Array,
  degree: number): Float64Array {
  const out = Float64Array.from(v);
  for (const q of polynomialBasis(xs, degree)) subtract(out, q, dot(out, q));
  return out;
}

/** P M P for a symmetric n×n matrix M, row-major. */
export function projectMatrix(m: Float64Array, xs: Float64Array,
  degree: number): Float64Array {
  const n = xs.length;
  if (degree < 0) return Float64Array.from(m);
  const rows = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    rows.set(project(m.subarray(i * n, (i + 1) * n), xs, degree), i * n);
  }
  // M P is done; P (M P) = ((M P)ᵀ P)ᵀ, and M P P = M P, so P M P is
  // the projection of each column of M P, which by symmetry is each row.
  const out = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    const column = Float64Array.from({ length: n }, (_, i) => rows[i * n + j]!);
    const p = project(column, xs, degree);
    for (let i = 0; i < n; i++) out[i * n + j] = p[i]!;
  }
  return out;
}
