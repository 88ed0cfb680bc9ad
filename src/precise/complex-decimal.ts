/**
 * Conversions of PreciseComplex values to and from decimal strings and
 * doubles. Strings use the forms "a", "bi", "a+bi" and "a-bi", where a
 * and b are decimal literals such as 1.5 or 5.7e-472.
 */
import { InputError } from '../errors.js';
import { BigFloat, ONE, ZERO, neg, toNumber as bigFloatToNumber } from './bigfloat.js';
import { PreciseComplex } from './complex.js';
import { formatDecimal, parseDecimal } from './decimal.js';
import { workingBits } from './precision.js';

/** Returns the index of the sign that starts the imaginary part, or −1. */
function imaginarySignIndex(text: string): number {
  for (let i = text.length - 1; i > 0; i--) {
    const c = text[i];
    if ((c === '+' || c === '-') && !/[eE]/.test(text[i - 1]!)) return i;
  }
  return -1;
}

/** Parses the coefficient of i, where "", "+" and "-" stand for 1, 1 and −1. */
function parseImaginary(text: string, prec: number): BigFloat {
  if (text === '' || text === '+') return ONE;
  if (text === '-') return neg(ONE);
  return parseDecimal(text, prec);
}

/**
 * Parses "a", "bi", "a+bi" or "a-bi" (spaces allowed) with the working
 * precision for `digits` significant digits.
 */
export function parseComplex(text: string, digits: number): PreciseComplex {
  const prec = workingBits(digits);
  const compact = text.replace(/\s+/g, '');
  if (!compact.endsWith('i')) {
    return new PreciseComplex(parseDecimal(compact, prec), ZERO);
  }

  const body = compact.slice(0, -1);
  const split = imaginarySignIndex(body);
  try {
    if (split < 0) return new PreciseComplex(ZERO, parseImaginary(body, prec));
    const re = parseDecimal(body.slice(0, split), prec);
    return new PreciseComplex(re, parseImaginary(body.slice(split), prec));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError(
      `invalid complex number "${text}": expected a, bi, a+bi or a-bi with ` +
        'decimal literals a and b, such as 1.5-2e-3i',
    );
  }
}

/** Formats z as "a", "a + bi" or "a - bi" with `digits` significant digits per part. */
export function formatComplex(z: PreciseComplex, digits: number): string {
  const re = formatDecimal(z.re, digits);
  if (z.im.man === 0n) return re;
  const im = formatDecimal(z.im.man < 0n ? neg(z.im) : z.im, digits);
  const op = z.im.man < 0n ? '-' : '+';
  if (z.re.man === 0n) return `${z.im.man < 0n ? '-' : ''}${im}i`;
  return `${re} ${op} ${im}i`;
}

/** Converts both parts to doubles (±0 or ±Infinity outside the double range). */
export function toComplexDouble(z: PreciseComplex): { re: number; im: number } {
  return { re: bigFloatToNumber(z.re), im: bigFloatToNumber(z.im) };
}

/** Converts z to a double. Throws InputError when the imaginary part is not 0. */
export function complexToNumber(z: PreciseComplex): number {
  if (z.im.man !== 0n) {
    throw new InputError(
      `cannot convert ${formatComplex(z, 17)} to a real number: its imaginary ` +
        'part is not zero; use toComplexDouble instead',
    );
  }
  return bigFloatToNumber(z.re);
}

/** Parses a real or complex decimal string; an alias of parseComplex. */
export const fromDecimalString = parseComplex;

/** Formats a real or complex value with `digits` significant digits. */
export function toDecimalString(x: BigFloat | PreciseComplex, digits: number): string {
  if (x instanceof PreciseComplex) return formatComplex(x, digits);
  return formatDecimal(x, digits);
}
