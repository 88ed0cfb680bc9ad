/** Text and JSON forms of the operator check. */
import type { Derivation } from '../derive.js';
import * as Q from '../expr/rational.js';
import type { OperatorCheck, OperatorPoint } from './operator.js';

function optionsJson(d: Derivation) {
  const w = d.options.weights;
  return {
    dim: d.options.dim,
    weights: w.kind === 'gaussian'
      ? { kind: w.kind, sigmaW: Q.toString(w.sigmaW) }
      : { kind: w.kind, r0: Q.toString(w.r0) },
    sigmaA: Q.toString(d.options.sigmaA),
  };
}

export function operatorJson(d: Derivation, check: OperatorCheck, tolerance: number) {
  return {
    activation: d.activation.name,
    options: optionsJson(d),
    testFunction: { formula: `exp(-x^2/2)*cos(${check.omega}*x)`, omega: check.omega },
    sigmaBs: check.sigmaBs,
    weightNodes: check.weightNodes,
    points: check.points,
    worstExtrapolated: check.worstExtrapolated,
    tolerance,
    pass: check.worstExtrapolated <= tolerance,
  };
}

const e = (v: number, digits = 3) => v.toExponential(digits);

export function operatorText(d: Derivation, check: OperatorCheck,
  tolerance: number): string {
  const lines = [
    `Operator check for ${d.activation.name}, d = 1, `
      + `σ_a = ${Q.toString(d.options.sigmaA)}, `
      + `test function u(x) = exp(−x²/2)·cos(${check.omega}x)`,
    'kernel: F[∫K(x,x\')u(x\')dx\'](ξ) by quadrature over w, b and x\'',
    'LFP:    (1/σ_b)[A(ξ)F[u](ξ) − ∂_ξ(B(ξ)∂_ξF[u](ξ))]',
  ];
  for (const p of check.points) lines.push('', ...pointLines(p));
  const verdict = check.worstExtrapolated <= tolerance ? 'PASS' : 'FAIL';
  lines.push('', `${verdict}: largest extrapolated relative error `
    + `${e(check.worstExtrapolated, 2)} (tolerance ${e(tolerance, 0)})`);
  return lines.join('\n');
}

function pointLines(p: OperatorPoint): string[] {
  const out = [
    `ξ = ${p.xi}`,
    `  ${'σ_b'.padEnd(8)}${'kernel'.padEnd(22)}${'LFP'.padEnd(22)}relative error`,
  ];
  for (const r of p.rows) {
    out.push(`  ${String(r.sigmaB).padEnd(8)}${e(r.kernel, 12).padEnd(22)}`
      + `${e(r.lfp, 12).padEnd(22)}${e(r.relError)}`);
  }
  const orders = p.observedOrders.map((o) => o.toFixed(2)).join(', ');
  const x = p.extrapolated;
  out.push(`  σ_b → ∞ (σ_b·value): ${e(x.kernel, 12)}  ${e(x.lfp, 12)}  `
    + e(x.relError));
  out.push(`  error falls like σ_b^−p with p = ${orders}; by channel: `
    + `σ ${e(p.channels.sigma.relError, 1)}, σ'·1 ${e(p.channels.constant.relError, 1)}, `
    + `σ'·xx' ${e(p.channels.linear.relError, 1)}`);
  return out;
}
