/** `lfp fourier` and `lfp kernel`: values at a list of frequencies. */
import type { Command } from 'commander';
import type { Io } from './run.js';
import { printJson } from './run.js';
import { withKernelOptions } from './main.js';
import { numericalCoefficients } from '../evaluate/numerical-kernel.js';
import { derive, type DeriveOptions, type Derivation } from '../derive.js';
import { InputError, NotDerivableError } from '../errors.js';
import { transformAt } from '../evaluate/transforms.js';
import { coefficientAt, magnitudeText } from '../evaluate/coefficients.js';
import type { CoefficientForms } from '../kernel/forms.js';
import {
  type ComplexDigits, type KernelRow, type TransformRow, kernelRows, transformRows,
} from '../evaluate/precise-report.js';
import { registerCodegenCommand } from '../codegen/command.js';

type Runner = (body: () => number | Promise<number>) => Promise<void>;

const MAX_POINTS = 10000;

/**
 * The largest --digits accepted, to bound the work of one request:
 * `kernel tanh --xi 1000` took 6 s at 100 digits and 16 s at 200 digits
 * on a shared 2-core machine, growing faster than linearly.
 */
export const MAX_CLI_DIGITS = 1000;

type Flags = DeriveOptions & { xi?: string; json?: boolean; digits?: string };

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Splits "0.5,1,2" into its entries, naming the entry that is not a number. */
export function parseXiTexts(text: string | undefined): string[] {
  if (text === undefined || text.trim() === '') {
    throw new InputError('--xi is missing: give a comma-separated list of ' +
      'frequencies, e.g. --xi 0.5,1,2');
  }
  const parts = text.split(',').map((s) => s.trim());
  if (parts.length > MAX_POINTS) {
    throw new InputError(`--xi has ${parts.length} entries; the limit is ${MAX_POINTS}`);
  }
  for (const p of parts) {
    if (!DECIMAL.test(p) || !Number.isFinite(Number(p))) {
      throw new InputError(`--xi entry "${p}" is not a finite number`);
    }
  }
  return parts;
}

/** Parses "0.5,1,2" into numbers, naming the entry that is not one. */
export function parseXiList(text: string | undefined): number[] {
  return parseXiTexts(text).map(Number);
}

/** Parses --digits: an integer from 1 to MAX_CLI_DIGITS, or undefined when absent. */
export function parseDigits(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const digits = /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
  if (!(Number.isInteger(digits) && digits >= 1 && digits <= MAX_CLI_DIGITS)) {
    throw new InputError(`--digits = "${text}" is invalid: expected an integer ` +
      `from 1 to ${MAX_CLI_DIGITS}`);
  }
  return digits;
}

const DIGITS_HELP = 'print only correct digits, at most this many significant ' +
  `digits (1 to ${MAX_CLI_DIGITS}), from arbitrary-precision evaluation`;

export function registerNumericCommands(program: Command, io: Io, run: Runner): void {
  withKernelOptions(program.command('fourier <activation>'))
    .description('values of the regular parts of F[σ] and F[σ\'] at ξ ≠ 0')
    .option('--xi <list>', 'comma-separated frequencies ξ')
    .option('--digits <n>', DIGITS_HELP)
    .action((spec: string, flags) => run(() => fourierCommand(io, spec, flags)));

  withKernelOptions(program.command('kernel <activation>'))
    .description('σ_b·A(ξ) and σ_b·B(ξ) at the given |ξ|')
    .option('--xi <list>', 'comma-separated frequencies |ξ| > 0')
    .option('--digits <n>', DIGITS_HELP)
    .action((spec: string, flags) => run(() => kernelCommand(io, spec, flags)));

  registerCodegenCommand(program, io, run);
}

function fourierCommand(io: Io, spec: string, flags: Flags): number {
  const digits = parseDigits(flags.digits);
  const texts = parseXiTexts(flags.xi);
  const d = derive(spec, flags);
  if (digits !== undefined) return preciseFourier(io, d, texts, digits, flags.json);
  const points = texts.map((xi) => transformAt(d, Number(xi)));
  const method = points[0]?.method ?? 'closed form';
  if (flags.json) {
    const rows = points.map((p) => ({
      xi: String(p.xi), sigma: p.sigma, dsigma: p.dsigma,
      ...(p.error !== undefined ? { error: p.error } : {}),
    }));
    printJson(io, { activation: d.activation.name, method, points: rows });
    return 0;
  }
  io.out(`F[sigma] and F[sigma'] of ${d.activation.name} (${method})`);
  for (const p of points) {
    io.out(`xi = ${p.xi}: F[sigma] = ${signedText(p.sigma)},  ` +
      `F[sigma'] = ${signedText(p.dsigma)}`);
  }
  return 0;
}

/** Returns the coefficient forms, or throws why the activation has none. */
function kernelForms(d: Derivation): CoefficientForms {
  if (d.degenerate) {
    throw new NotDerivableError(`${d.activation.name}: ${d.degenerate.reason}`);
  }
  for (const name of ['A', 'B'] as const) {
    const f = d.kernel?.[name];
    if (f?.kind === 'divergent') {
      throw new NotDerivableError(`${d.activation.name}: σ_b·${name} diverges in d = ${d.options.dim}: ${f.why}`);
    }
  }
  if (!d.kernel) {
    throw new NotDerivableError(`${d.activation.name} has no closed-form transform, so --digits `
      + 'is not available; without --digits lfp kernel computes A and B numerically');
  }
  return d.kernel;
}

