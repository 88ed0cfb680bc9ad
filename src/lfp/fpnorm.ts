/**
 * The FP-norm of a target under the LFP model, ‖h‖² = ∫ |F[h](ξ)|²/A(ξ) dξ:
 * frequencies where A is small are expensive, so a smaller norm means a
 * target that gradient descent learns faster.
 *
 * A target on an interval of length L (a formula sampled on n points, or
 * data) is taken as periodic, so F[h] is a sum of point masses at
 * ξ_k = k/L with the discrete Fourier coefficients c_k, and the norm of
 * one period is L Σ_{k≠0} |c_k|²/A(k/L). The mean (k = 0) is left out,
 * because A has no value at ξ = 0. A is the σ_b-free coefficient
 * G_σ + σ_a² G_σ'; with the 1/σ_b of the LFP operator the norm is σ_b
 * times larger. Values are carried as logarithms, since 1/A reaches
 * 10^300 and beyond for tanh at high frequency.
 */
import type { Derivation } from '../derive.js';
import { NotDerivableError } from '../errors.js';
import { coefficientAt } from '../evaluate/coefficients.js';
import type { TrainingData } from './data.js';

/**
 * Fourier coefficients below this fraction of the largest are taken as
 * zero: a sampled target carries rounding noise near 1e-16 of its size,
 * which 1/A would otherwise turn into the dominant term.
 */
export const NOISE_FLOOR = 1e-13;

export interface FpNorm {
  readonly activation: string;
  /** log10 of ‖h‖². */
  readonly log10Squared: number;
  /** ‖h‖² as a double; Infinity when beyond the double range. */
  readonly squared: number;
  /** Frequencies that contributed, with their share of the norm. */
  readonly terms: { xi: number; log10Term: number; share: number }[];
}

interface Coefficient { xi: number; magnitude2: number }

/** |c_k|² for k = 1 … ⌊n/2⌋, doubled for ±k except at the Nyquist frequency. */
export function periodicCoefficients(data: TrainingData): Coefficient[] {
  const { xs, ys, period } = data;
  const n = xs.length;
  const out: Coefficient[] = [];
  for (let k = 1; k <= Math.floor(n / 2); k++) {
    let re = 0;
    let im = 0;
    for (let i = 0; i < n; i++) {
      const phase = (2 * Math.PI * k * xs[i]!) / period;
      re += ys[i]! * Math.cos(phase);
      im -= ys[i]! * Math.sin(phase);
    }
    const pairs = 2 * k === n ? 1 : 2;
    out.push({ xi: k / period, magnitude2: (pairs * (re * re + im * im)) / (n * n) });
  }
  // Relative to the energy of the data as well, so that a constant target,
  // whose coefficients are all rounding noise, keeps none of them.
  const energy = ys.reduce((s, y) => s + y * y, 0) / n;
  const largest = Math.max(...out.map((c) => c.magnitude2), energy);
  return out.filter((c) => c.magnitude2 > NOISE_FLOOR ** 2 * largest);
}

export function fpNorm(d: Derivation, data: TrainingData): FpNorm {
  const form = d.kernel?.A;
  if (d.degenerate || !form || form.kind === 'divergent') {
    const reason = d.degenerate?.reason ?? (form?.kind === 'divergent' ? form.why
      : 'it has no closed-form Fourier transform');
    throw new NotDerivableError(
      `${d.activation.name} has no LFP coefficient A: ${reason}`);
  }
  const logTerms = periodicCoefficients(data).map((c) => ({
    xi: c.xi,
    // ln(L |c_k|² / A(ξ_k)), with A in extended range.
    ln: Math.log(data.period * c.magnitude2)
      - coefficientAt(form, c.xi).log10 * Math.LN10,
  }));
  if (logTerms.length === 0) {
    // A constant target has no component at ξ ≠ 0: its FP-norm is 0.
    return { activation: d.activation.name, log10Squared: -Infinity, squared: 0, terms: [] };
  }
  const top = Math.max(...logTerms.map((t) => t.ln));
  const sum = logTerms.reduce((s, t) => s + Math.exp(t.ln - top), 0);
  const lnTotal = top + Math.log(sum);
  return {
    activation: d.activation.name,
    log10Squared: lnTotal / Math.LN10,
    squared: Math.exp(lnTotal),
    terms: logTerms.map((t) => ({
      xi: t.xi, log10Term: t.ln / Math.LN10, share: Math.exp(t.ln - lnTotal),
    })),
  };
}
