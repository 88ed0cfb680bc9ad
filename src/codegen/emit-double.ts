/**
 * One line of double-precision TypeScript per lowered step. Real steps
 * are plain numbers; complex steps are Complex values built with the
 * helpers of runtime.ts (csum, cprod, cquot, cpow, cplx).
 */
import type { FnName } from '../expr/tree.js';
import { UnsupportedError } from './errors.js';
import type { Lowered, Step } from './lower.js';
import { gammaArgument, gammaValue } from './gamma.js';

/** Double-precision expressions of the real functions; besselK is in runtime.ts. */
const REAL_FUNCTIONS: Partial<Record<FnName, (args: string[]) => string>> = {
  exp: ([x]) => `Math.exp(${x})`,
  log: ([x]) => `Math.log(${x})`,
  log1p: ([x]) => `Math.log1p(${x})`,
  abs: ([x]) => `Math.abs(${x})`,
  sign: ([x]) => `Math.sign(${x})`,
  heaviside: ([x]) => `(${x} > 0 ? 1 : ${x} < 0 ? 0 : 0.5)`,
  max: ([a, b]) => `Math.max(${a}, ${b})`,
  min: ([a, b]) => `Math.min(${a}, ${b})`,
  tanh: ([x]) => `Math.tanh(${x})`,
  sinh: ([x]) => `Math.sinh(${x})`,
  cosh: ([x]) => `Math.cosh(${x})`,
  sech: ([x]) => `1 / Math.cosh(${x})`,
  csch: ([x]) => `1 / Math.sinh(${x})`,
  coth: ([x]) => `1 / Math.tanh(${x})`,
  sin: ([x]) => `Math.sin(${x})`,
  cos: ([x]) => `Math.cos(${x})`,
  besselk: ([nu, x]) => `besselK(${nu}, ${x})`,
};

/** Helpers of runtime.ts that a step needs. */
export function doubleHelpers(step: Step): string[] {
  const helpers: string[] = [];
  if (step.complex) helpers.push('complex');
  if (step.op.kind === 'call' && step.op.fn === 'besselk') helpers.push('besselK');
  return helpers;
}

function operand(name: string, steps: ReadonlyMap<string, Step>,
  complex: boolean): string {
  const s = steps.get(name)!;
  return complex && !s.complex ? `cplx(${name})` : name;
}

function realExpression(step: Step, args: string[],
  steps: ReadonlyMap<string, Step>): string {
  const op = step.op;
  switch (op.kind) {
    case 'input': return op.name;
    case 'rational': return op.den === 1n ? `${op.num}` : `${op.num} / ${op.den}`;
    case 'constant': return op.name === 'pi' ? 'Math.PI' : 'Math.E';
    case 'add': return args.join(' + ');
    case 'mul': {
      const top = args.length ? args.join(' * ') : '1';
      if (!op.divisors.length) return top;
      const bottom = op.divisors.length === 1
        ? op.divisors[0]!
        : `(${op.divisors.join(' * ')})`;
      return `${top} / ${bottom}`;
    }
    case 'powInt':
      if (op.exponent < 0n) return `1 / ${args[0]} ** ${-op.exponent}`;
      return `${args[0]} ** ${op.exponent}`;
    case 'powRational':
      if (op.num === 1n && op.den === 2n) return `Math.sqrt(${args[0]})`;
      return `${args[0]} ** (${op.num} / ${op.den})`;
    case 'call': return callExpression(step, op.fn, args, steps);
    case 'cond': {
      const test = `${args[0]} ${op.strict ? '>' : '>='} 0`;
      return `${test} ? ${args[1]} : ${args[2]}`;
    }
  }
}

function callExpression(step: Step, fn: FnName, args: string[],
  steps: ReadonlyMap<string, Step>): string {
  if (fn === 'gamma') {
    const [num, den] = gammaArgument(step, steps.get(step.args[0]!));
    const g = gammaValue(num, den, step.text);
    const ratio = g.den === 1n ? `${g.num}` : `${g.num} / ${g.den}`;
    return g.sqrtPi ? `${ratio} * Math.sqrt(Math.PI)` : ratio;
  }
  const f = REAL_FUNCTIONS[fn];
  if (!f) {
    throw new UnsupportedError('generated double-precision code does not implement ' +
      `${fn} ` +
      `(in ${step.text})`);
  }
  return f(args);
}

function complexExpression(step: Step, args: string[]): string {
  const op = step.op;
  switch (op.kind) {
    case 'constant': return '{ re: 0, im: 1 }';
    case 'add': return `csum(${args.join(', ')})`;
    case 'mul': {
      const top = `cprod(${args.join(', ')})`;
      if (!op.divisors.length) return top;
      return `cquot(${top}, cprod(${op.divisors.join(', ')}))`;
    }
    case 'powInt': return `cpow(${args[0]}, ${op.exponent})`;
    default:
      throw new UnsupportedError(`generated code supports only +, ×, ÷ and integer ` +
        `powers of complex values, not ${step.text}`);
  }
}

/** Returns the lines `const t1 = …;` of a lowered expression, with comments. */
export function doubleLines(lowered: Lowered): string[] {
  const steps = new Map(lowered.steps.map((s) => [s.name, s]));
  return lowered.steps.map((step) => {
    const divisors = step.op.kind === 'mul' ? step.op.divisors : [];
    const args = step.args.map((a) => operand(a, steps, step.complex));
    const all = { ...step, op: step.op.kind === 'mul'
      ? { ...step.op, divisors: divisors.map((a) => operand(a, steps, step.complex)) }
      : step.op };
    const rhs = step.complex
      ? complexExpression(all, args)
      : realExpression(all, args, steps);
    return withComment(`const ${step.name} = ${rhs};`, step);
  });
}

/** Appends the subexpression as a comment, except to inputs and constants. */
export function withComment(line: string, step: Step): string {
  const trivial = ['input', 'rational', 'constant'].includes(step.op.kind);
  if (trivial) return line;
  const room = 88 - line.length - 4;
  if (room < 12) return line;
  const text = step.text.length > room ? `${step.text.slice(0, room - 1)}…` : step.text;
  return `${line} // ${text}`;
}
