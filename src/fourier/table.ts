/**
 * Base transform pairs in the convention F[f](ξ) = ∫ f(x) e^{−2πiξx} dx,
 * one entry per identity, each with its domain and the reason it holds.
 * Every entry is checked against the defining integral by the tests.
 *
 * `match` recognises the pair in the x-dependent factors of a term with
 * x^n pulled out, and returns the affine argument u = αx + β, the power
 * of x left over and a constant factor picked up on the way.
 */
import type { Expr } from '../expr/tree.js';
import {
  HALF, I, ONE, PI, X, add, call, div, exp, isNum, mul, neg, num, pow,
  sqrt, sub, ZERO,
} from '../expr/tree.js';
import { polynomialCoefficients } from '../expr/expand.js';
import { constantValue } from '../expr/constant.js';

export interface TableMatch {
  readonly u: Expr;
  readonly n: number;
  readonly factor: Expr;
}

export interface AwayPoint {
  /** Location in units of the table's own frequency k. */
  readonly at: Expr;
  readonly coeff: Expr;
}

export interface BasePair {
  readonly name: string;
  readonly pattern: string;
  readonly transform: string;
  readonly domain: string;
  readonly reason: string;
  match(others: readonly Expr[], n: number): TableMatch | undefined;
  /** Regular part as a function of the frequency k. */
  regular(k: Expr): Expr;
  /** Point masses off k = 0 (sin, cos). */
  away?: readonly AwayPoint[];
}

const twoPiI = mul(num(2), PI, I);

function singleCall(fn: string, power = 1) {
  return (others: readonly Expr[], n: number): TableMatch | undefined => {
    if (others.length !== 1) return undefined;
    let f = others[0]!;
    if (power !== 1) {
      if (f.kind !== 'pow' || !isNum(f.exp) || f.exp.value.num !== BigInt(power) || f.exp.value.den !== 1n) return undefined;
      f = f.base;
    }
    if (f.kind !== 'call' || f.fn !== fn) return undefined;
    return { u: f.args[0]!, n, factor: ONE };
  };
}

/** exp(−a x² + b x + c) = e^{c + b²/4a} exp(−u²), u = √a (x − b/2a). */
function matchGaussian(others: readonly Expr[], n: number): TableMatch | undefined {
  if (others.length !== 1) return undefined;
  const f = others[0]!;
  if (f.kind !== 'call' || f.fn !== 'exp') return undefined;
  const c = polynomialCoefficients(f.args[0]!);
  if (!c || c.length !== 3) return undefined;
  const a = neg(c[2]!);
  const b = c[1]!;
  const shift = div(b, mul(num(2), a));
  const u = mul(sqrt(a), sub(sym(), shift));
  const factor = exp(add(c[0]!, div(pow(b, num(2)), mul(num(4), a))));
  return { u, n, factor };
}

/** 1/(a x² + b x + c) = 1/(a D (1 + u²)), u = (x + b/2a)/√D, D = c/a − b²/4a². */
function matchLorentzian(others: readonly Expr[], n: number): TableMatch | undefined {
  if (others.length !== 1) return undefined;
  const f = others[0]!;
  if (f.kind !== 'pow' || !isNum(f.exp) || f.exp.value.num !== -1n || f.exp.value.den !== 1n) return undefined;
  const c = polynomialCoefficients(f.base);
  if (!c || c.length !== 3) return undefined;
  const [c0, b, a] = c as [Expr, Expr, Expr];
  const d = sub(div(c0, a), div(pow(b, num(2)), mul(num(4), pow(a, num(2)))));
  // D ≤ 0 means real poles: no Lorentzian, and no transform (singular.ts).
  if (!(constantValue(d) > 0)) return undefined;
  const u = mul(pow(d, neg(HALF)), add(sym(), div(b, mul(num(2), a))));
  return { u, n, factor: pow(mul(a, d), num(-1)) };
}

/** sin(αx)^p/x^p = α^p (sin(u)/u)^p with u = αx, for p = 1, 2. */
function matchSinc(p: number) {
  return (others: readonly Expr[], n: number): TableMatch | undefined => {
    if (others.length !== 1 || n > -p) return undefined;
    let f = others[0]!;
    if (p > 1) {
      if (f.kind !== 'pow' || !isNum(f.exp) || f.exp.value.num !== BigInt(p) || f.exp.value.den !== 1n) return undefined;
      f = f.base;
    }
    if (f.kind !== 'call' || f.fn !== 'sin') return undefined;
    const c = polynomialCoefficients(f.args[0]!);
    if (!c || c.length !== 2 || !isNum(c[0]!) || c[0].value.num !== 0n) return undefined;
    return { u: f.args[0]!, n: n + p, factor: pow(c[1]!, num(p)) };
  };
}

const sym = () => X;
const absK = (k: Expr) => call('abs', k);

