/**
 * Complex doubles as a `Field`, for fast evaluation of expressions, and
 * (re-exported from xcomplex-field.ts) the extended-range field for
 * values outside the double range.
 *
 * A result that overflows the double range throws InputError naming the
 * operation, because IEEE infinities would turn into NaN a few
 * operations later. Such expressions belong in `xcomplexField`.
 * Underflow is silent and gives 0, as in IEEE arithmetic.
 */
import { InputError } from '../errors.js';
import type { Field } from '../expr/field.js';
import type { ConstName, FnName } from '../expr/tree.js';
import * as C from './complex.js';
import type { Complex } from './complex.js';
import { besselK, erf, erfc, gamma } from './special.js';
import { ratioToScaled } from './bigint-ratio.js';
import { ldexp } from './exact.js';
import {
  checkArity, checkDiracOrder, diracAtZero, requireReal,
} from './field-arguments.js';

export { xcomplexField } from './xcomplex-field.js';

function checked(z: Complex, operation: string): Complex {
  if (Number.isFinite(z.re) && Number.isFinite(z.im)) return z;
  throw new InputError(
    `${operation} overflows the double range (magnitude above 1.8e308); ` +
    'evaluate the expression in the extended-range field instead');
}

function real(fn: FnName, z: Complex): number {
  requireReal(fn, z.re, z.im, C.format(z));
  return z.re;
}

const fromNumber = C.fromReal;

function compareReal(fn: FnName, args: readonly Complex[], pick: 1 | -1): Complex {
  let best = args[0]!;
  for (const a of args) {
    if (pick * (real(fn, a) - real(fn, best)) > 0) best = a;
  }
  return fromNumber(best.re);
}

function dirac(args: readonly Complex[]): Complex {
  const order = args.length > 1 ? real('dirac', args[1]!) : 0;
  checkDiracOrder(order);
  if (C.isZero(args[0]!)) throw diracAtZero(order);
  return C.ZERO;
}

type Handler = (args: readonly Complex[]) => Complex;

/** One entry per name in FUNCTIONS; the Record type enforces coverage. */
const FUNCTIONS: Record<FnName, Handler> = {
  exp: ([z]) => C.exp(z!),
  log: ([z]) => C.log(z!),
  log1p: ([z]) => (z!.im === 0 && z!.re > -1 ? C.fromReal(Math.log1p(z!.re)) : C.log(C.add(C.ONE, z!))),
  abs: ([z]) => fromNumber(Math.abs(real('abs', z!))),
  sign: ([z]) => fromNumber(Math.sign(real('sign', z!)) + 0),
  heaviside: ([z]) => {
    const x = real('heaviside', z!);
    return fromNumber(x > 0 ? 1 : x < 0 ? 0 : 0.5);
  },
  dirac,
  max: (args) => compareReal('max', args, 1),
  min: (args) => compareReal('min', args, -1),
  tanh: ([z]) => C.tanh(z!),
  sinh: ([z]) => C.sinh(z!),
  cosh: ([z]) => C.cosh(z!),
  sech: ([z]) => C.sech(z!),
  csch: ([z]) => C.csch(z!),
  coth: ([z]) => C.coth(z!),
  erf: ([z]) => fromNumber(erf(real('erf', z!))),
  erfc: ([z]) => fromNumber(erfc(real('erfc', z!))),
  sin: ([z]) => C.sin(z!),
  cos: ([z]) => C.cos(z!),
  gamma: ([z]) => fromNumber(gamma(real('gamma', z!))),
  besselk: ([nu, x]) => fromNumber(besselK(real('besselk', nu!), real('besselk', x!))),
};

const CONSTANTS: Record<ConstName, Complex> = {
  pi: fromNumber(Math.PI),
  e: fromNumber(Math.E),
  i: C.I,
};

function powInt(a: Complex, n: bigint): Complex {
  if (C.isZero(a) && n < 0n) {
    throw new InputError(`0^${n} is undefined: a negative power of 0 has no value`);
  }
  let base = a;
  let k = n < 0n ? -n : n;
  let result = C.ONE;
  while (k > 0n) {
    if (k & 1n) result = checked(C.mul(result, base), 'a power');
    k >>= 1n;
    if (k > 0n) base = checked(C.mul(base, base), 'a power');
  }
  return n < 0n ? C.div(C.ONE, result) : result;
}

export const complexField: Field<Complex> = {
  name: 'complex double',
  fromRational(num, den) {
    const [m, e] = ratioToScaled(num, den);
    return checked(fromNumber(ldexp(m, e)), `the rational ${num}/${den}`);
  },
  constant: (name) => CONSTANTS[name],
  add: (a, b) => checked(C.add(a, b), 'a sum'),
  mul: (a, b) => checked(C.mul(a, b), 'a product'),
  div: (a, b) => checked(C.div(a, b), 'a quotient'),
  neg: C.neg,
  powInt,
  pow: (a, b) => checked(C.pow(a, b), 'a power'),
  apply(fn, args) {
    checkArity(fn, args.length);
    return checked(FUNCTIONS[fn](args), `${fn}`);
  },
  signOfReal: (a) => (a.re > 0 ? 1 : a.re < 0 ? -1 : 0),
};
