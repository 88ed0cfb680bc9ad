/**
 * Γ at integers and half-integers, the only gamma arguments that the
 * generated code accepts (they come from c_d = Γ(d/2)/(√2 π^{(d+1)/2})
 * and the χ_d moments): Γ(n) = (n − 1)! and
 * Γ(n + ½) = (2n)! √π / (4^n n!), with Γ(½ − n) = (−4)^n n! √π / (2n)!.
 */
import { UnsupportedError } from './errors.js';
import type { Step } from './lower.js';

export interface GammaValue {
  readonly num: bigint;
  readonly den: bigint;
  /** True when the value is num/den times √π. */
  readonly sqrtPi: boolean;
}

function factorial(n: bigint): bigint {
  let f = 1n;
  for (let k = 2n; k <= n; k++) f *= k;
  return f;
}

/** Returns Γ(num/den) for den 1 or 2, or throws UnsupportedError. */
export function gammaValue(num: bigint, den: bigint, where: string): GammaValue {
  if (den === 1n && num >= 1n) {
    return { num: factorial(num - 1n), den: 1n, sqrtPi: false };
  }
  if (den === 2n) {
    const n = (num - 1n) / 2n;
    if (n >= 0n) {
      return { num: factorial(2n * n), den: 4n ** n * factorial(n), sqrtPi: true };
    }
    const m = -n;
    const sign = m % 2n === 0n ? 1n : -1n;
    return { num: sign * 4n ** m * factorial(m), den: factorial(2n * m), sqrtPi: true };
  }
  throw new UnsupportedError(`generated code evaluates gamma only at positive integers ` +
    `and half-integers, not in ${where}`);
}

/** Returns the argument of a gamma step as a rational, or throws. */
export function gammaArgument(step: Step, argument: Step | undefined): [bigint, bigint] {
  if (argument?.op.kind !== 'rational') {
    throw new UnsupportedError(`generated code evaluates gamma only at numbers, not in ` +
      `${step.text}`);
  }
  return [argument.op.num, argument.op.den];
}
