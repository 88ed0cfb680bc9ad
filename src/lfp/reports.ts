/** Text and JSON forms of `lfp dynamics`, `lfp train` and `lfp fpnorm`. */
import type { Derivation } from '../derive.js';
import * as Q from '../expr/rational.js';
import type { TrainingData } from './data.js';
import type { Dynamics } from './dynamics.js';
import type { FpNorm } from './fpnorm.js';
import { LEARNED_FRACTION } from './convergence.js';

export const g = (v: number | null, digits = 4) =>
  (v === null ? 'not reached' : v.toPrecision(digits));

export function header(d: Derivation) {
  const w = d.options.weights;
  return {
    activation: d.activation.name,
    options: {
      weights: w.kind === 'gaussian'
        ? { kind: w.kind, sigmaW: Q.toString(w.sigmaW) }
        : { kind: w.kind, r0: Q.toString(w.r0) },
      sigmaA: Q.toString(d.options.sigmaA),
    },
  };
}

/** Returns the interval of the data: the first grid point and that plus L. */
function dataRange(data: TrainingData): string {
  const lo = Math.min(...data.xs);
  return `${lo}, ${lo + data.period})`;
}

export function dataJson(data: TrainingData) {
  return { source: data.source, points: data.xs.length, period: data.period };
}

/** Returns the order in 1/σ_b of the difference between the NTK and the LFP model. */
export function lfpOrder(degree: number | null): string {
  // A mode x with a rate of order 1 couples to the slow modes at order 1/σ_b.
  return degree !== null && degree >= 1 ? 'O(σ_b^-1)' : 'O(σ_b^-2)';
}

/** Lines on what the LFP model takes as learned at once. */
export function polynomialNote(degree: number | null,
  times: readonly (number | null)[]): string[] {
  if (degree === null || degree < 0) return [];
  const part = degree === 0 ? 'its mean' : degree === 1
    ? 'its mean and linear trend'
    : `its polynomial part of degree ≤ ${degree}`;
  const lines = [`  the LFP model takes ${part} as learned at once: the network learns `
    + 'that part σ_b or more times faster than the frequencies above'];
  if (times.some((t) => t === 0)) {
    lines.push('  an LFP time of 0: that frequency of the residual is mostly in this '
      + 'part, which is also why the NTK learns it early');
  }
  return lines;
}

export function dynamicsJson(d: Derivation, data: TrainingData, r: Dynamics) {
  return {
    ...header(d), data: dataJson(data), sigmaB: r.sigmaB,
    learnedFraction: LEARNED_FRACTION, rateRange: r.rateRange,
    frequencies: r.frequencies, rows: r.rows,
    ...(r.lfpUnavailable ? { lfpUnavailable: r.lfpUnavailable } : {}),
    lfpDegree: r.lfpDegree,
    xs: Array.from(data.xs), target: Array.from(data.ys), snapshots: r.snapshots,
  };
}

export function dynamicsText(d: Derivation, data: TrainingData, r: Dynamics): string {
  const lines = [
    `Infinite-width training of ${d.activation.name} on ${data.source}, `
      + `σ_b = ${r.sigmaB}`,
    `data on [${dataRange(data)}; amplitude |F[u_ρ](ξ)| = |(1/n) Σ u(x_i) `
      + 'e^{−2πiξx_i}| of the residual u = f − y',
    '(half the amplitude of a sine), at the frequencies ξ = k/L whose amplitude is '
      + 'at least 1e-3 of the largest',
    `time (of gradient flow on the loss (1/2n) Σ u_i²) until the amplitude is `
      + `${LEARNED_FRACTION * 100} % of its start:`,
    `  ${'ξ'.padEnd(10)}${'amplitude'.padEnd(12)}${'NTK'.padEnd(14)}LFP model`,
    ...r.rows.map((row) => `  ${row.xi.toPrecision(4).padEnd(10)}`
      + `${row.initial.toPrecision(3).padEnd(12)}${g(row.ntkTime).padEnd(14)}`
      + g(row.lfpTime)),
    ...(r.lfpUnavailable ? [`  no LFP prediction: ${r.lfpUnavailable}`] : []),
    ...polynomialNote(r.lfpDegree, r.rows.map((row) => row.lfpTime)),
    '', 'residual at chosen times (rms, and amplitude at the frequencies above):',
  ];
  const ks = r.rows.map((row) => r.frequencies.indexOf(row.xi));
  for (const s of r.snapshots) {
    const amplitudes = ks.map((k) => s.spectrum[k]!.toExponential(2)).join('  ');
    const time = s.time.toPrecision(4).padEnd(10);
    lines.push(`  t = ${time} rms ${s.rmsResidual.toExponential(2)}   ${amplitudes}`);
  }
  lines.push('', 'the learned function at every time is in the JSON output (--json)');
  return lines.join('\n');
}

export function fpnormJson(data: TrainingData, norms: FpNorm[],
  skipped: { activation: string; reason: string }[]) {
  return {
    data: dataJson(data),
    definition: 'L·Σ_{k≠0} |c_k|²/A(k/L), A = G_σ + σ_a² G_σ\' (σ_b-free)',
    ranking: norms.map((n) => ({
      activation: n.activation, log10Squared: n.log10Squared,
      squared: Number.isFinite(n.squared) ? n.squared : null, terms: n.terms,
    })),
    skipped,
  };
}

export function fpnormText(data: TrainingData, norms: FpNorm[],
  skipped: { activation: string; reason: string }[]): string {
  const lines = [
    `FP-norm ‖h‖² = L·Σ_{k≠0} |c_k|²/A(k/L) of ${data.source}, period L = ${data.period}`,
    '(smaller is learned faster. A is σ_b-free, so the norm with 1/σ_b is σ_b times '
      + 'this)',
    `  ${'activation'.padEnd(26)}${'log10 ‖h‖²'.padEnd(14)}largest term at ξ`,
  ];
  for (const n of norms) {
    if (n.terms.length === 0) {
      lines.push(`  ${n.activation.padEnd(25)} 0 (the target is constant on its interval)`);
      continue;
    }
    const top = n.terms.reduce((a, b) => (b.share > a.share ? b : a));
    lines.push(`  ${n.activation.padEnd(25)} ${n.log10Squared.toFixed(4).padEnd(14)}`
      + `${top.xi.toPrecision(4)} (${(100 * top.share).toFixed(1)} %)`);
  }
  for (const s of skipped) {
    lines.push(`  ${s.activation.padEnd(25)} skipped: ${s.reason}`);
  }
  return lines.join('\n');
}
