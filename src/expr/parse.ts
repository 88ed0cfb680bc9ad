/**
 * Reads activation text into the toolkit's expression tree. mathjs does
 * the tokenising and precedence; this module accepts only the grammar
 * below and converts numbers exactly (0.1 is 1/10, not a double).
 *
 * Grammar: + - * / ^, numbers, pi, e, x, parameters bound by
 * `; name = value`, comparisons inside `test ? a : b`, and the functions
 * in FUNCTION_NAMES (plus the shorthands in MACROS).
 */
import { all, create, type MathNode } from 'mathjs';
import { InputError } from '../errors.js';
import * as Q from './rational.js';
import type { Expr, FnName } from './tree.js';
import { toText } from './print.js';
import {
  E, PI, add, call, cond, div, mul, neg, num, pow, sub, sym, MINUS_ONE,
  HALF, ONE, ZERO,
} from './tree.js';

const math = create(all, { number: 'BigNumber', precision: 64 });

export const MAX_INPUT_LENGTH = 4000;

/**
 * Largest number of decimal digits that the numbers of one activation
 * may have together, counting each use of a parameter and each power of
 * a number. Exact arithmetic on larger numbers can take minutes.
 */
export const MAX_NUMBER_DIGITS = 100_000;

/** Names that a parameter assignment may not use. */
const RESERVED = new Set(['x', 'pi', 'e', 'i']);

/** Functions accepted in activation text, with their arity. */
const FUNCTION_NAMES: Record<string, { fn: FnName | 'sqrt'; arity: number }> = {
  exp: { fn: 'exp', arity: 1 }, log: { fn: 'log', arity: 1 },
  ln: { fn: 'log', arity: 1 }, sqrt: { fn: 'sqrt', arity: 1 },
  abs: { fn: 'abs', arity: 1 }, sign: { fn: 'sign', arity: 1 },
  heaviside: { fn: 'heaviside', arity: 1 }, max: { fn: 'max', arity: 2 },
  min: { fn: 'min', arity: 2 }, tanh: { fn: 'tanh', arity: 1 },
  sinh: { fn: 'sinh', arity: 1 }, cosh: { fn: 'cosh', arity: 1 },
  sech: { fn: 'sech', arity: 1 }, csch: { fn: 'csch', arity: 1 },
  coth: { fn: 'coth', arity: 1 }, erf: { fn: 'erf', arity: 1 },
  erfc: { fn: 'erfc', arity: 1 }, sin: { fn: 'sin', arity: 1 },
  cos: { fn: 'cos', arity: 1 },
};

/** Shorthands expanded at parse time, each a function of its argument. */
const MACROS: Record<string, (u: Expr) => Expr> = {
  sigmoid: (u) => div(ONE, add(ONE, call('exp', neg(u)))),
  softplus: (u) => call('log', add(ONE, call('exp', u))),
  relu: (u) => call('max', u, ZERO),
};

export const ACCEPTED = 'numbers, x, pi, e, parameters bound with "; name = value", '
  + 'the operators + - * / ^, "test ? a : b" with > >= < <= in the test, and the '
  + `functions ${[...Object.keys(FUNCTION_NAMES), ...Object.keys(MACROS)].join(', ')}`;

export interface Parsed {
  expr: Expr;
  parameters: Record<string, Q.Rational>;
}

/**
 * Parses `text` as a function of x. `parameters` gives values to named
 * parameters; values written in the text (`; alpha = 0.1`) take
 * precedence.
 */
export function parseActivation(
  text: string,
  parameters: Record<string, Q.Rational> = {},
): Parsed {
  if (text.trim() === '') throw new InputError('empty activation: give a formula in x, e.g. "tanh(x)"');
  if (text.length > MAX_INPUT_LENGTH) {
    throw new InputError(`activation text has ${text.length} characters; the limit is ${MAX_INPUT_LENGTH}`);
  }
  const root = parseWithMathjs(text);
  const { body, bound } = splitAssignments(root);
  const values = { ...parameters, ...bound };
  const context: Context = { values, digits: 0 };
  return { expr: convert(body, context), parameters: values };
}

function parseWithMathjs(text: string): MathNode {
  try {
    return math.parse(text);
  } catch (err) {
    if (err instanceof RangeError) {
      throw new InputError(`activation text is nested too deeply to parse: ${clip(text)}`);
    }
    const why = err instanceof Error ? err.message : String(err);
    throw new InputError(`cannot parse "${clip(text)}": ${why}. Accepted: ${ACCEPTED}`);
  }
}

