/**
 * Prints an expression as plain text that the parser reads back:
 * explicit `*`, `^` for powers, `a/b` for negative exponents and
 * `test > 0 ? then : otherwise` for conditions.
 */
import * as Q from './rational.js';
import type { Expr } from './tree.js';
import { isNum, num, pow, splitCoefficient } from './tree.js';

const PREC = { add: 1, mul: 2, neg: 2, pow: 4, atom: 5, cond: 0 } as const;

export function toText(e: Expr): string {
  return print(e).text;
}

interface Printed { text: string; prec: number }

function print(e: Expr): Printed {
  switch (e.kind) {
    case 'num': return printRational(e.value);
    case 'const': return { text: e.name, prec: PREC.atom };
    case 'sym': return { text: e.name, prec: PREC.atom };
    case 'add': return printSum(e.terms);
    case 'mul': return printProduct(e);
    case 'pow': return printPow(e.base, e.exp);
    case 'call': return printCall(e.fn, e.args);
    case 'cond': return printCond(e);
  }
}

function wrap(p: Printed, min: number): string {
  return p.prec < min ? `(${p.text})` : p.text;
}

function printRational(r: Q.Rational): Printed {
  const text = Q.toString(r);
  if (r.num < 0n) return { text, prec: PREC.neg };
  return { text, prec: r.den === 1n ? PREC.atom : PREC.mul };
}

/** Orders a sum so a positive number leads it (1 + e^x) and a negative one ends it (x − 1). */
function textbookOrder(terms: readonly Expr[]): readonly Expr[] {
  const last = terms[terms.length - 1]!;
  if (!isNum(last) || Q.cmp(last.value, Q.ZERO) < 0) return terms;
  return [last, ...terms.slice(0, -1)];
}

function printSum(input: readonly Expr[]): Printed {
  const terms = textbookOrder(input);
  let text = '';
  terms.forEach((t, k) => {
    const [c] = splitCoefficient(t);
    const negative = Q.cmp(c, Q.ZERO) < 0;
    const body = negative ? printProductOf(Q.neg(c), t) : print(t);
    const s = wrap(body, PREC.add + 1);
    if (k === 0) text = negative ? `-${s}` : s;
    else text += negative ? ` - ${s}` : ` + ${s}`;
  });
  return { text, prec: PREC.add };
}

/** Prints |c|·rest for a term t = c·rest with c < 0. */
function printProductOf(magnitude: Q.Rational, t: Expr): Printed {
  const [, rest] = splitCoefficient(t);
  return Q.isOne(magnitude) ? print(rest) : printProduct(mulRaw(magnitude, rest));
}

function mulRaw(c: Q.Rational, rest: Expr): Expr & { kind: 'mul' } {
  const factors = rest.kind === 'mul' ? rest.factors : [rest];
  return { kind: 'mul', key: '', factors: [num(c), ...factors] };
}

/** Splits the factors into numerator and denominator parts. */
export function fraction(e: Expr & { kind: 'mul' }) {
  let coeff = Q.ONE;
  const top: Expr[] = [];
  const bottom: Expr[] = [];
  for (const f of e.factors) {
    if (isNum(f)) coeff = Q.mul(coeff, f.value);
    else if (f.kind === 'pow' && isNum(f.exp) && Q.cmp(f.exp.value, Q.ZERO) < 0) {
      bottom.push(pow(f.base, num(Q.neg(f.exp.value))));
    } else top.push(f);
  }
  return { coeff, top, bottom };
}

function printProduct(e: Expr & { kind: 'mul' }): Printed {
  const { coeff, top, bottom } = fraction(e);
  const negative = Q.cmp(coeff, Q.ZERO) < 0;
  const c = negative ? Q.neg(coeff) : coeff;
  const upper = [...(c.num !== 1n || top.length === 0 ? [`${c.num}`] : []),
    ...top.map((f) => wrap(print(f), PREC.mul + 1))];
  const lower = [...(c.den !== 1n ? [`${c.den}`] : []),
    ...bottom.map((f) => wrap(print(f), PREC.mul + 1))];
  let text = upper.join('*');
  if (lower.length === 1) text += `/${lower[0]}`;
  if (lower.length > 1) text += `/(${lower.join('*')})`;
  return { text: negative ? `-${text}` : text, prec: negative ? PREC.neg : PREC.mul };
}

function printPow(base: Expr, exponent: Expr): Printed {
  if (isNum(exponent) && Q.eq(exponent.value, Q.rat(1, 2))) {
    return { text: `sqrt(${print(base).text})`, prec: PREC.atom };
  }
  if (isNum(exponent) && Q.cmp(exponent.value, Q.ZERO) < 0) {
    const inverse = pow(base, num(Q.neg(exponent.value)));
    return { text: `1/${wrap(print(inverse), PREC.pow)}`, prec: PREC.mul };
  }
  const b = wrap(print(base), PREC.pow + 1);
  const x = wrap(print(exponent), PREC.atom);
  return { text: `${b}^${x}`, prec: PREC.pow };
}

function printCall(fn: string, args: readonly Expr[]): Printed {
  if (fn === 'dirac' && args.length === 2) {
    const order = args[1]!;
    const inner = print(args[0]!).text;
    if (isNum(order) && Q.isZero(order.value)) return { text: `dirac(${inner})`, prec: PREC.atom };
    return { text: `dirac(${inner}, ${print(order).text})`, prec: PREC.atom };
  }
  const text = `${fn}(${args.map((a) => print(a).text).join(', ')})`;
  return { text, prec: PREC.atom };
}

function printCond(e: Expr & { kind: 'cond' }): Printed {
  const op = e.strict ? '>' : '>=';
  const test = `${print(e.test).text} ${op} 0`;
  return {
    text: `${test} ? ${wrap(print(e.then), 1)} : ${wrap(print(e.otherwise), 1)}`,
    prec: PREC.cond,
  };
}