export const BASE_PAIRS: readonly BasePair[] = [
  {
    name: 'heaviside', pattern: 'heaviside(u)', transform: '1/(2πiξ) + δ(ξ)/2',
    domain: 'ξ ≠ 0', reason: 'limit of ∫_0^∞ e^{−εx} e^{−2πiξx} dx = 1/(ε + 2πiξ) as ε → 0',
    match: singleCall('heaviside'), regular: (k) => pow(mul(twoPiI, k), num(-1)),
  },
  {
    name: 'sign', pattern: 'sign(u)', transform: '1/(iπξ)',
    domain: 'ξ ≠ 0', reason: 'sign = H(x) − H(−x); the δ/2 terms cancel',
    match: singleCall('sign'), regular: (k) => pow(mul(PI, I, k), num(-1)),
  },
  {
    name: 'tanh', pattern: 'tanh(u)', transform: '−iπ csch(π²ξ)',
    domain: 'ξ ≠ 0', reason: 'sum of residues at the poles x = iπ(m + 1/2) of tanh',
    match: singleCall('tanh'), regular: (k) => mul(num(-1), I, PI, call('csch', mul(pow(PI, num(2)), k))),
  },
  {
    name: 'sech', pattern: 'sech(u)', transform: 'π sech(π²ξ)',
    domain: 'all ξ', reason: 'sum of residues at the poles x = iπ(m + 1/2) of sech',
    match: singleCall('sech'), regular: (k) => mul(PI, call('sech', mul(pow(PI, num(2)), k))),
  },
  {
    name: 'sech2', pattern: 'sech(u)^2', transform: '2π²ξ csch(π²ξ)',
    domain: 'all ξ', reason: 'sech² = tanh\', so its transform is 2πiξ·F[tanh]',
    match: singleCall('sech', 2), regular: (k) => mul(num(2), pow(PI, num(2)), k, call('csch', mul(pow(PI, num(2)), k))),
  },
  {
    name: 'erf', pattern: 'erf(u)', transform: 'e^{−π²ξ²}/(iπξ)',
    domain: 'ξ ≠ 0', reason: 'erf\' = (2/√π) e^{−x²}, whose transform is 2 e^{−π²ξ²}',
    match: singleCall('erf'), regular: (k) => div(exp(neg(mul(pow(PI, num(2)), pow(k, num(2))))), mul(I, PI, k)),
  },
  {
    name: 'gaussian', pattern: 'exp(−u²)', transform: '√π e^{−π²ξ²}',
    domain: 'all ξ', reason: 'complete the square in the exponent of the defining integral',
    match: matchGaussian, regular: (k) => mul(sqrt(PI), exp(neg(mul(pow(PI, num(2)), pow(k, num(2)))))),
  },
  {
    name: 'lorentzian', pattern: '1/(1 + u²)', transform: 'π e^{−2π|ξ|}',
    domain: 'all ξ', reason: 'inverse of the pair e^{−|x|} ↔ 2/(1 + 4π²ξ²), rescaled',
    match: matchLorentzian, regular: (k) => mul(PI, exp(mul(num(-2), PI, absK(k)))),
  },
  {
    name: 'sinc', pattern: 'sin(u)/u', transform: 'π·1{|ξ| < 1/(2π)}',
    domain: '|ξ| ≠ 1/(2π)', reason: 'inverse transform of the indicator of [−1/(2π), 1/(2π)]',
    match: matchSinc(1), regular: (k) => mul(PI, call('heaviside', sub(div(ONE, mul(num(2), PI)), absK(k)))),
  },
  {
    name: 'sinc2', pattern: '(sin(u)/u)^2', transform: 'π·max(0, 1 − π|ξ|)',
    domain: 'all ξ', reason: 'convolution of the sinc pair with itself (a triangle)',
    match: matchSinc(2), regular: (k) => mul(PI, call('max', ZERO, sub(ONE, mul(PI, absK(k))))),
  },
  {
    name: 'sin', pattern: 'sin(u)', transform: '[δ(ξ − 1/2π) − δ(ξ + 1/2π)]/(2i)',
    domain: 'ξ ≠ ±1/(2π)', reason: 'sin u = (e^{iu} − e^{−iu})/(2i)',
    match: singleCall('sin'), regular: () => ZERO,
    away: [
      { at: div(ONE, mul(num(2), PI)), coeff: div(ONE, mul(num(2), I)) },
      { at: div(num(-1), mul(num(2), PI)), coeff: div(num(-1), mul(num(2), I)) },
    ],
  },
  {
    name: 'cos', pattern: 'cos(u)', transform: '[δ(ξ − 1/2π) + δ(ξ + 1/2π)]/2',
    domain: 'ξ ≠ ±1/(2π)', reason: 'cos u = (e^{iu} + e^{−iu})/2',
    match: singleCall('cos'), regular: () => ZERO,
    away: [
      { at: div(ONE, mul(num(2), PI)), coeff: HALF },
      { at: div(num(-1), mul(num(2), PI)), coeff: HALF },
    ],
  },
];

