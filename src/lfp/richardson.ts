/**
 * Richardson extrapolation to h = 0 of values y(h) = y₀ + c₁h + c₂h² + …,
 * by Neville's scheme for the polynomial through all the points.
 * The operator check uses h = σ_b⁻², because the bias density
 * e^{−b²/2σ_b²}/(√(2π)σ_b) expands in even powers of 1/σ_b.
 */
export function extrapolateToZero(h: readonly number[], y: readonly number[]): number {
  if (h.length !== y.length || h.length === 0) {
    throw new Error('extrapolateToZero needs as many values as abscissae, at least one');
  }
  const p = [...y];
  const n = h.length;
  for (let level = 1; level < n; level++) {
    for (let i = 0; i + level < n; i++) {
      const a = h[i]!;
      const b = h[i + level]!;
      // Value at 0 of the line through (a, p[i]) and (b, p[i+1]).
      p[i] = (b * p[i]! - a * p[i + 1]!) / (b - a);
    }
  }
  return p[0]!;
}
