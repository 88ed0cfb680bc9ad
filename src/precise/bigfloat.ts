/**
 * Binary floating point on BigInt: the value of a `BigFloat` is
 * `man × 2^exp`. The exponent is a JavaScript integer, so the range
 * reaches far beyond 1e±100000 (up to about 2^±(2^53)).
 *
 * Every operation that can be inexact takes `prec`, the number of
 * significant bits to keep, and rounds once to nearest (ties to even).
 * Nothing here has global state: precision is always an argument.
 */
import { InputError } from '../errors.js';

export class BigFloat {
  /** Bit length of |man|, computed on first use (a memo; the value never changes). */
  private length: number;

  constructor(
    readonly man: bigint,
    readonly exp: number,
    length = -1,
  ) {
    this.length = length;
  }

  /** Number of bits of |man|. */
  get bits(): number {
    if (this.length < 0) this.length = bitLength(this.man);
    return this.length;
  }
}

export const ZERO = new BigFloat(0n, 0);
export const ONE = new BigFloat(1n, 0);
export const TWO = new BigFloat(1n, 1);
export const HALF = new BigFloat(1n, -1);

/** Returns the number of bits of |n| (0 for n = 0). */
export function bitLength(n: bigint): number {
  if (n < 0n) n = -n;
  if (n === 0n) return 0;
  const hex = n.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0]!, 16)));
}

/**
 * Rounds `man × 2^exp` to `prec` bits, to nearest with ties to even.
 * When `inexact` is set, the exact value lies strictly above |man|
 * (a sticky bit below the last one), which breaks false ties.
 */
export function roundTo(
  man: bigint,
  exp: number,
  prec: number,
  inexact = false,
): BigFloat {
  if (inexact) {
    man = man * 2n + (man < 0n ? -1n : 1n);
    exp -= 1;
  }
  const negative = man < 0n;
  let m = negative ? -man : man;
  const length = bitLength(m);
  const excess = length - prec;
  if (excess <= 0) return new BigFloat(man, exp, length);

  const shift = BigInt(excess);
  const rest = m & ((1n << shift) - 1n);
  const half = 1n << (shift - 1n);
  m >>= shift;
  exp += excess;
  // Rounding up can carry into a new leading bit (2^prec), so the length
  // is only known when it does not.
  const up = rest > half || (rest === half && (m & 1n) === 1n);
  if (up) m += 1n;
  return new BigFloat(negative ? -m : m, exp, up ? -1 : prec);
}

export function round(x: BigFloat, prec: number): BigFloat {
  return roundTo(x.man, x.exp, prec);
}

export const isZero = (x: BigFloat): boolean => x.man === 0n;
export function sign(x: BigFloat): -1 | 0 | 1 {
  if (x.man < 0n) return -1;
  return x.man > 0n ? 1 : 0;
}
export const neg = (x: BigFloat): BigFloat => new BigFloat(-x.man, x.exp);
export const abs = (x: BigFloat): BigFloat => (x.man < 0n ? neg(x) : x);

/** Multiplies x by 2^k exactly. */
export function mulPow2(x: BigFloat, k: number): BigFloat {
  return x.man === 0n ? x : new BigFloat(x.man, x.exp + k);
}

/**
 * Returns the position of the leading bit: 2^(top−1) ≤ |x| < 2^top,
 * and −Infinity for zero so that comparisons of magnitude stay simple.
 */
export function topBit(x: BigFloat): number {
  return x.man === 0n ? -Infinity : x.exp + x.bits;
}

/** Adds exactly. The caller bounds the exponent gap, as `add` does. */
export function addExact(a: BigFloat, b: BigFloat): BigFloat {
  if (a.man === 0n) return b;
  if (b.man === 0n) return a;
  if (a.exp < b.exp) [a, b] = [b, a];
  return new BigFloat((a.man << BigInt(a.exp - b.exp)) + b.man, b.exp);
}

/**
 * Rounded sum. When |b| is far below the last bit of a, it is replaced
 * by a tiny value of the same sign: the rounding is unchanged and no
 * huge shift is needed (1 + 1e-100000 costs no more than 1 + 1e-20).
 */
export function add(a: BigFloat, b: BigFloat, prec: number): BigFloat {
  if (b.man === 0n) return round(a, prec);
  if (a.man === 0n) return round(b, prec);
  if (topBit(a) < topBit(b)) [a, b] = [b, a];
  const floor = Math.min(a.exp, topBit(a) - prec - 3);
  if (topBit(b) < floor - 1) {
    b = new BigFloat(b.man < 0n ? -1n : 1n, floor - 2);
  }
  const sum = addExact(a, b);
  return roundTo(sum.man, sum.exp, prec);
}

