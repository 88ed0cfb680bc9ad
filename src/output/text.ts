/** A readable plain-text account of a derivation, for the terminal. */
import { toText } from '../expr/print.js';
import type { Derivation } from '../derive.js';
import { coefficientJson, distributionJson, lawJson } from './json.js';
import * as Q from '../expr/rational.js';

export const CONVENTION = 'F[f](xi) = integral of f(x) exp(-2 pi i xi x) dx over R';

export function derivationText(d: Derivation): string {
  const lines: string[] = [];
  lines.push(`activation    ${d.activation.name}`);
  lines.push(`sigma(x)      = ${toText(d.expression)}`);
  lines.push(`sigma'(x)     = ${toText(d.derivative)}`);
  lines.push('', `Fourier transforms (${CONVENTION})`);
  lines.push(...transformLines(d));
  if (d.degenerate) lines.push('', `degenerate: ${d.degenerate.reason}`);
  if (d.kernel) lines.push('', ...kernelLines(d));
  if (d.laws) lines.push('', ...lawLines(d));
  else if (d.transform.kind === 'numerical') {
    lines.push('', 'LFP coefficients: no closed form; lfp kernel computes them numerically.',
      'Decay laws: not derived, because they need the closed-form transform.');
  }
  return lines.join('\n');
}

function transformLines(d: Derivation): string[] {
  const t = d.transform;
  if (t.kind !== 'closed') {
    const label = t.kind === 'numerical' ? 'no closed form; evaluated numerically' : 'does not exist';
    return [`  ${label}: ${t.reason}`];
  }
  const out = [
    `  F[sigma](xi)  = ${distributionJson(t.sigma).text}`,
    `  F[sigma'](xi) = ${distributionJson(t.dsigma).text}`,
    `  rules: ${t.rules.join(', ')}`,
  ];
  if (t.pointsUnknown) out.push(`  point terms at xi = 0 not determined: ${t.pointsUnknown}`);
  return out;
}

function kernelLines(d: Derivation): string[] {
  const o = d.options;
  const w = o.weights.kind === 'gaussian'
    ? `Gaussian weights, sigma_w = ${Q.toString(o.weights.sigmaW)}`
    : `sphere weights, r0 = ${Q.toString(o.weights.r0)}`;
  const head = `LFP coefficients, sigma_b times A and B (d = ${o.dim}, ${w}, sigma_a = ${Q.toString(o.sigmaA)})`;
  const show = (name: string, f: ReturnType<typeof coefficientJson>) =>
    f.form === 'divergent' ? `  ${name} diverges: ${f.reason}` : `  ${name}(xi) = ${f.text}   [${f.method}]`;
  return [head, show('A', coefficientJson(d.kernel!.A)), show('B', coefficientJson(d.kernel!.B))];
}

function lawLines(d: Derivation): string[] {
  const out = ['Decay laws  C |xi|^-p (log 1/|xi|)^L exp(-c |xi|^beta)'];
  const limits = [['high', '|xi| -> inf'], ['low', '|xi| -> 0']] as const;
  for (const [key, label] of limits) {
    for (const name of ['A', 'B'] as const) {
      const L = lawJson(d.laws![key][name]);
      if (L.status !== 'law') {
        out.push(`  ${name}, ${label}: ${L.status}: ${L.reason}`);
        continue;
      }
      const law = L;
      const C = law.C.exact ? `${law.C.exact} = ${law.C.value}` : `(integral) ${law.C.integral}`;
      out.push(`  ${name}, ${label}: C = ${C}, p = ${law.p.exact}, c = ${law.c.exact}, beta = ${law.beta.exact}`
        + `${law.logPower ? `, L = ${law.logPower}` : ''}   [${law.method}]`);
    }
  }
  return out;
}