/** Checks that no |ξ| is 0 and returns the magnitudes as decimal strings. */
function magnitudes(texts: string[]): string[] {
  return texts.map((xi) => {
    if (Number(xi) === 0) {
      throw new InputError('|ξ| = 0 is invalid: A and B are singular or undefined ' +
        'at ξ = 0');
    }
    return xi.replace(/^[+-]/, '');
  });
}

function kernelCommand(io: Io, spec: string, flags: Flags): number {
  const digits = parseDigits(flags.digits);
  const texts = magnitudes(parseXiTexts(flags.xi));
  const d = derive(spec, flags);
  if (!d.kernel && !d.degenerate && digits === undefined) {
    return numericalKernel(io, d, texts.map(Number), Boolean(flags.json));
  }
  const forms = kernelForms(d);
  if (digits !== undefined) return preciseKernel(io, d, forms, texts, digits, flags.json);
  const points = texts.map((xi) => {
    const a = coefficientAt(forms.A, Number(xi));
    const b = coefficientAt(forms.B, Number(xi));
    return { xi, A: magnitudeText(a), B: magnitudeText(b), method: a.method };
  });
  if (flags.json) {
    printJson(io, {
      activation: d.activation.name, options: { dim: d.options.dim },
      scaling: 'sigma_b times the coefficient', points,
    });
    return 0;
  }
  io.out(`sigma_b*A and sigma_b*B of ${d.activation.name}, d = ${d.options.dim}`);
  for (const p of points) {
    io.out(`|xi| = ${p.xi}: A = ${p.A}  B = ${p.B}   [${p.method}]`);
  }
  return 0;
}

/** Formats a complex value as "re + im i", noting parts with fewer digits. */
function complexText(z: ComplexDigits, digits: number): string {
  const notes = [
    z.reDigits < digits ? `re: ${z.reDigits} correct digits` : '',
    z.imDigits < digits ? `im: ${z.imDigits} correct digits` : '',
  ].filter(Boolean);
  const note = notes.length ? ` [${notes.join(', ')}]` : '';
  return `${signedText(z)}${note}`;
}

/** "a + b i", or "a - b i" when the imaginary part is negative. */
function signedText(z: { re: string; im: string }): string {
  const negative = z.im.startsWith('-');
  const im = negative ? z.im.slice(1) : z.im;
  return `${z.re} ${negative ? '-' : '+'} ${im} i`;
}

function preciseFourier(io: Io, d: Derivation, xis: string[], digits: number,
  json = false): number {
  const rows: TransformRow[] = transformRows(d, xis, digits);
  const method = 'closed form, arbitrary precision';
  if (json) {
    printJson(io, { activation: d.activation.name, method, digits, points: rows });
    return 0;
  }
  io.out(`F[sigma] and F[sigma'] of ${d.activation.name} (${method}; ` +
    `correct digits only, at most ${digits})`);
  for (const r of rows) {
    io.out(`xi = ${r.xi}: F[sigma] = ${complexText(r.sigma, digits)},  ` +
      `F[sigma'] = ${complexText(r.dsigma, digits)}`);
  }
  return 0;
}

function preciseKernel(io: Io, d: Derivation, forms: CoefficientForms, xis: string[],
  digits: number, json = false): number {
  const rows: KernelRow[] = kernelRows(forms, xis, digits);
  if (json) {
    printJson(io, {
      activation: d.activation.name, options: { dim: d.options.dim }, digits,
      scaling: 'sigma_b times the coefficient', points: rows,
    });
    return 0;
  }
  io.out(`sigma_b*A and sigma_b*B of ${d.activation.name}, d = ${d.options.dim} ` +
    `(correct digits only, at most ${digits})`);
  for (const r of rows) {
    io.out(`|xi| = ${r.xi}: A = ${r.A.value}  B = ${r.B.value}`);
    for (const [name, c] of [['A', r.A], ['B', r.B]] as const) {
      const shortfall = c.digits < digits ? `, only ${c.digits} correct digits` : '';
      io.out(`  ${name}: ${c.method}: ${c.confirmation}${shortfall}`);
    }
  }
  return 0;
}

/** Coefficients of an activation with no closed-form transform, labelled numerical. */
function numericalKernel(io: Io, d: Derivation, xs: number[], json: boolean): number {
  if (io.isTTY && !json) io.err('no closed form: computing the transforms numerically (seconds per point)');
  const points = xs.map((xi) => {
    const c = numericalCoefficients(d, Math.abs(xi));
    return {
      xi: String(xi), A: c.A.toPrecision(7), B: c.B.toPrecision(7), method: c.method,
      relError: c.relError.toExponential(1), converged: c.converged,
    };
  });
  // Exit code 4 means that some value missed its accuracy target.
  const code = points.every((p) => p.converged) ? 0 : 4;
  if (json) {
    printJson(io, {
      activation: d.activation.name, options: { dim: d.options.dim },
      scaling: 'sigma_b times the coefficient', points,
    });
    return code;
  }
  io.out(`sigma_b*A and sigma_b*B of ${d.activation.name}, d = ${d.options.dim} (numerical: no closed form)`);
  for (const p of points) {
    const status = p.converged ? '' : ', not converged';
    io.out(`|xi| = ${p.xi}: A = ${p.A}  B = ${p.B}   [estimated relative error ${p.relError}${status}]`);
  }
  if (code) io.err('lfp: some values did not reach their accuracy target (exit code 4)');
  return code;
}

