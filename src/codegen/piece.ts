/** The unit of a generated module: one function's source and the helpers it needs. */
import type { Lowered } from './lower.js';

/** Guard digits of the decimal.js functions beyond the requested digits. */
export const GUARD_DIGITS = 10;

export interface Piece {
  readonly code: string;
  readonly name: string;
  readonly helpers: string[];
}

export const indent = (lines: string[]) => lines.map((l) => `  ${l}`);

export function helpersOf(lowered: Lowered,
  pick: (s: Lowered['steps'][number]) => string[]) {
  return [...new Set(lowered.steps.flatMap(pick))];
}

/** The real part of a result; complex intermediates are real in the end. */
export const realResult = (lowered: Lowered) =>
  (lowered.complex ? `${lowered.result}.re` : lowered.result);

export function decimalPreamble(): string[] {
  return [
    `  const D = Decimal.clone({ precision: digits + ${GUARD_DIGITS} });`,
    '  const xiValue = new D(xi);',
  ];
}
