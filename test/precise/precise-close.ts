/**
 * Digit-level comparison of BigFloat results with decimal reference
 * strings, for values far outside the double range (1e−472 and below),
 * where assertClose on numbers cannot tell anything apart.
 */
import {
  type BigFloat, abs, add, cmp, div, formatDecimal, fromBigInt, neg, parseDecimal,
} from '../../src/precise/index.js';

const REFERENCE_BITS = 400;

/**
 * Passes when |got − want| ≤ 10^−digits |want| + absolute, computed
 * exactly in BigFloat. `absolute` (a decimal string, default "0")
 * is the tolerance used when `want` is 0.
 */
export function assertDigits(
  got: BigFloat,
  want: string,
  digits: number,
  label: string,
  absolute = '0',
): void {
  const reference = parseDecimal(want, REFERENCE_BITS);
  const difference = abs(add(got, neg(reference), REFERENCE_BITS));
  const relative = div(abs(reference), fromBigInt(10n ** BigInt(digits)), 64);
  const allowed = add(relative, parseDecimal(absolute, 64), 64);
  if (cmp(difference, allowed) <= 0) return;
  const ratio = reference.man === 0n
    ? 'undefined (want is 0)'
    : formatDecimal(div(difference, abs(reference), 64), 3);
  throw new Error(
    `${label}: got ${formatDecimal(got, 60)}, want ${want}; relative error ` +
      `${ratio} exceeds 1e-${digits} (absolute floor ${absolute})`,
  );
}

/** Number of leading decimal digits on which a and b agree, as a double. */
export function agreeingDigits(a: BigFloat, b: BigFloat): number {
  const difference = abs(add(a, neg(b), REFERENCE_BITS));
  if (difference.man === 0n) return Infinity;
  const ratio = div(difference, abs(b), 64);
  return -Math.log10(Number(formatDecimal(ratio, 17)));
}

