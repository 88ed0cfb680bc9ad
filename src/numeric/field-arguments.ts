/**
 * Argument checks shared by the complex and extended-range fields: the
 * number of arguments each function takes, which functions need a real
 * argument, and the order argument of `dirac`.
 */
import { InputError } from '../errors.js';
import type { FnName } from '../expr/tree.js';

/** Minimum and maximum number of arguments of each function. */
const ARITY: Record<FnName, [number, number]> = {
  exp: [1, 1], log: [1, 1], log1p: [1, 1], abs: [1, 1], sign: [1, 1], heaviside: [1, 1],
  dirac: [1, 2], max: [2, Infinity], min: [2, Infinity],
  tanh: [1, 1], sinh: [1, 1], cosh: [1, 1], sech: [1, 1], csch: [1, 1],
  coth: [1, 1], erf: [1, 1], erfc: [1, 1], sin: [1, 1], cos: [1, 1],
  gamma: [1, 1], besselk: [2, 2],
};

/**
 * Largest ratio |Im|/|Re| that the functions needing a real argument
 * accept. A smaller imaginary part is taken as rounding error from
 * arithmetic such as i·i and dropped. A larger one is rejected, and so is
 * any nonzero imaginary part when the real part is exactly 0.
 */
export const REAL_TOLERANCE = 1e-12;

export function checkArity(fn: FnName, count: number): void {
  const [min, max] = ARITY[fn];
  if (count >= min && count <= max) return;
  const expected = min === max ? `${min}`
    : max === Infinity ? `at least ${min}` : `${min} or ${max}`;
  throw new InputError(
    `${fn} takes ${expected} argument${min === 1 && max === 1 ? '' : 's'}, ` +
    `but ${count} were given`);
}

/**
 * Throws InputError unless im is negligible next to re (see
 * REAL_TOLERANCE). `argumentText` is the argument as printed in the
 * message.
 */
export function requireReal(fn: FnName, re: number, im: number,
  argumentText: string): void {
  if (Math.abs(im) <= REAL_TOLERANCE * Math.abs(re)) return;
  throw new InputError(
    `${fn} requires a real argument, but got ${argumentText}, whose imaginary ` +
    'part is nonzero beyond rounding');
}

/** Checks the derivative order of dirac: a nonnegative integer. */
export function checkDiracOrder(order: number): void {
  if (Number.isInteger(order) && order >= 0) return;
  throw new InputError(
    `dirac: the derivative order ${order} is invalid; it must be an integer ≥ 0`);
}

export function diracAtZero(order: number): InputError {
  const name = order === 0 ? 'δ' : `the derivative δ^(${order})`;
  return new InputError(
    `dirac is evaluated at 0, where ${name} has no value: it is a point mass, ` +
    'defined only under an integral; evaluate away from 0 or integrate it exactly');
}
