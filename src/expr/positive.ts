/**
 * Simplifies under the assumption that a symbol is positive, as the
 * radial variable |ξ| of the LFP coefficients is:
 * (s^a)^b = s^{ab}, |s| = s, sign(s) = 1.
 */
import type { Expr } from './tree.js';
import { ONE, mapTree, mul, pow } from './tree.js';

export function assumePositive(e: Expr, name: string): Expr {
  const isS = (n: Expr) => n.kind === 'sym' && n.name === name;
  return mapTree(e, (n) => {
    if (n.kind === 'pow' && n.base.kind === 'pow' && isS(n.base.base)) {
      return pow(n.base.base, mul(n.base.exp, n.exp));
    }
    if (n.kind === 'call' && n.fn === 'abs' && isS(n.args[0]!)) return n.args[0];
    if (n.kind === 'call' && n.fn === 'sign' && isS(n.args[0]!)) return ONE;
    return undefined;
  });
}

