/**
 * Bernoulli numbers B_2, B_4, … as exact fractions, from the tangent
 * numbers T_k (1, 2, 16, 272, …) by the in-place integer algorithm of
 * Brent and Harvey, "Fast computation of Bernoulli, tangent and secant
 * numbers" (arXiv:1108.0286), and
 *   B_2k = (−1)^(k−1) 2k T_k / (4^k (4^k − 1)),
 * which test/precise/special.test.ts checks against B_2 … B_16.
 * Results are cached: the list only grows, and entries never change.
 */

export interface Fraction {
  readonly num: bigint;
  readonly den: bigint;
}

/** Computes T_1 … T_n in O(n²) additions and small multiplications. */
function tangentNumbers(n: number): bigint[] {
  const t: bigint[] = new Array<bigint>(n + 1).fill(0n);
  t[1] = 1n;
  for (let k = 2; k <= n; k++) t[k] = BigInt(k - 1) * t[k - 1]!;
  for (let k = 2; k <= n; k++) {
    for (let j = k; j <= n; j++) {
      t[j] = BigInt(j - k) * t[j - 1]! + BigInt(j - k + 2) * t[j]!;
    }
  }
  return t;
}

let cached: Fraction[] = [];

/** Returns B_2k for k = 1 … count at index k − 1, not reduced to lowest terms. */
export function evenBernoulli(count: number): readonly Fraction[] {
  if (count <= cached.length) return cached;
  const n = Math.max(count, 2 * cached.length, 16);
  const t = tangentNumbers(n);
  const list: Fraction[] = [];
  for (let k = 1; k <= n; k++) {
    const fourK = 1n << BigInt(2 * k);
    const num = BigInt(2 * k) * t[k]!;
    list.push({ num: k % 2 === 1 ? num : -num, den: fourK * (fourK - 1n) });
  }
  cached = list;
  return cached;
}