const clip = (t: string) => (t.length > 60 ? `${t.slice(0, 57)}...` : t);

function splitAssignments(root: MathNode) {
  const bound: Record<string, Q.Rational> = {};
  if (root.type !== 'BlockNode') return { body: root, bound };
  const blocks = (root as unknown as { blocks: { node: MathNode }[] }).blocks.map((b) => b.node);
  const body = blocks[0]!;
  for (const node of blocks.slice(1)) {
    if (node.type !== 'AssignmentNode') {
      throw new InputError(`after ";" only parameter assignments like "alpha = 0.1" are accepted, got "${node.toString()}"`);
    }
    const a = node as unknown as { object: MathNode & { name?: string }; value: MathNode };
    const name = a.object.name ?? a.object.toString();
    if (name === 'x') throw new InputError('x is the variable of the activation and cannot be assigned a value');
    if (RESERVED.has(name)) {
      throw new InputError(`"${name}" is a constant and cannot be assigned a value; choose another parameter name`);
    }
    if (Object.hasOwn(bound, name)) {
      throw new InputError(`parameter ${name} is assigned twice; give each parameter one value`);
    }
    bound[name] = constantValue(convert(a.value, { values: {}, digits: 0 }), name);
  }
  return { body, bound };
}

function constantValue(e: Expr, name: string): Q.Rational {
  if (e.kind === 'num') return e.value;
  throw new InputError(`parameter ${name} must be given a rational number such as 0.1 or -2/3, got "${toText(e)}"`);
}

type Values = Record<string, Q.Rational>;

/** Parameter values, and the digits of the numbers converted so far. */
interface Context {
  readonly values: Values;
  digits: number;
}

function convert(node: MathNode, context: Context): Expr {
  const go = (n: MathNode) => convert(n, context);
  const n = node as unknown as Record<string, unknown>;
  switch (node.type) {
    case 'ParenthesisNode':
      return go(n.content as MathNode);
    case 'ConstantNode':
      return counted(constant(n.value), context);
    case 'SymbolNode':
      return counted(symbol(n.name as string, context.values), context);
    case 'OperatorNode':
      return operator(node, n.op as string, (n.args as MathNode[]), go, context);
    case 'FunctionNode':
      return functionCall(node, go);
    case 'ConditionalNode':
      return conditional(n, go);
    default:
      throw new InputError(`unsupported syntax "${node.toString()}" (${node.type}). Accepted: ${ACCEPTED}`);
  }
}

function constant(value: unknown): Expr {
  // mathjs reads an empty statement, as in ";" or "; a = 1", as undefined.
  if (value === undefined) {
    throw new InputError('the formula is empty: give a formula in x before ";", e.g. "alpha*x; alpha = 0.1"');
  }
  const text = typeof value === 'object' && value !== null ? String(value) : String(value);
  const r = Q.parseDecimal(text.replace(/^-/, ''));
  if (!r || typeof value === 'string' || typeof value === 'boolean') {
    throw new InputError(`unsupported constant ${JSON.stringify(text)}: only real numbers are accepted`);
  }
  return num(text.startsWith('-') ? Q.neg(r) : r);
}

function symbol(name: string, values: Values): Expr {
  if (name === 'x') return sym('x');
  if (name === 'pi') return PI;
  if (name === 'e') return E;
  const v = Object.hasOwn(values, name) ? values[name] : undefined;
  if (v !== undefined) return num(v);
  if (name === 'i') throw new InputError('the imaginary unit i is not accepted: activations are real functions of x');
  throw new InputError(
    `unknown symbol "${name}": an activation is a function of x; give parameters a value, e.g. "${name}*x; ${name} = 0.1"`,
  );
}

const ARITHMETIC: Record<string, (a: Expr, b: Expr) => Expr> = {
  '+': add, '-': sub, '*': mul, '/': div, '^': pow,
};

/** Adds the digits of a number (or bound parameter) to the total. */
function counted(e: Expr, context: Context): Expr {
  if (e.kind === 'num') addDigits(context, digitsOf(e.value));
  return e;
}

function addDigits(context: Context, digits: number): void {
  context.digits += digits;
  if (context.digits > MAX_NUMBER_DIGITS) {
    throw new InputError(
      `the numbers in the activation have more than ${MAX_NUMBER_DIGITS} decimal digits together `
      + '(counting powers and each use of a parameter); use smaller numbers or exponents',
    );
  }
}

