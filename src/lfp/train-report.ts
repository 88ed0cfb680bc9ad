/**
 * Text and JSON forms of `lfp train`. Besides the three learning curves
 * (network, NTK, LFP model), the report splits the difference between
 * the network and the LFP model into its two sources. The finite width
 * is measured by the repeat runs at smaller widths. The finite σ_b is
 * the difference between the NTK and the LFP model.
 */
import type { Derivation } from '../derive.js';
import type { TrainingData } from './data.js';
import type { Training, WidthRun } from './train.js';
import { LEARNED_FRACTION } from './convergence.js';
import { dataJson, g, header, lfpOrder, polynomialNote } from './reports.js';

/**
 * Slope of log(max ‖f − f_NTK‖/‖y‖) against log(width): about −1/2
 * when the kernel's fluctuation at initialisation dominates.
 */
export function widthExponent(runs: readonly WidthRun[]): number | null {
  const points = runs.filter((r) => r.maxRelDifference > 0)
    .map((r) => [Math.log(r.width), Math.log(r.maxRelDifference)] as const);
  if (new Set(points.map((p) => p[0])).size < 2) return null;
  const mx = points.reduce((s, p) => s + p[0], 0) / points.length;
  const my = points.reduce((s, p) => s + p[1], 0) / points.length;
  let sxy = 0;
  let sxx = 0;
  for (const [x, y] of points) {
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
  }
  return sxy / sxx;
}

/** (a − b)/b, or null when either is missing. */
const relative = (a: number | null, b: number | null) =>
  (a === null || b === null || b === 0 ? null : (a - b) / b);

const percent = (v: number | null) =>
  (v === null ? '-' : `${v >= 0 ? '+' : '−'}${Math.abs(100 * v).toFixed(1)} %`);

export function trainJson(d: Derivation, data: TrainingData, r: Training) {
  const last = r.checkpoints[r.checkpoints.length - 1]!;
  return {
    ...header(d), data: dataJson(data), width: r.width, steps: r.steps, seed: r.seed,
    sigmaB: r.sigmaB, learningRate: r.learningRate, learnedFraction: LEARNED_FRACTION,
    rows: r.rows.map((row) => ({
      ...row, networkVsLfp: relative(row.measuredTime, row.lfpTime),
    })),
    checkpoints: r.checkpoints, finalRelDifference: last.relDifference,
    finalLfpRelDifference: last.lfpRelDifference,
    ...(r.lfpUnavailable ? { lfpUnavailable: r.lfpUnavailable } : {}),
    lfpDegree: r.lfpDegree, widthRuns: r.widthRuns, widthExponent: widthExponent(r.widthRuns),
    final: {
      xs: Array.from(data.xs), target: Array.from(data.ys),
      network: r.networkValues, ntk: r.ntkValues, lfp: r.lfpValues,
    },
  };
}

export function trainText(d: Derivation, data: TrainingData, r: Training): string {
  return [
    `Network of width ${r.width} (${d.activation.name}) trained on ${data.source}: `
      + `${r.steps} steps of size η = ${r.learningRate.toPrecision(4)}, `
      + `σ_b = ${r.sigmaB}, seed ${r.seed}`,
    ...timesTable(r), '', ...curves(r), '', ...sources(r),
  ].join('\n');
}

function timesTable(r: Training): string[] {
  return [
    `training time (η·steps) until a frequency is at ${LEARNED_FRACTION * 100} % `
      + 'of its start:',
    `  ${'ξ'.padEnd(10)}${'network'.padEnd(14)}${'NTK'.padEnd(14)}`
      + `${'LFP model'.padEnd(14)}network vs LFP`,
    ...r.rows.map((row) => `  ${row.xi.toPrecision(4).padEnd(10)}`
      + `${g(row.measuredTime).padEnd(14)}${g(row.ntkTime).padEnd(14)}`
      + `${g(row.lfpTime).padEnd(14)}${percent(relative(row.measuredTime, row.lfpTime))}`),
    ...(r.lfpUnavailable ? [`  no LFP prediction: ${r.lfpUnavailable}`] : []),
    ...polynomialNote(r.lfpDegree, r.rows.map((row) => row.lfpTime)),
    ...stepsNeeded(r),
  ];
}

/** When the lowest frequency is not reached, the steps the NTK needs for it. */
function stepsNeeded(r: Training): string[] {
  const first = r.rows[0];
  if (!first || first.measuredTime !== null || first.ntkTime === null) return [];
  const steps = Math.ceil(first.ntkTime / r.learningRate);
  return [`  ξ = ${first.xi.toPrecision(4)} needs about ${steps} steps under the NTK; `
    + 'raise --steps, or lower --sigma-b (the step size falls as σ_b grows)'];
}

function curves(r: Training): string[] {
  const xis = r.rows.map((row) => row.xi.toPrecision(3)).join(', ');
  const lines = [
    'step      loss (network)  ‖f − f_NTK‖/‖y‖  ‖f − f_LFP‖/‖y‖  '
      + `amplitudes at ξ = ${xis}: network | NTK | LFP`,
  ];
  const e = (a: number[]) => a.map((v) => v.toExponential(2)).join(' ');
  for (const c of r.checkpoints) {
    const lfp = c.lfpRelDifference === null ? '-' : c.lfpRelDifference.toExponential(2);
    lines.push(`${String(c.step).padEnd(10)}${c.networkLoss.toExponential(3).padEnd(16)}`
      + `${c.relDifference.toExponential(2).padEnd(17)}${lfp.padEnd(17)}`
      + `${e(c.networkAmplitudes)} | ${e(c.ntkAmplitudes)} | ${e(c.lfpAmplitudes)}`);
  }
  return lines;
}

/** Returns the lines on the finite-width and finite-σ_b parts of the difference. */
function sources(r: Training): string[] {
  const first = r.rows[0];
  const xi = first ? `ξ = ${first.xi.toPrecision(4)}` : 'the lowest frequency';
  const lines = [
    `finite width (same seed, steps and η): the network against the NTK at ${xi}`,
    `  ${'width'.padEnd(10)}${'time'.padEnd(14)}${'vs NTK'.padEnd(12)}`
      + 'largest ‖f − f_NTK‖/‖y‖',
    ...r.widthRuns.map((w) => `  ${String(w.width).padEnd(10)}`
      + `${g(w.measuredTimes[0] ?? null).padEnd(14)}`
      + `${percent(relative(w.measuredTimes[0] ?? null, first?.ntkTime ?? null)).padEnd(12)}`
      + w.maxRelDifference.toExponential(2)),
  ];
  const slope = widthExponent(r.widthRuns);
  if (slope !== null) {
    lines.push(`  the largest difference falls like m^${slope.toFixed(2)} over these widths `
      + '(the spread of the kernel at initialisation gives m^-0.5)');
  }
  if (first) {
    lines.push(`finite σ_b: the NTK differs from the LFP model by `
      + `${percent(relative(first.ntkTime, first.lfpTime))} at ${xi}; this part is `
      + `${lfpOrder(r.lfpDegree)} and does not depend on the width`);
  }
  return lines;
}