export function sub(a: BigFloat, b: BigFloat, prec: number): BigFloat {
  return add(a, neg(b), prec);
}

export function mul(a: BigFloat, b: BigFloat, prec: number): BigFloat {
  return roundTo(a.man * b.man, a.exp + b.exp, prec);
}

/** Multiplies exactly: the mantissa grows to the sum of both lengths. */
export function mulExact(a: BigFloat, b: BigFloat): BigFloat {
  return new BigFloat(a.man * b.man, a.exp + b.exp);
}

export function div(a: BigFloat, b: BigFloat, prec: number): BigFloat {
  if (b.man === 0n) throw new InputError('division by zero: the divisor is 0');
  if (a.man === 0n) return ZERO;
  const shift = Math.max(0, prec + 2 + b.bits - a.bits);
  const scaled = a.man << BigInt(shift);
  const q = scaled / b.man;
  const inexact = q * b.man !== scaled;
  return roundTo(q, a.exp - b.exp - shift, prec, inexact);
}

/** Compares exactly: returns the sign of a − b. */
export function cmp(a: BigFloat, b: BigFloat): -1 | 0 | 1 {
  const sa = sign(a);
  const sb = sign(b);
  if (sa !== sb) return sa < sb ? -1 : 1;
  if (sa === 0) return 0;
  const ta = topBit(a);
  const tb = topBit(b);
  if (ta !== tb) return (ta > tb) === (sa > 0) ? 1 : -1;
  return sign(addExact(a, neg(b)));
}

export function cmpAbs(a: BigFloat, b: BigFloat): -1 | 0 | 1 {
  return cmp(abs(a), abs(b));
}

export const fromBigInt = (n: bigint): BigFloat => new BigFloat(n, 0);

export function fromInt(n: number): BigFloat {
  if (!Number.isSafeInteger(n)) {
    throw new InputError(`expected a safe integer, received ${n}`);
  }
  return new BigFloat(BigInt(n), 0);
}

/** Divides num by den, rounded to prec bits. */
export function fromRatio(num: bigint, den: bigint, prec: number): BigFloat {
  return div(fromBigInt(num), fromBigInt(den), prec);
}

/** Converts a finite double exactly. */
export function fromNumber(x: number): BigFloat {
  if (!Number.isFinite(x)) {
    throw new InputError(`expected a finite number, received ${x}`);
  }
  if (x === 0) return ZERO;
  if (Number.isSafeInteger(x)) return new BigFloat(BigInt(x), 0);
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  let man = bits & ((1n << 52n) - 1n);
  if (biased !== 0) man |= 1n << 52n;
  const exp = (biased === 0 ? 1 : biased) - 1075;
  return new BigFloat(x < 0 ? -man : man, exp);
}

/** Multiplies x by 2^e without intermediate overflow or underflow. */
function scaleByPowerOfTwo(x: number, e: number): number {
  while (e > 1000) {
    x *= 2 ** 1000;
    e -= 1000;
    if (!Number.isFinite(x)) return x;
  }
  while (e < -1000) {
    x *= 2 ** -1000;
    e += 1000;
    if (x === 0) return x;
  }
  return x * 2 ** e;
}

/**
 * Converts to the nearest double, to within one rounding of a 64-bit
 * truncation. Values beyond the double range become ±Infinity or ±0.
 */
export function toNumber(x: BigFloat): number {
  const excess = x.bits - 64;
  if (excess <= 0) return scaleByPowerOfTwo(Number(x.man), x.exp);
  const top = Number(x.man >> BigInt(excess));
  return scaleByPowerOfTwo(top, x.exp + excess);
}

/**
 * Returns log2|x| as a double, accurate to about 1e-15 relative, for
 * any exponent, where toNumber would underflow far in the tail.
 */
export function log2Abs(x: BigFloat): number {
  if (x.man === 0n) return -Infinity;
  const shift = Math.max(0, x.bits - 60);
  const top = Number((x.man < 0n ? -x.man : x.man) >> BigInt(shift));
  return Math.log2(top) + x.exp + shift;
}

/** Returns ⌊x⌋ as a BigInt. */
export function floorToBigInt(x: BigFloat): bigint {
  if (x.exp >= 0) return x.man << BigInt(x.exp);
  return x.man >> BigInt(-x.exp);
}

/** Rounds x to the nearest integer, ties towards +∞. */
export function roundToBigInt(x: BigFloat): bigint {
  const twice = floorToBigInt(mulPow2(x, 1));
  return (twice + 1n) >> 1n;
}

export function isInteger(x: BigFloat): boolean {
  if (x.exp >= 0 || x.man === 0n) return true;
  return (x.man & ((1n << BigInt(-x.exp)) - 1n)) === 0n;
}
