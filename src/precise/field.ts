/**
 * The arbitrary-precision complex number system for the evaluator:
 * `preciseField(digits)` implements Field<PreciseComplex> with every
 * operation rounded to `digits` significant digits plus guard bits.
 * Rounding errors of a long expression add up and cancellation is not
 * tracked, so callers that need `digits` correct digits in the end
 * should ask for a few more here.
 *
 * Functions that are only implemented for real arguments (sign,
 * heaviside, dirac, max, min, erf, erfc, gamma, besselk) throw an
 * InputError naming the function when an argument has a nonzero
 * imaginary part.
 */
import { InputError } from '../errors.js';
import type { Field } from '../expr/field.js';
import type { ConstName, FnName } from '../expr/tree.js';
import {
  BigFloat, HALF, ONE, ZERO, cmp, fromRatio, isZero, sign,
} from './bigfloat.js';
import { besselK } from './bessel-k.js';
import {
  COMPLEX_I, PreciseComplex, absComplex, addComplex, divComplex, fromReal,
  mulComplex, negComplex, powIntComplex,
} from './complex.js';
import {
  complexToNumber, formatComplex, parseComplex,
} from './complex-decimal.js';
import {
  coshComplex, cosComplex, cothComplex, cschComplex, expComplex, logComplex,
  powComplex, sechComplex, sinComplex, sinhComplex, tanhComplex,
} from './complex-functions.js';
import { pi } from './constants.js';
import { erf, erfc } from './erf.js';
import { log1p as log1pReal } from './log.js';
import { exp } from './exp.js';
import { gamma } from './gamma.js';
import { checkDigits, workingBits } from './precision.js';

export interface PreciseField extends Field<PreciseComplex> {
  readonly digits: number;
  /** Bits kept by every operation: `digits` in bits plus guard bits. */
  readonly precBits: number;
  fromDecimalString(text: string): PreciseComplex;
  /** Formats with `digits` significant digits (default: the field's). */
  toDecimalString(x: PreciseComplex, digits?: number): string;
  toNumber(x: PreciseComplex): number;
}

type Rule = (args: readonly PreciseComplex[], prec: number) => PreciseComplex;

const ARITY: Partial<Record<FnName, readonly number[]>> = {
  max: [2], min: [2], besselk: [2], dirac: [1, 2],
};

/**
 * Returns the real part of args[index]. Throws InputError when the
 * imaginary part is not 0.
 */
function realArgument(fn: FnName, args: readonly PreciseComplex[], index = 0): BigFloat {
  const z = args[index]!;
  if (z.im.man !== 0n) {
    throw new InputError(
      `${fn} is implemented for real arguments only, received ` +
        `${formatComplex(z, 20)}`,
    );
  }
  return z.re;
}

const real = (rule: (x: BigFloat, prec: number) => BigFloat, fn: FnName): Rule =>
  (args, prec) => fromReal(rule(realArgument(fn, args), prec));

function heaviside(args: readonly PreciseComplex[]): PreciseComplex {
  const s = sign(realArgument('heaviside', args));
  if (s > 0) return fromReal(ONE);
  return fromReal(s < 0 ? ZERO : HALF);
}

/** δ and its derivatives vanish off 0 and have no value at 0. */
function dirac(args: readonly PreciseComplex[]): PreciseComplex {
  if (!isZero(realArgument('dirac', args))) return fromReal(ZERO);
  throw new InputError(
    'dirac has no value at 0: it is a distribution, so evaluate it only ' +
      'away from its support or integrate it symbolically',
  );
}

function extremum(fn: 'max' | 'min', args: readonly PreciseComplex[]) {
  const a = realArgument(fn, args, 0);
  const b = realArgument(fn, args, 1);
  const aWins = fn === 'max' ? cmp(a, b) >= 0 : cmp(a, b) <= 0;
  return fromReal(aWins ? a : b);
}

const RULES: Record<FnName, Rule> = {
  exp: ([z], prec) => expComplex(z!, prec),
  log: ([z], prec) => logComplex(z!, prec),
  log1p: ([z], prec) => (isZero(z!.im) && cmp(z!.re, new BigFloat(-1n, 0)) > 0
    ? fromReal(log1pReal(z!.re, prec))
    : logComplex(addComplex(fromReal(new BigFloat(1n, 0)), z!, prec), prec)),
  abs: ([z], prec) => fromReal(absComplex(z!, prec)),
  sign: (args) => fromReal(new BigFloat(BigInt(sign(realArgument('sign', args))), 0)),
  heaviside: (args) => heaviside(args),
  dirac: (args) => dirac(args),
  max: (args) => extremum('max', args),
  min: (args) => extremum('min', args),
  tanh: ([z], prec) => tanhComplex(z!, prec),
  sinh: ([z], prec) => sinhComplex(z!, prec),
  cosh: ([z], prec) => coshComplex(z!, prec),
  sech: ([z], prec) => sechComplex(z!, prec),
  csch: ([z], prec) => cschComplex(z!, prec),
  coth: ([z], prec) => cothComplex(z!, prec),
  erf: real(erf, 'erf'),
  erfc: real(erfc, 'erfc'),
  sin: ([z], prec) => sinComplex(z!, prec),
  cos: ([z], prec) => cosComplex(z!, prec),
  gamma: real(gamma, 'gamma'),
  besselk: (args, prec) => {
    const nu = realArgument('besselk', args, 0);
    return fromReal(besselK(nu, realArgument('besselk', args, 1), prec));
  },
};

function checkArity(fn: FnName, args: readonly PreciseComplex[]): void {
  const accepted = ARITY[fn] ?? [1];
  if (!accepted.includes(args.length)) {
    throw new InputError(
      `${fn} takes ${accepted.join(' or ')} argument(s), received ${args.length}`,
    );
  }
}

function constant(name: ConstName, prec: number): PreciseComplex {
  if (name === 'pi') return fromReal(pi(prec));
  if (name === 'e') return fromReal(exp(ONE, prec));
  return COMPLEX_I;
}

/** Creates the complex number system with `digits` significant digits. */
export function preciseField(digits: number): PreciseField {
  checkDigits(digits);
  const prec = workingBits(digits);
  return {
    name: `precise(${digits} digits)`,
    digits,
    precBits: prec,
    fromRational: (num, den) => fromReal(fromRatio(num, den, prec)),
    constant: (name) => constant(name, prec),
    add: (a, b) => addComplex(a, b, prec),
    mul: (a, b) => mulComplex(a, b, prec),
    div: (a, b) => divComplex(a, b, prec),
    neg: (a) => negComplex(a),
    powInt: (a, n) => powIntComplex(a, n, prec),
    pow: (a, b) => powComplex(a, b, prec),
    apply: (fn, args) => {
      checkArity(fn, args);
      return RULES[fn](args, prec);
    },
    signOfReal: (a) => sign(a.re),
    fromDecimalString: (text) => parseComplex(text, digits),
    toDecimalString: (x, outputDigits = digits) => formatComplex(x, outputDigits),
    toNumber: (x) => complexToNumber(x),
  };
}
