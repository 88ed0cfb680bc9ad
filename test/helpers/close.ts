/**
 * The one tolerance check of the test suite.
 *
 * `assertClose(got, want, { rel, abs }, label)` passes when
 * |got − want| ≤ max(abs, rel·|want|). Both tolerances are required, so
 * every comparison states what it accepts near zero as well as far from
 * it. Equal infinities pass; NaN never does.
 */
export interface Tolerance {
  /** Maximum error relative to |want|. */
  rel: number;
  /** Maximum absolute error. */
  abs: number;
}

export function assertClose(got: number, want: number, tol: Tolerance,
  label: string): void {
  if (Number.isNaN(got) || Number.isNaN(want)) {
    throw new Error(`${label}: got ${got}, want ${want}; NaN is never close`);
  }
  if (got === want) return;
  const diff = Math.abs(got - want);
  const allowed = Math.max(tol.abs, tol.rel * Math.abs(want));
  if (!(diff <= allowed)) {
    const relative = want === 0 ? Infinity : diff / Math.abs(want);
    throw new Error(
      `${label}: got ${got}, want ${want}; |got − want| = ${diff.toExponential(2)} ` +
      `(relative ${relative.toExponential(2)}) exceeds the allowed ` +
      `${allowed.toExponential(2)} (rel ${tol.rel}, abs ${tol.abs})`);
  }
}
