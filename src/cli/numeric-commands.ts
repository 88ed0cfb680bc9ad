/** `lfp fourier` and `lfp kernel`: values at a list of frequencies. */
import type { Command } from 'commander';
import type { Io } from './run.js';
import { printJson } from './run.js';
import { withKernelOptions } from './main.js';
import { derive, type DeriveOptions } from '../derive.js';
import { InputError, NotDerivableError } from '../errors.js';
import { transformAt } from '../evaluate/transforms.js';
import { coefficientAt, magnitudeText } from '../evaluate/coefficients.js';

type Runner = (body: () => number | Promise<number>) => Promise<void>;

const MAX_POINTS = 10000;

type Flags = DeriveOptions & { xi?: string; json?: boolean };

/** Parses "0.5,1,2" into numbers, naming the entry that is not one. */
export function parseXiList(text: string | undefined): number[] {
  if (text === undefined || text.trim() === '') {
    throw new InputError('--xi is missing: give a comma-separated list of frequencies, e.g. --xi 0.5,1,2');
  }
  const parts = text.split(',').map((s) => s.trim());
  if (parts.length > MAX_POINTS) throw new InputError(`--xi has ${parts.length} entries; the limit is ${MAX_POINTS}`);
  return parts.map((p) => {
    const v = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(p) ? Number(p) : Number.NaN;
    if (!Number.isFinite(v)) throw new InputError(`--xi entry "${p}" is not a finite number`);
    return v;
  });
}

export function registerNumericCommands(program: Command, io: Io, run: Runner): void {
  withKernelOptions(program.command('fourier <activation>'))
    .description('values of the regular parts of F[σ] and F[σ\'] at ξ ≠ 0')
    .option('--xi <list>', 'comma-separated frequencies ξ')
    .action((spec: string, flags) => run(() => fourierCommand(io, spec, flags)));

  withKernelOptions(program.command('kernel <activation>'))
    .description('σ_b·A(ξ) and σ_b·B(ξ) at the given |ξ|')
    .option('--xi <list>', 'comma-separated frequencies |ξ| > 0')
    .action((spec: string, flags) => run(() => kernelCommand(io, spec, flags)));
}

function fourierCommand(io: Io, spec: string, flags: Flags): number {
  const xs = parseXiList(flags.xi);
  const d = derive(spec, flags);
  const points = xs.map((xi) => transformAt(d, xi));
  const method = points[0]?.method ?? 'closed form';
  if (flags.json) {
    printJson(io, { activation: d.activation.name, method, points: points.map((p) => ({ xi: String(p.xi), sigma: p.sigma, dsigma: p.dsigma, ...(p.error !== undefined ? { error: p.error } : {}) })) });
    return 0;
  }
  io.out(`F[sigma] and F[sigma'] of ${d.activation.name} (${method})`);
  for (const p of points) {
    io.out(`xi = ${p.xi}: F[sigma] = ${p.sigma.re} + ${p.sigma.im} i,  F[sigma'] = ${p.dsigma.re} + ${p.dsigma.im} i`);
  }
  return 0;
}

function kernelCommand(io: Io, spec: string, flags: Flags): number {
  const xs = parseXiList(flags.xi);
  const d = derive(spec, flags);
  if (d.degenerate) throw new NotDerivableError(`${d.activation.name}: ${d.degenerate.reason}`);
  if (!d.kernel) {
    throw new NotDerivableError(`${d.activation.name} has no closed-form transform; `
      + 'its coefficients are available through lfp verify, which integrates numerically');
  }
  const points = xs.map((xi) => {
    if (xi === 0) throw new InputError('|ξ| = 0 is invalid: A and B are singular or undefined at ξ = 0');
    const a = coefficientAt(d.kernel!.A, Math.abs(xi));
    const b = coefficientAt(d.kernel!.B, Math.abs(xi));
    return { xi: String(xi), A: magnitudeText(a), B: magnitudeText(b), method: a.method };
  });
  if (flags.json) {
    printJson(io, { activation: d.activation.name, options: { dim: d.options.dim }, scaling: 'sigma_b times the coefficient', points });
    return 0;
  }
  io.out(`sigma_b*A and sigma_b*B of ${d.activation.name}, d = ${d.options.dim}`);
  for (const p of points) io.out(`|xi| = ${p.xi}: A = ${p.A}  B = ${p.B}   [${p.method}]`);
  return 0;
}
