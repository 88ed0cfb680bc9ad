/**
 * Generated functions for coefficients that are an integral over r = |w|,
 * prefactor · ∫_0^∞ integrand(r, xi) dr: a double version with the
 * Gauss–Legendre quadrature of runtime.ts, and a decimal.js version with
 * the tanh-sinh quadrature of runtime-radial.ts.
 */
import type { Expr } from '../expr/tree.js';
import { toText } from '../expr/print.js';
import { doubleHelpers, doubleLines } from './emit-double.js';
import { decimalHelpers, decimalLines } from './emit-decimal.js';
import { type Lowered, lower, stepsUsing } from './lower.js';
import {
  type Piece, decimalPreamble, helpersOf, indent, realResult,
} from './piece.js';

export function radialDouble(name: string, prefactor: Expr, integrand: Expr): Piece {
  const outer = lower(prefactor, ['xi'], 'p');
  const inner = lower(integrand, ['r', 'xi']);
  const code = [
    `/** The integrand over r of ${name}: ${toText(integrand).slice(0, 60)}… */`,
    `function ${name}Integrand(r: number, xi: number): number {`,
    ...indent(doubleLines(inner)),
    `  return ${realResult(inner)};`,
    '}',
    '',
    `/** ${toText(prefactor)} times ∫_0^∞ ${name}Integrand(r, xi) dr, in doubles. */`,
    `export function ${name}(xi: number): number {`,
    ...indent(doubleLines(outer)),
    `  const integral = integrateOverR((r) => ${name}Integrand(r, xi));`,
    `  return ${realResult(outer)} * integral;`,
    '}',
  ].join('\n');
  const helpers = [
    ...helpersOf(outer, doubleHelpers), ...helpersOf(inner, doubleHelpers), 'quadrature',
  ];
  return { code, name, helpers };
}

/**
 * Splits the decimal.js lines of the integrand into the steps free of r,
 * which the generated factory runs once per precision, and those that
 * run at every node of the quadrature.
 */
function splitByR(inner: Lowered): { fixed: string[]; varying: string[] } {
  const lines = decimalLines(inner, (s) => (s === 'r' ? 'r' : 'xiValue'));
  const usesR = stepsUsing(inner, 'r');
  const varies = (k: number) => usesR.has(inner.steps[k]!.name);
  return {
    fixed: lines.filter((_, k) => !varies(k)),
    varying: lines.filter((_, k) => varies(k)),
  };
}

function integrandFactory(name: string, integrand: Expr, inner: Lowered): string[] {
  const { fixed, varying } = splitByR(inner);
  return [
    '/**',
    ` * The integrand over r of ${name} in decimal.js at the precision of D:`,
    ` * ${toText(integrand).slice(0, 66)}…`,
    ' * The steps free of r run once, when the function of r is made.',
    ' */',
    `function ${name}IntegrandDecimal(D: Decimal.Constructor,`,
    '  xi: Decimal.Value): (r: Decimal) => Decimal {',
    '  const xiValue = new D(xi);',
    ...indent(fixed),
    '  return (r: Decimal): Decimal => {',
    ...indent(indent(varying)),
    `    return ${realResult(inner)};`,
    '  };',
    '}',
  ];
}

/**
 * The decimal.js version: the integral comes from integrateOverRDecimal,
 * which locates the peak, scales it and integrates by tanh-sinh, and
 * throws when it cannot reach the requested digits.
 */
export function radialDecimal(name: string, prefactor: Expr, integrand: Expr): Piece {
  const outer = lower(prefactor, ['xi'], 'p');
  const inner = lower(integrand, ['r', 'xi'], 'd');
  const exported = `${name}Decimal`;
  const code = [
    ...integrandFactory(name, integrand, inner),
    '',
    '/**',
    ` * ${toText(prefactor)} times ∫_0^∞ ${name}IntegrandDecimal dr in`,
    ' * decimal.js, rounded to `digits` significant digits. Throws an Error',
    ' * when the quadrature does not reach that accuracy.',
    ' */',
    `export function ${exported}(xi: Decimal.Value, digits: number): Decimal {`,
    ...decimalPreamble(),
    ...indent(decimalLines(outer, () => 'xiValue')),
    `  const label = \`${exported}(\${xiValue}, \${digits})\`;`,
    '  const integrand = (C: Decimal.Constructor) =>',
    `    ${name}IntegrandDecimal(C, xiValue);`,
    '  const integral = integrateOverRDecimal(integrand, digits, label);',
    `  return ${realResult(outer)}.times(integral.value).toSignificantDigits(digits);`,
    '}',
  ].join('\n');
  const helpers = [
    ...helpersOf(outer, decimalHelpers), ...helpersOf(inner, decimalHelpers),
    'radialDecimal',
  ];
  return { code, name: exported, helpers };
}
