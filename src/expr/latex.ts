/**
 * Prints an expression as LaTeX in standard notation: \frac for
 * quotients, \operatorname for csch, sech and erf, \left|\xi\right|,
 * \sqrt, and the step and point mass as H and \delta.
 */
import * as Q from './rational.js';
import type { Expr } from './tree.js';
import { isNum, num, pow, splitCoefficient } from './tree.js';
import { fraction } from './print.js';

const PREC = { cond: 0, add: 1, mul: 2, neg: 2, pow: 4, atom: 5 } as const;

interface Printed { tex: string; prec: number }

const SYMBOLS: Record<string, string> = { xi: '\\xi', x: 'x', r: 'r', pi: '\\pi', e: 'e', i: 'i' };

const OPERATORS: Record<string, string> = {
  exp: '\\exp', log: '\\log', sin: '\\sin', cos: '\\cos', tanh: '\\tanh',
  sinh: '\\sinh', cosh: '\\cosh', coth: '\\coth', sech: '\\operatorname{sech}',
  csch: '\\operatorname{csch}', erf: '\\operatorname{erf}',
  erfc: '\\operatorname{erfc}', sign: '\\operatorname{sign}', gamma: '\\Gamma',
  max: '\\max', min: '\\min', heaviside: 'H',
};

export function toLatex(e: Expr): string {
  return print(e).tex;
}

function print(e: Expr): Printed {
  switch (e.kind) {
    case 'num': return printRational(e.value);
    case 'const':
    case 'sym': return { tex: SYMBOLS[e.name] ?? e.name, prec: PREC.atom };
    case 'add': return printSum(e.terms);
    case 'mul': return printProduct(e);
    case 'pow': return printPow(e.base, e.exp);
    case 'call': return printCall(e.fn, e.args);
    case 'cond': return printCond(e);
  }
}

const wrap = (p: Printed, min: number) =>
  (p.prec < min ? `\\left(${p.tex}\\right)` : p.tex);

function printRational(r: Q.Rational): Printed {
  const sign = r.num < 0n ? '-' : '';
  const n = r.num < 0n ? -r.num : r.num;
  if (r.den === 1n) return { tex: `${sign}${n}`, prec: sign ? PREC.neg : PREC.atom };
  return { tex: `${sign}\\frac{${n}}{${r.den}}`, prec: sign ? PREC.neg : PREC.mul };
}

function printSum(terms: readonly Expr[]): Printed {
  const last = terms[terms.length - 1]!;
  const ordered = isNum(last) && Q.cmp(last.value, Q.ZERO) > 0
    ? [last, ...terms.slice(0, -1)] : terms;
  let tex = '';
  ordered.forEach((t, k) => {
    const [c] = splitCoefficient(t);
    const negative = Q.cmp(c, Q.ZERO) < 0;
    const body = negative ? print(negate(t)) : print(t);
    const s = wrap(body, PREC.add + 1);
    if (k === 0) tex = negative ? `-${s}` : s;
    else tex += negative ? ` - ${s}` : ` + ${s}`;
  });
  return { tex, prec: PREC.add };
}

function negate(t: Expr): Expr {
  const [c, rest] = splitCoefficient(t);
  const m = Q.neg(c);
  if (Q.isOne(m)) return rest;
  const factors = rest.kind === 'mul' ? rest.factors : [rest];
  return { kind: 'mul', key: '', factors: [num(m), ...factors] };
}

function printProduct(e: Expr & { kind: 'mul' }): Printed {
  const { coeff, top, bottom } = fraction(e);
  const negative = Q.cmp(coeff, Q.ZERO) < 0;
  const c = negative ? Q.neg(coeff) : coeff;
  const topTex = joinFactors(top, c.num);
  let tex = topTex;
  if (bottom.length > 0 || c.den !== 1n) {
    const bottomTex = joinFactors(bottom, c.den);
    tex = `\\frac{${topTex}}{${bottomTex}}`;
  }
  return { tex: negative ? `-${tex}` : tex, prec: negative ? PREC.neg : PREC.mul };
}

function joinFactors(factors: readonly Expr[], n: bigint): string {
  // A lone factor needs no parentheses: the fraction bar groups it.
  const alone = factors.length === 1 && n === 1n;
  const parts = factors.map((f) => (alone ? print(f).tex : wrap(print(f), PREC.mul + 1)));
  if (n !== 1n || parts.length === 0) parts.unshift(`${n}`);
  // A thin space keeps adjacent function names and numbers apart.
  return parts.reduce((acc, p, k) => (k === 0 ? p : /^[0-9]/.test(p) ? `${acc} \\cdot ${p}` : `${acc} ${p}`), '');
}

function printPow(base: Expr, exponent: Expr): Printed {
  if (isNum(exponent) && Q.cmp(exponent.value, Q.ZERO) < 0) {
    const inverse = pow(base, num(Q.neg(exponent.value)));
    return { tex: `\\frac{1}{${print(inverse).tex}}`, prec: PREC.mul };
  }
  if (isNum(exponent) && Q.eq(exponent.value, Q.rat(1, 2))) {
    return { tex: `\\sqrt{${print(base).tex}}`, prec: PREC.atom };
  }
  const exp = isNum(exponent) ? Q.toString(exponent.value) : print(exponent).tex;
  if (base.kind === 'call' && base.fn !== 'abs' && base.args.length === 1 && OPERATORS[base.fn]) {
    const arg = print(base.args[0]!).tex;
    return { tex: `${OPERATORS[base.fn]}^{${exp}}\\left(${arg}\\right)`, prec: PREC.atom };
  }
  return { tex: `${wrap(print(base), PREC.pow + 1)}^{${exp}}`, prec: PREC.pow };
}

function printCall(fn: string, args: readonly Expr[]): Printed {
  const inner = args.map((a) => print(a).tex).join(', ');
  if (fn === 'abs') return { tex: `\\left|${inner}\\right|`, prec: PREC.atom };
  if (fn === 'exp') return printExp(args[0]!);
  if (fn === 'besselk') {
    return { tex: `K_{${print(args[0]!).tex}}\\left(${print(args[1]!).tex}\\right)`, prec: PREC.atom };
  }
  if (fn === 'dirac') return printDirac(args);
  const name = OPERATORS[fn] ?? `\\operatorname{${fn}}`;
  return { tex: `${name}\\left(${inner}\\right)`, prec: PREC.atom };
}

/** e^{u}, or \exp(u) when u contains a fraction that would print too small. */
function printExp(u: Expr): Printed {
  const inner = print(u).tex;
  if (inner.includes('\\frac')) return { tex: `\\exp\\left(${inner}\\right)`, prec: PREC.atom };
  return { tex: `e^{${inner}}`, prec: PREC.pow };
}

function printDirac(args: readonly Expr[]): Printed {
  const order = args[1];
  const k = order && isNum(order) ? Number(order.value.num) : 0;
  const marks = k === 0 ? '' : k <= 3 ? "'".repeat(k) : `^{(${k})}`;
  return { tex: `\\delta${marks}\\left(${print(args[0]!).tex}\\right)`, prec: PREC.atom };
}

function printCond(e: Expr & { kind: 'cond' }): Printed {
  const op = e.strict ? '>' : '\\ge';
  const tex = `\\begin{cases} ${print(e.then).tex} & ${print(e.test).tex} ${op} 0 \\\\ `
    + `${print(e.otherwise).tex} & \\text{otherwise} \\end{cases}`;
  return { tex, prec: PREC.atom };
}
