/**
 * A standalone TypeScript module with evaluators of one derivation:
 * double-precision F[σ], F[σ'] (complex, and real and imaginary parts),
 * σ_b·A and σ_b·B, and decimal.js versions of every closed form. Radial
 * integrals get self-contained quadratures, one in doubles and one in
 * decimal.js (radial.ts). The module imports only decimal.js.
 */
import type { Derivation } from '../derive.js';
import type { Expr } from '../expr/tree.js';
import { toText } from '../expr/print.js';
import * as Q from '../expr/rational.js';
import type { CoefficientForm } from '../kernel/forms.js';
import { doubleHelpers, doubleLines } from './emit-double.js';
import { decimalHelpers, decimalLines } from './emit-decimal.js';
import { UnsupportedError } from './errors.js';
import { lower } from './lower.js';
import {
  GUARD_DIGITS, type Piece, decimalPreamble, helpersOf, indent, realResult,
} from './piece.js';
import { radialDecimal, radialDouble } from './radial.js';
import { HELPERS } from './runtime.js';

export { GUARD_DIGITS };

export interface GeneratedModule {
  readonly source: string;
  /** Names of the exported functions. */
  readonly functions: readonly string[];
  /** Functions that could not be generated, with why. */
  readonly skipped: readonly string[];
}

function transformDouble(name: string, e: Expr): Piece {
  const lowered = lower(e, ['xi']);
  const value = lowered.complex ? lowered.result : `{ re: ${lowered.result}, im: 0 }`;
  const code = [
    `/** The regular part ${toText(e)} at xi ≠ 0, in doubles. */`,
    `export function ${name}(xi: number): Complex {`,
    ...indent(doubleLines(lowered)),
    `  return ${value};`,
    '}',
    '',
    `export function ${name}Re(xi: number): number {`,
    `  return ${name}(xi).re;`,
    '}',
    '',
    `export function ${name}Im(xi: number): number {`,
    `  return ${name}(xi).im;`,
    '}',
  ].join('\n');
  return { code, name, helpers: helpersOf(lowered, doubleHelpers) };
}

function transformDecimal(name: string, e: Expr): Piece {
  const lowered = lower(e, ['xi'], 'd');
  const result = lowered.complex ? lowered.result : `dcplx(${lowered.result})`;
  const code = [
    `/** ${toText(e)} in decimal.js, rounded to \`digits\` significant digits. */`,
    `export function ${name}(xi: Decimal.Value, digits: number): DecimalComplex {`,
    ...decimalPreamble(),
    ...indent(decimalLines(lowered, () => 'xiValue')),
    `  const value = ${result};`,
    '  return {',
    '    re: value.re.toSignificantDigits(digits),',
    '    im: value.im.toSignificantDigits(digits),',
    '  };',
    '}',
  ].join('\n');
  const helpers = [...helpersOf(lowered, decimalHelpers), 'decimalComplex'];
  return { code, name, helpers };
}

function closedDouble(name: string, e: Expr): Piece {
  const lowered = lower(e, ['xi']);
  const code = [
    `/** ${toText(e)}, in doubles. */`,
    `export function ${name}(xi: number): number {`,
    ...indent(doubleLines(lowered)),
    `  return ${realResult(lowered)};`,
    '}',
  ].join('\n');
  return { code, name, helpers: helpersOf(lowered, doubleHelpers) };
}

function closedDecimal(name: string, e: Expr): Piece {
  const lowered = lower(e, ['xi'], 'd');
  const value = lowered.complex ? `${lowered.result}.re` : lowered.result;
  const code = [
    `/** ${toText(e)} in decimal.js, rounded to \`digits\` significant digits. */`,
    `export function ${name}(xi: Decimal.Value, digits: number): Decimal {`,
    ...decimalPreamble(),
    ...indent(decimalLines(lowered, () => 'xiValue')),
    `  return ${value}.toSignificantDigits(digits);`,
    '}',
  ].join('\n');
  return { code, name, helpers: helpersOf(lowered, decimalHelpers) };
}

/** Runs a generator, recording why it failed instead of stopping the module. */
function attempt(make: () => Piece, name: string, skipped: string[]): Piece[] {
  try {
    return [make()];
  } catch (error) {
    if (!(error instanceof UnsupportedError)) throw error;
    skipped.push(`${name}: ${error.message}`);
    return [];
  }
}

