/**
 * Double-precision value of a constant (x-free, real) expression, used to
 * decide signs of scale factors during derivation. Returns NaN for
 * expressions it cannot evaluate, which callers treat as "sign unknown".
 */
import * as Q from './rational.js';
import type { Expr } from './tree.js';

const REAL_FUNCTIONS: Partial<Record<string, (x: number) => number>> = {
  exp: Math.exp, log: Math.log, abs: Math.abs, sign: Math.sign,
  tanh: Math.tanh, sinh: Math.sinh, cosh: Math.cosh,
  sin: Math.sin, cos: Math.cos,
};

export function constantValue(e: Expr): number {
  switch (e.kind) {
    case 'num': return Q.toNumber(e.value);
    case 'const': return e.name === 'pi' ? Math.PI : e.name === 'e' ? Math.E : NaN;
    case 'add': return e.terms.reduce((s, t) => s + constantValue(t), 0);
    case 'mul': return e.factors.reduce((s, t) => s * constantValue(t), 1);
    case 'pow': return constantValue(e.base) ** constantValue(e.exp);
    case 'call': {
      const f = REAL_FUNCTIONS[e.fn];
      return f && e.args.length === 1 ? f(constantValue(e.args[0]!)) : NaN;
    }
    default: return NaN;
  }
}
