/**
 * Spectra of a residual on the data, in the convention of the LFP
 * equation: F[u_ρ](ξ) = (1/n) Σ_i u(x_i) e^{−2πiξx_i} for the empirical
 * density ρ = (1/n) Σ δ(x − x_i), at ξ_k = k/L, k = 1 … ⌊n/2⌋.
 */
export function frequencyGrid(points: number, period: number): number[] {
  return Array.from({ length: Math.floor(points / 2) }, (_, k) => (k + 1) / period);
}

/** |F[u_ρ](ξ)| at each frequency. */
export function spectrum(u: ArrayLike<number>, xs: ArrayLike<number>,
  frequencies: readonly number[]): number[] {
  const n = xs.length;
  return frequencies.map((xi) => {
    let re = 0;
    let im = 0;
    for (let i = 0; i < n; i++) {
      const phase = 2 * Math.PI * xi * xs[i]!;
      re += u[i]! * Math.cos(phase);
      im -= u[i]! * Math.sin(phase);
    }
    return Math.hypot(re, im) / n;
  });
}

/** Indices of the frequencies whose amplitude is at least `fraction` of the largest. */
export function significant(amplitudes: readonly number[], fraction = 1e-3): number[] {
  const largest = Math.max(...amplitudes);
  return amplitudes.flatMap((a, k) => (a >= fraction * largest && a > 0 ? [k] : []));
}