/** Decimal digits of numerator and denominator, from their bit lengths. */
function digitsOf(r: Q.Rational): number {
  const bits = (v: bigint) => (v < 0n ? -v : v).toString(16).length * 4;
  return Math.ceil((bits(r.num) + bits(r.den)) * Math.log10(2));
}

/** Digits of the largest number in e, the size of one factor of e^k. */
function largestDigits(e: Expr): number {
  if (e.kind === 'num') return digitsOf(e.value);
  const parts = e.kind === 'add' ? e.terms : e.kind === 'mul' ? e.factors
    : e.kind === 'pow' ? [e.base, e.exp] : e.kind === 'call' ? e.args : [];
  return parts.reduce((m, p) => Math.max(m, largestDigits(p)), 0);
}

function operator(
  node: MathNode, op: string, args: MathNode[], go: (n: MathNode) => Expr, context: Context,
): Expr {
  if (op === '-' && args.length === 1) return neg(go(args[0]!));
  if (op === '+' && args.length === 1) return go(args[0]!);
  const f = Object.hasOwn(ARITHMETIC, op) ? ARITHMETIC[op] : undefined;
  if (f && args.length === 2) {
    const left = go(args[0]!);
    const right = go(args[1]!);
    if (op === '^') checkPowerSize(left, right, context);
    return combine(node, () => f(left, right));
  }
  if (['>', '<', '>=', '<='].includes(op)) {
    throw new InputError(`a comparison "${op}" is accepted only as the test of "test ? a : b"`);
  }
  throw new InputError(`unsupported operator "${op}". Accepted: ${ACCEPTED}`);
}

function functionCall(node: MathNode, go: (n: MathNode) => Expr): Expr {
  const f = node as unknown as { fn: MathNode & { name?: string }; args: MathNode[] };
  const name = f.fn.name ?? f.fn.toString();
  const args = f.args.map(go);
  const macro = Object.hasOwn(MACROS, name) ? MACROS[name] : undefined;
  const known = Object.hasOwn(FUNCTION_NAMES, name) ? FUNCTION_NAMES[name] : undefined;
  const arity = macro ? 1 : known?.arity;
  if (arity === undefined) {
    throw new InputError(`unknown function "${name}". Accepted: ${ACCEPTED}`);
  }
  if (args.length !== arity) {
    throw new InputError(`${name} takes ${arity} argument${arity > 1 ? 's' : ''}, got ${args.length}`);
  }
  if (macro) return macro(args[0]!);
  if (known!.fn === 'sqrt') return pow(args[0]!, HALF);
  return call(known!.fn, ...args);
}

/** Counts the digits that b^k with integer k will have, before building it. */
function checkPowerSize(base: Expr, exponent: Expr, context: Context): void {
  if (exponent.kind !== 'num' || !Q.isInteger(exponent.value)) return;
  // exp(u)^k and f(u)^k keep their numbers; only products, sums and
  // numbers raised to a power multiply them.
  if (base.kind === 'call' || base.kind === 'sym' || base.kind === 'const') return;
  const k = exponent.value.num < 0n ? -exponent.value.num : exponent.value.num;
  const limit = BigInt(MAX_NUMBER_DIGITS);
  const size = BigInt(largestDigits(base)) * (k > limit ? limit + 1n : k);
  addDigits(context, Number(size > limit ? limit + 1n : size));
}

/**
 * Builds a node, naming the operation when the construction fails
 * (1/0 becomes 0^(−1), which has no value).
 */
function combine(node: MathNode, build: () => Expr): Expr {
  try {
    return build();
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    throw new InputError(`"${clip(node.toString())}" has no value: ${err.message}`);
  }
}

/** `lhs op rhs ? a : b` becomes cond(lhs − rhs, ...) or cond(rhs − lhs, ...). */
function conditional(n: Record<string, unknown>, go: (n: MathNode) => Expr): Expr {
  const test = n.condition as MathNode & { op?: string; args?: MathNode[] };
  const op = test.type === 'OperatorNode' ? test.op : undefined;
  if (!op || !['>', '<', '>=', '<='].includes(op) || test.args?.length !== 2) {
    throw new InputError(`the test of "test ? a : b" must be one comparison with > >= < <=, got "${test.toString()}"`);
  }
  const lhs = go(test.args[0]!);
  const rhs = go(test.args[1]!);
  const difference = op.startsWith('>') ? sub(lhs, rhs) : sub(rhs, lhs);
  const strict = !op.endsWith('=');
  return cond(difference, strict, go(n.trueExpr as MathNode), go(n.falseExpr as MathNode));
}


