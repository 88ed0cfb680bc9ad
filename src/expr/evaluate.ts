/**
 * Evaluates an expression in any number system implementing Field<T>.
 * Variables are bound by name; an unbound symbol is an input error.
 */
import { InputError } from '../errors.js';
import type { Field } from './field.js';
import type { Expr } from './tree.js';

export type Bindings<T> = Readonly<Record<string, T>>;

export function evaluate<T>(e: Expr, field: Field<T>, vars: Bindings<T>): T {
  const go = (n: Expr): T => evaluate(n, field, vars);
  switch (e.kind) {
    case 'num':
      return field.fromRational(e.value.num, e.value.den);
    case 'const':
      return field.constant(e.name);
    case 'sym': {
      const v = vars[e.name];
      if (v === undefined) {
        throw new InputError(`no value bound for the symbol '${e.name}'`);
      }
      return v;
    }
    case 'add':
      return e.terms.map(go).reduce((a, b) => field.add(a, b));
    case 'mul':
      return e.factors.map(go).reduce((a, b) => field.mul(a, b));
    case 'pow':
      return evaluatePow(e.base, e.exp, field, go);
    case 'call':
      return field.apply(e.fn, e.args.map(go));
    case 'cond': {
      const s = field.signOfReal(go(e.test));
      return s > 0 || (s === 0 && !e.strict) ? go(e.then) : go(e.otherwise);
    }
  }
}

function evaluatePow<T>(base: Expr, exp: Expr, field: Field<T>, go: (n: Expr) => T): T {
  if (exp.kind === 'num' && exp.value.den === 1n) {
    return field.powInt(go(base), exp.value.num);
  }
  return field.pow(go(base), go(exp));
}
