/**
 * Square root, correctly rounded: the integer square root of the
 * mantissa scaled to 2·prec + 4 bits, with the remainder as sticky bit.
 */
import { InputError } from '../errors.js';
import { BigFloat, ZERO, roundTo, toNumber } from './bigfloat.js';
import { isqrt } from './fixed.js';

export function sqrt(x: BigFloat, prec: number): BigFloat {
  if (x.man === 0n) return ZERO;
  if (x.man < 0n) {
    throw new InputError(
      `sqrt of a real number requires a non-negative argument, received ` +
        `${toNumber(x)}; use the complex square root for negative values`,
    );
  }
  let shift = Math.max(0, 2 * prec + 4 - x.bits);
  if ((x.exp - shift) % 2 !== 0) shift += 1;
  const scaled = x.man << BigInt(shift);
  const root = isqrt(scaled);
  const inexact = root * root !== scaled;
  return roundTo(root, (x.exp - shift) / 2, prec, inexact);
}
