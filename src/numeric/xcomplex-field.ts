/**
 * Extended-range complex numbers as a `Field`, for expressions whose
 * values leave the double range, such as LFP coefficients far in the tail
 * (A(ξ) ≈ 5.7e-472). Precision is that of a double; the exponent range
 * is ±2^50 (see xcomplex.ts). exp of a large negative real part, csch and
 * sech of a large argument and erfc of a large argument give their tiny
 * values, not 0.
 */
import { InputError } from '../errors.js';
import type { Field } from '../expr/field.js';
import type { ConstName, FnName } from '../expr/tree.js';
import * as X from './xcomplex.js';
import type { XComplex } from './xcomplex.js';
import * as F from './xfunctions.js';
import { ratioToScaled } from './bigint-ratio.js';
import {
  checkArity, checkDiracOrder, diracAtZero, requireReal,
} from './field-arguments.js';

function formatArgument(x: XComplex): string {
  const re = X.toExponentialString(x, 6, 're');
  if (x.im === 0) return re;
  const im = X.toExponentialString({ re: Math.abs(x.im), im: 0, e2: x.e2 }, 6);
  return `${re} ${x.im < 0 ? '-' : '+'} ${im}i`;
}

/** Drops the imaginary part once requireReal has accepted it as rounding. */
function real(fn: FnName, x: XComplex): XComplex {
  requireReal(fn, x.re, x.im, formatArgument(x));
  return X.normalize(x.re, 0, x.e2);
}

function realDouble(fn: FnName, x: XComplex): number {
  return X.toComplex(real(fn, x)).re;
}

/** Sign of the real part of a − b. */
function compare(a: XComplex, b: XComplex): number {
  return Math.sign(X.sub(a, b).re);
}

function extremum(fn: 'max' | 'min', args: readonly XComplex[]): XComplex {
  const pick = fn === 'max' ? 1 : -1;
  let best = real(fn, args[0]!);
  for (const a of args.slice(1)) {
    const candidate = real(fn, a);
    if (pick * compare(candidate, best) > 0) best = candidate;
  }
  return best;
}

function dirac(args: readonly XComplex[]): XComplex {
  const order = args.length > 1 ? realDouble('dirac', args[1]!) : 0;
  checkDiracOrder(order);
  if (X.isZero(args[0]!)) throw diracAtZero(order);
  return X.ZERO;
}

function step(x: XComplex): XComplex {
  const s = Math.sign(real('heaviside', x).re);
  return X.fromReal(s > 0 ? 1 : s < 0 ? 0 : 0.5);
}

type Handler = (args: readonly XComplex[]) => XComplex;

/** One entry per name in FUNCTIONS; the Record type enforces coverage. */
const FUNCTIONS: Record<FnName, Handler> = {
  exp: ([z]) => X.exp(z!),
  log: ([z]) => X.fromComplex(X.log(z!)),
  log1p: ([z]) => {
    const c = X.toComplex(z!);
    const small = c.im === 0 && Math.abs(c.re) < 0.5;
    return small ? X.fromReal(Math.log1p(c.re)) : X.fromComplex(X.log(X.add(X.ONE, z!)));
  },
  abs: ([z]) => X.abs(real('abs', z!)),
  sign: ([z]) => X.fromReal(Math.sign(real('sign', z!).re) + 0),
  heaviside: ([z]) => step(z!),
  dirac,
  max: (args) => extremum('max', args),
  min: (args) => extremum('min', args),
  tanh: ([z]) => F.tanh(z!),
  sinh: ([z]) => F.sinh(z!),
  cosh: ([z]) => F.cosh(z!),
  sech: ([z]) => F.sech(z!),
  csch: ([z]) => F.csch(z!),
  coth: ([z]) => F.coth(z!),
  erf: ([z]) => F.erfReal(real('erf', z!)),
  erfc: ([z]) => F.erfcReal(real('erfc', z!)),
  sin: ([z]) => F.sin(z!),
  cos: ([z]) => F.cos(z!),
  gamma: ([z]) => F.gammaReal(real('gamma', z!)),
  besselk: ([nu, x]) => F.besselKReal(real('besselk', nu!), real('besselk', x!)),
};

const CONSTANTS: Record<ConstName, XComplex> = {
  pi: X.fromReal(Math.PI),
  e: X.fromReal(Math.E),
  i: X.fromComplex({ re: 0, im: 1 }),
};

/**
 * a^b on the principal branch: a real exponent goes through powReal,
 * which keeps the digits of large powers; otherwise exp(b log a).
 */
function pow(a: XComplex, b: XComplex): XComplex {
  const exponent = F.doubleArgument('pow', b);
  if (exponent.im === 0) return X.powReal(a, exponent.re);
  if (X.isZero(a)) {
    if (exponent.re > 0) return X.ZERO;
    throw new InputError(
      'a power of 0 is undefined unless the exponent has positive real part');
  }
  const log = X.log(a);
  return X.exp(X.fromComplex({
    re: exponent.re * log.re - exponent.im * log.im,
    im: exponent.re * log.im + exponent.im * log.re,
  }));
}

export const xcomplexField: Field<XComplex> = {
  name: 'extended-range complex double',
  fromRational(num, den) {
    const [m, e2] = ratioToScaled(num, den);
    return X.normalize(m, 0, e2);
  },
  constant: (name) => CONSTANTS[name],
  add: X.add,
  mul: X.mul,
  div: X.div,
  neg: X.neg,
  powInt: X.powInt,
  pow,
  apply(fn, args) {
    checkArity(fn, args.length);
    return FUNCTIONS[fn](args);
  },
  signOfReal: (a) => (a.re > 0 ? 1 : a.re < 0 ? -1 : 0),
};
