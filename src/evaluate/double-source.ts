/**
 * Prints lowered steps (codegen/lower.ts) as the source of a plain
 * JavaScript function in doubles, one `const` per step. Real steps are
 * numbers; complex steps (those that contain i) call complexField, so
 * they throw where the tree-walking evaluator throws.
 *
 * When a step leaves the range that the guard allows (see `Guard`) or
 * throws, the function returns the value of a fallback, the
 * tree-walking evaluator. That covers what IEEE arithmetic hides:
 * log(−1) and (−1)^(1/2) are NaN here but complex there, and an
 * overflow is ±Infinity here but an error there.
 */
import type { FnName } from '../expr/tree.js';
import { InputError } from '../errors.js';
import { complexField } from '../numeric/complex-field.js';
import { UnsupportedError } from '../codegen/errors.js';
import type { Lowered, Step, StepOp } from '../codegen/lower.js';

/**
 * The rule for the step values that send an evaluation back to the
 * tree-walking evaluator. 'finite' rejects NaN and ±Infinity, and
 * 'normal' also rejects 0 and subnormal values, whose lost digits the
 * extended-range evaluator keeps.
 */
export type Guard = 'finite' | 'normal';

/**
 * The type of value that a compiled function returns: a number (the real
 * part of a complex expression) or a complex number.
 */
export type ResultKind = 'real' | 'complex';

type Names = ReadonlyMap<string, Step>;

/** The smallest positive normal double, about 2.2e-308. */
const MIN_NORMAL = 2 ** -1022;

/** Real functions that map to one expression; the rest are helpers in R. */
const REAL_CALLS: Partial<Record<FnName, (args: string[]) => string>> = {
  exp: ([x]) => `Math.exp(${x})`,
  log: ([x]) => `Math.log(${x})`,
  log1p: ([x]) => `Math.log1p(${x})`,
  abs: ([x]) => `Math.abs(${x})`,
  sign: ([x]) => `(Math.sign(${x}) + 0)`,
  heaviside: ([x]) => `(${x} > 0 ? 1 : ${x} < 0 ? 0 : 0.5)`,
  tanh: ([x]) => `Math.tanh(${x})`,
  sinh: ([x]) => `Math.sinh(${x})`,
  cosh: ([x]) => `Math.cosh(${x})`,
  sin: ([x]) => `Math.sin(${x})`,
  cos: ([x]) => `Math.cos(${x})`,
  max: (args) => args.reduce((best, x) => `R.max2(${best}, ${x})`),
  min: (args) => args.reduce((best, x) => `R.min2(${best}, ${x})`),
  sech: ([x]) => `R.sech(${x})`,
  csch: ([x]) => `R.csch(${x})`,
  coth: ([x]) => `R.coth(${x})`,
  erf: ([x]) => `R.erf(${x})`,
  erfc: ([x]) => `R.erfc(${x})`,
  gamma: ([x]) => `R.gamma(${x})`,
  besselk: ([nu, x]) => `R.besselK(${nu}, ${x})`,
  dirac: (args) => `R.dirac(${args.join(', ')})`,
};

/**
 * Prints the double nearest num/den. Throws UnsupportedError when the
 * value is outside what the guard accepts, so the whole expression
 * stays with the tree-walking evaluator.
 */
function rationalLiteral(num: bigint, den: bigint, guard: Guard): string {
  let value: number;
  try {
    value = complexField.fromRational(num, den).re;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new UnsupportedError(error.message);
  }
  const rounded = num !== 0n && Math.abs(value) < MIN_NORMAL;
  if (guard === 'normal' && rounded) {
    throw new UnsupportedError(
      `the rational ${num}/${den} is below the normal double range`);
  }
  return String(value);
}

function realExpression(op: StepOp, args: string[], inputs: readonly string[],
  guard: Guard): string {
  switch (op.kind) {
    case 'input': return `p${inputs.indexOf(op.name)}`;
    case 'rational': return rationalLiteral(op.num, op.den, guard);
    case 'constant': return op.name === 'pi' ? 'Math.PI' : 'Math.E';
    case 'add': return args.join(' + ');
    case 'mul': return product(args, op.divisors);
    case 'powInt': return power(args[0]!, op.exponent);
    case 'powRational':
      if (op.num === 1n && op.den === 2n) return `Math.sqrt(${args[0]})`;
      return `${args[0]} ** ${rationalLiteral(op.num, op.den, 'finite')}`;
    case 'call': return realCall(op.fn, args);
    // NOTE: both branches are computed before the test, so a branch that
    // overflows where it is not taken (1/(1 + e^v) of the logistic's
    // stable form at v > 709) sends the evaluation to the tree walker:
    // the value is right, but it takes the slow route.
    case 'cond': return choice(args[0]!, op.strict, args[1]!, args[2]!);
  }
}

/** `test > 0 ? then : otherwise`, or `>=` when `strict` is false. */
function choice(test: string, strict: boolean, then: string,
  otherwise: string): string {
  return `${test} ${strict ? '>' : '>='} 0 ? ${then} : ${otherwise}`;
}

/**
 * Divides by one divisor at a time, as the tree-walking evaluator
 * multiplies by their reciprocals, so no product of divisors overflows.
 */
function product(top: string[], divisors: readonly string[]): string {
  const numerator = top.length ? top.join(' * ') : '1';
  return [numerator, ...divisors].join(' / ');
}

/**
 * Prints x^n for 1 ≤ n ≤ 16 as the products that R.powInt forms by
 * repeated squaring, in the same order, so the value is the same to the
 * bit without the loop. Other exponents call R.powInt.
 */