function coefficientPieces(label: 'A' | 'B', form: CoefficientForm,
  skipped: string[]): Piece[] {
  const name = `coefficient${label}`;
  if (form.kind === 'divergent') {
    skipped.push(`${name}: the coefficient diverges (${form.why})`);
    return [];
  }
  if (form.kind === 'radial-integral') {
    const { prefactor, integrand } = form;
    return [
      ...attempt(() => radialDouble(name, prefactor, integrand), name, skipped),
      ...attempt(() => radialDecimal(name, prefactor, integrand), `${name}Decimal`,
        skipped),
    ];
  }
  return [
    ...attempt(() => closedDouble(name, form.expr), name, skipped),
    ...attempt(() => closedDecimal(`${name}Decimal`, form.expr), `${name}Decimal`,
      skipped),
  ];
}

function header(d: Derivation, command: string): string {
  const o = d.options;
  const weights = o.weights.kind === 'gaussian'
    ? `Gaussian weights, sigma_w = ${Q.toString(o.weights.sigmaW)}`
    : `sphere weights, r0 = ${Q.toString(o.weights.r0)}`;
  return [
    '/**',
    ` * Evaluators for ${d.activation.name}, sigma(x) = ${toText(d.expression)},`,
    ' * generated by',
    ` *   ${command}`,
    ' * Regenerate them instead of editing this file.',
    ` * Input dimension d = ${o.dim}, ${weights}, sigma_a = ${Q.toString(o.sigmaA)}.`,
    ' *',
    ' * Convention: F[f](xi) = ∫ f(x) e^(−2πi xi x) dx; the F functions return the',
    ' * regular part at xi ≠ 0 (point terms at 0 are not included). The',
    ' * coefficient functions return sigma_b·A(|xi|) and sigma_b·B(|xi|). Double',
    ' * versions return 0 where the value is below the double range. Decimal',
    ` * versions work with ${GUARD_DIGITS} guard digits and round once at the end.`,
    ' * Severe cancellation can still cost digits. Decimal integrals over r',
    ' * estimate their error and throw an Error when it exceeds the requested',
    ' * digits.',
    ' */',
    "import { Decimal } from 'decimal.js';",
    '',
    'export interface Complex {',
    '  readonly re: number;',
    '  readonly im: number;',
    '}',
    '',
    'export interface DecimalComplex {',
    '  readonly re: Decimal;',
    '  readonly im: Decimal;',
    '}',
  ].join('\n');
}

/** Generates the module for a derivation; `command` is quoted in its header. */
export function generateModule(d: Derivation, command: string): GeneratedModule {
  const skipped: string[] = [];
  const pieces: Piece[] = [];
  const t = d.transform;
  if (t.kind === 'closed' && !d.degenerate) {
    for (const [name, e] of [['fourierSigma', t.sigma.regular],
      ['fourierDsigma', t.dsigma.regular]] as const) {
      pieces.push(...attempt(() => transformDouble(name, e), name, skipped));
      pieces.push(...attempt(() => transformDecimal(`${name}Decimal`, e),
        `${name}Decimal`, skipped));
    }
  } else {
    skipped.push(`transforms: ${d.degenerate?.reason ?? 'no closed-form transform'}`);
  }
  if (d.kernel) {
    pieces.push(...coefficientPieces('A', d.kernel.A, skipped));
    pieces.push(...coefficientPieces('B', d.kernel.B, skipped));
  }
  const helpers = [...new Set(pieces.flatMap((p) => p.helpers))].sort();
  const notes = skipped.map((s) => `// Not generated: ${s}`);
  const source = [
    header(d, command), '', ...notes, ...(notes.length ? [''] : []),
    pieces.map((p) => p.code).join('\n\n'),
    ...helpers.map((h) => HELPERS[h]!),
  ].join('\n');
  const functions = pieces.flatMap((p) => p.code.match(/export function (\w+)/g) ?? [])
    .map((m) => m.replace('export function ', ''));
  return { source: `${source.trimEnd()}\n`, functions, skipped };
}
