/** Exact rational numbers on BigInt, always in lowest terms, den > 0. */
export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

export function rat(num: bigint | number, den: bigint | number = 1n): Rational {
  let n = BigInt(num);
  let d = BigInt(den);
  if (d === 0n) throw new RangeError('rational with zero denominator');
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d);
  return g > 1n ? { num: n / g, den: d / g } : { num: n, den: d };
}

export const ZERO = rat(0);
export const ONE = rat(1);

export const add = (a: Rational, b: Rational) =>
  rat(a.num * b.den + b.num * a.den, a.den * b.den);
export const sub = (a: Rational, b: Rational) =>
  rat(a.num * b.den - b.num * a.den, a.den * b.den);
export const mul = (a: Rational, b: Rational) =>
  rat(a.num * b.num, a.den * b.den);
export const div = (a: Rational, b: Rational) =>
  rat(a.num * b.den, a.den * b.num);
export const neg = (a: Rational) => rat(-a.num, a.den);
export const isZero = (a: Rational) => a.num === 0n;
export const isOne = (a: Rational) => a.num === 1n && a.den === 1n;
export const isInteger = (a: Rational) => a.den === 1n;
export const cmp = (a: Rational, b: Rational) => {
  const d = a.num * b.den - b.num * a.den;
  return d < 0n ? -1 : d > 0n ? 1 : 0;
};
export const eq = (a: Rational, b: Rational) =>
  a.num === b.num && a.den === b.den;

/** Integer power; a negative exponent inverts. */
export function powInt(a: Rational, k: bigint): Rational {
  if (k < 0n) return powInt(div(ONE, a), -k);
  return rat(a.num ** k, a.den ** k);
}

export function toNumber(a: Rational): number {
  const n = Number(a.num);
  const d = Number(a.den);
  if (Number.isFinite(n) && Number.isFinite(d)) return n / d;
  // Both parts beyond the double range: scale by a common power of ten.
  const shift = Math.max(a.num.toString().length, a.den.toString().length) - 300;
  const scale = 10n ** BigInt(Math.max(shift, 0));
  return Number(a.num / scale) / Number(a.den / scale);
}

export function toString(a: Rational): string {
  return a.den === 1n ? `${a.num}` : `${a.num}/${a.den}`;
}

/**
 * Parses a decimal literal such as "0.01", "1e-3" or "2.5E+4" exactly.
 * Exponents beyond ±10000 are rejected so that no literal can allocate
 * an unbounded BigInt.
 */
export function parseDecimal(text: string): Rational | undefined {
  const m = /^(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!m || (m[1] === '' && (m[2] ?? '') === '')) return undefined;
  const whole = m[1] ?? '';
  const frac = m[2] ?? '';
  const exp = Number(m[3] ?? '0') - frac.length;
  if (Math.abs(exp) > 10000) return undefined;
  const digits = BigInt((whole + frac) || '0');
  return exp >= 0
    ? rat(digits * 10n ** BigInt(exp))
    : rat(digits, 10n ** BigInt(-exp));
}