function power(x: string, n: bigint): string {
  if (n < 1n || n > 16n) return `R.powInt(${x}, ${integer(n)})`;
  let result: string | undefined;
  let base = x;
  for (let k = n; k > 0n; k /= 2n) {
    if (k % 2n === 1n) result = result ? `(${result} * ${base})` : base;
    if (k > 1n) base = `(${base} * ${base})`;
  }
  return result!;
}

function integer(n: bigint): string {
  const limit = BigInt(Number.MAX_SAFE_INTEGER);
  if (n > limit || n < -limit) {
    throw new UnsupportedError(
      `the exponent ${n} is beyond the exact integers of a double`);
  }
  return `${n}`;
}

function realCall(fn: FnName, args: string[]): string {
  const call = REAL_CALLS[fn];
  if (!call) {
    throw new UnsupportedError(`compiled doubles do not implement ${fn}`);
  }
  return call(args);
}

function complexExpression(step: Step, args: string[]): string {
  const op = step.op;
  switch (op.kind) {
    case 'constant': return 'R.I';
    case 'add': return args.reduce((sum, x) => `F.add(${sum}, ${x})`);
    case 'mul': {
      const top = args.length
        ? args.reduce((p, x) => `F.mul(${p}, ${x})`)
        : 'R.ONE';
      return op.divisors.reduce((q, x) => `F.div(${q}, ${x})`, top);
    }
    case 'powInt': return `F.powInt(${args[0]}, ${op.exponent}n)`;
    case 'powRational': {
      const exponent = rationalLiteral(op.num, op.den, 'finite');
      return `F.pow(${args[0]}, R.lift(${exponent}))`;
    }
    case 'call': return `F.apply('${op.fn}', [${args.join(', ')}])`;
    case 'cond': return choice(`${args[0]}.re`, op.strict, args[1]!, args[2]!);
    default:
      throw new UnsupportedError(
        `a complex step cannot be ${op.kind} (${step.text})`);
  }
}

/** Names a step's operand, lifted to a complex number in a complex step. */
function operand(name: string, steps: Names, complex: boolean): string {
  return complex && !steps.get(name)!.complex ? `R.lift(${name})` : name;
}

function line(step: Step, steps: Names, inputs: readonly string[],
  guard: Guard): string {
  const lifted = (names: readonly string[]) =>
    names.map((a) => operand(a, steps, step.complex));
  const args = lifted(step.args);
  if (!step.complex) {
    return `const ${step.name} = ${realExpression(step.op, args, inputs, guard)};`;
  }
  const op = step.op.kind === 'mul'
    ? { ...step.op, divisors: lifted(step.op.divisors) }
    : step.op;
  return `const ${step.name} = ${complexExpression({ ...step, op }, args)};`;
}

/**
 * Prints the test that every step passed the guard. Complex steps need none,
 * as complexField throws on overflow, and neither do constants and
 * rationals, which rationalLiteral checks once. A finite x gives
 * x·0 = 0 and a NaN or infinite one gives NaN, so one sum checks every
 * step.
 */
function check(steps: readonly Step[], guard: Guard): string {
  const fixed = ['constant', 'rational'];
  const names = steps
    .filter((s) => !s.complex && !fixed.includes(s.op.kind))
    .map((s) => s.name);
  if (!names.length) return 'true';
  if (guard === 'normal') {
    return names.map((n) => `R.isNormal(${n})`).join(' && ');
  }
  return `${names.map((n) => `${n} * 0`).join(' + ')} === 0`;
}

/** Names of the steps that depend on an input; the rest are constants. */
function inputDependent(steps: readonly Step[]): Set<string> {
  const dependent = new Set<string>();
  for (const s of steps) {
    const uses = s.op.kind === 'mul' ? [...s.args, ...s.op.divisors] : s.args;
    const varies = s.op.kind === 'input' || uses.some((a) => dependent.has(a));
    if (varies) dependent.add(s.name);
  }
  return dependent;
}

/** Prints the value that the compiled function returns. */
function resultValue(lowered: Lowered, kind: ResultKind): string {
  const name = lowered.result;
  if (kind === 'complex') return lowered.complex ? name : `{ re: ${name}, im: 0 }`;
  return lowered.complex ? `${name}.re` : name;
}

/**
 * Prints the body of `function (R, F, fallback)` that returns the
 * compiled function of the inputs p0, p1, … (in the order of `inputs`).
 * Where a step fails the guard or throws an LfpError, that function
 * returns fallback(p0, p1, …). Steps that do not depend on an input are
 * computed once, outside it, and the body returns undefined when one of
 * them fails the guard, since every evaluation would.
 */
export function doubleSource(lowered: Lowered, inputs: readonly string[],
  guard: Guard, kind: ResultKind): string {
  if (guard === 'normal' && lowered.steps.some((s) => s.complex)) {
    throw new UnsupportedError(
      'the normal-range guard applies to real expressions only');
  }
  const steps = new Map(lowered.steps.map((s) => [s.name, s]));
  const dependent = inputDependent(lowered.steps);
  const constant = lowered.steps.filter((s) => !dependent.has(s.name));
  const varying = lowered.steps.filter((s) => dependent.has(s.name));
  const print = (s: Step) => line(s, steps, inputs, guard);
  const parameters = inputs.map((_, k) => `p${k}`).join(', ');
  return [
    '"use strict";',
    ...constant.map(print),
    `if (!(${check(constant, guard)})) return undefined;`,
    `return function compiled(${parameters}) {`,
    '  try {',
    ...varying.map((s) => `    ${print(s)}`),
    `    if (${check(varying, guard)}) return ${resultValue(lowered, kind)};`,
    '  } catch (error) {',
    '    if (!(error instanceof R.LfpError)) throw error;',
    '  }',
    `  return fallback(${parameters});`,
    '};',
  ].join('\n');
}
