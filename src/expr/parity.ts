/**
 * Parity of an expression in one variable, read from its structure.
 * x is odd and constants are even. Sums keep a shared parity, and
 * products multiply parities. An odd function (sinh, tanh, erf, sin, …)
 * of an odd argument is odd, and any function of an even argument is
 * even. The result is sound but not complete: exp(−x)/(1 + exp(−x))²
 * is even, yet its structure shows no parity, so it is 'none'.
 */
import type { Expr, FnName } from './tree.js';

export type Parity = 'even' | 'odd' | 'none';

const ODD_FUNCTIONS = new Set<FnName>([
  'sinh', 'tanh', 'csch', 'coth', 'erf', 'sin', 'sign',
]);
const EVEN_FUNCTIONS = new Set<FnName>(['cosh', 'sech', 'cos', 'abs']);

/** Returns the parity of a product of two factors. */
function times(a: Parity, b: Parity): Parity {
  if (a === 'none' || b === 'none') return 'none';
  return a === b ? 'even' : 'odd';
}

function sumParity(terms: readonly Expr[], name: string): Parity {
  const parities = new Set(terms.map((t) => parity(t, name)));
  return parities.size === 1 ? [...parities][0]! : 'none';
}

function powParity(base: Expr, exponent: Expr, name: string): Parity {
  const b = parity(base, name);
  const e = parity(exponent, name);
  if (b === 'even' && e === 'even') return 'even';
  if (b !== 'odd' || exponent.kind !== 'num' || exponent.value.den !== 1n) {
    return 'none';
  }
  return exponent.value.num % 2n === 0n ? 'even' : 'odd';
}

function callParity(fn: FnName, args: readonly Expr[], name: string): Parity {
  const inner = args.map((a) => parity(a, name));
  if (inner.every((p) => p === 'even')) return 'even';
  if (args.length !== 1 || inner[0] !== 'odd') return 'none';
  if (ODD_FUNCTIONS.has(fn)) return 'odd';
  return EVEN_FUNCTIONS.has(fn) ? 'even' : 'none';
}

/** Returns 'even' or 'odd' when the structure of e proves it, else 'none'. */
export function parity(e: Expr, name = 'x'): Parity {
  switch (e.kind) {
    case 'num':
    case 'const':
      return 'even';
    case 'sym':
      return e.name === name ? 'odd' : 'even';
    case 'add':
      return sumParity(e.terms, name);
    case 'mul':
      return e.factors.map((f) => parity(f, name)).reduce(times, 'even');
    case 'pow':
      return powParity(e.base, e.exp, name);
    case 'call':
      return callParity(e.fn, e.args, name);
    case 'cond':
      return 'none';
  }
}
