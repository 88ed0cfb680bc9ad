/**
 * Eigen-decomposition of a real symmetric matrix by the cyclic Jacobi
 * method (Golub and Van Loan, "Matrix Computations", 4th ed., §8.5).
 * Slower than tridiagonal QR for large n, but for the positive
 * semi-definite kernel matrices here it finds the small eigenvalues, on
 * which the slow modes of training depend, to high relative accuracy
 * (Demmel and Veselić, SIAM J. Matrix Anal. Appl. 13, 1992).
 */
export interface SymmetricEigen {
  /** Eigenvalues in decreasing order. */
  readonly values: Float64Array;
  /** Row-major n×n; column m is the unit eigenvector of values[m]. */
  readonly vectors: Float64Array;
}

const MAX_SWEEPS = 60;

export function symmetricEigen(matrix: Float64Array, n: number): SymmetricEigen {
  const a = Float64Array.from(matrix);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  for (let sweep = 0; sweep < MAX_SWEEPS && offDiagonalLarge(a, n); sweep++) {
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) rotate(a, v, n, p, q);
    }
  }
  return sorted(a, v, n);
}

function offDiagonalLarge(a: Float64Array, n: number): boolean {
  let off = 0;
  let diagonal = 0;
  for (let i = 0; i < n; i++) {
    diagonal += a[i * n + i]! ** 2;
    for (let j = i + 1; j < n; j++) off += a[i * n + j]! ** 2;
  }
  return off > 1e-32 * diagonal;
}

/** Zeroes a[p][q] by a plane rotation applied on both sides. */
function rotate(a: Float64Array, v: Float64Array, n: number, p: number, q: number): void {
  const apq = a[p * n + q]!;
  if (apq === 0) return;
  const theta = (a[q * n + q]! - a[p * n + p]!) / (2 * apq);
  const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
  const c = 1 / Math.sqrt(t * t + 1);
  const s = t * c;
  for (let k = 0; k < n; k++) {
    const akp = a[k * n + p]!;
    const akq = a[k * n + q]!;
    a[k * n + p] = c * akp - s * akq;
    a[k * n + q] = s * akp + c * akq;
  }
  for (let k = 0; k < n; k++) {
    const apk = a[p * n + k]!;
    const aqk = a[q * n + k]!;
    a[p * n + k] = c * apk - s * aqk;
    a[q * n + k] = s * apk + c * aqk;
  }
  for (let k = 0; k < n; k++) {
    const vkp = v[k * n + p]!;
    const vkq = v[k * n + q]!;
    v[k * n + p] = c * vkp - s * vkq;
    v[k * n + q] = s * vkp + c * vkq;
  }
}

function sorted(a: Float64Array, v: Float64Array, n: number): SymmetricEigen {
  const order = Array.from({ length: n }, (_, i) => i)
    .sort((i, j) => a[j * n + j]! - a[i * n + i]!);
  const values = Float64Array.from(order, (i) => a[i * n + i]!);
  const vectors = new Float64Array(n * n);
  order.forEach((from, to) => {
    for (let k = 0; k < n; k++) vectors[k * n + to] = v[k * n + from]!;
  });
  return { values, vectors };
}
