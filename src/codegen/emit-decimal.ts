/**
 * One line of decimal.js TypeScript per lowered step. `D` is a Decimal
 * constructor cloned with the working precision; complex steps are
 * DecimalComplex values built with the helpers of runtime.ts.
 */
import type { FnName } from '../expr/tree.js';
import { UnsupportedError } from './errors.js';
import type { Lowered, Step } from './lower.js';
import { gammaArgument, gammaValue } from './gamma.js';
import { withComment } from './emit-double.js';

const REAL_FUNCTIONS: Partial<Record<FnName, (args: string[]) => string>> = {
  exp: ([x]) => `${x}.exp()`,
  log: ([x]) => `${x}.ln()`,
  log1p: ([x]) => `${x}.plus(1).ln()`,
  abs: ([x]) => `${x}.abs()`,
  sign: ([x]) => `new D(D.sign(${x}))`,
  heaviside: ([x]) => `new D(${x}.gt(0) ? 1 : ${x}.lt(0) ? 0 : 0.5)`,
  max: ([a, b]) => `D.max(${a}, ${b})`,
  min: ([a, b]) => `D.min(${a}, ${b})`,
  tanh: ([x]) => `tanhDecimal(D, ${x})`,
  sinh: ([x]) => `sinhDecimal(D, ${x})`,
  cosh: ([x]) => `coshDecimal(D, ${x})`,
  sech: ([x]) => `new D(1).div(coshDecimal(D, ${x}))`,
  csch: ([x]) => `new D(1).div(sinhDecimal(D, ${x}))`,
  coth: ([x]) => `new D(1).div(tanhDecimal(D, ${x}))`,
  sin: ([x]) => `${x}.sin()`,
  cos: ([x]) => `${x}.cos()`,
  besselk: ([nu, x]) => `besselKDecimal(D, ${nu}, ${x})`,
};

/** Functions that go through the hyperbolicDecimal helpers of runtime.ts. */
const HYPERBOLIC: ReadonlySet<FnName> = new Set(['tanh', 'sinh', 'cosh', 'sech', 'csch',
  'coth']);

/** Helpers of runtime.ts that a step needs in decimal code. */
export function decimalHelpers(step: Step): string[] {
  const helpers: string[] = [];
  if (step.complex) helpers.push('decimalComplex');
  if (step.op.kind === 'call' && step.op.fn === 'besselk') helpers.push('besselKDecimal');
  if (step.op.kind === 'call' && HYPERBOLIC.has(step.op.fn)) {
    helpers.push('hyperbolicDecimal');
  }
  return helpers;
}

const big = (n: bigint) =>
  (n >= -(2n ** 53n) && n <= 2n ** 53n ? `${n}` : `'${n}'`);

function realExpression(step: Step, args: string[], steps: ReadonlyMap<string, Step>,
  inputName: (symbol: string) => string): string {
  const op = step.op;
  switch (op.kind) {
    case 'input': return inputName(op.name);
    case 'rational':
      if (op.den === 1n) return `new D(${big(op.num)})`;
      return `new D(${big(op.num)}).div(${big(op.den)})`;
    case 'constant': return op.name === 'pi' ? 'D.acos(-1)' : 'D.exp(1)';
    case 'add': return args.slice(1).reduce((sum, a) => `${sum}.plus(${a})`, args[0]!);
    case 'mul': {
      const top = args.length
        ? args.slice(1).reduce((p, a) => `${p}.times(${a})`, args[0]!)
        : 'new D(1)';
      if (!op.divisors.length) return top;
      const bottom = op.divisors.slice(1)
        .reduce((p, a) => `${p}.times(${a})`, op.divisors[0]!);
      return `${top}.div(${bottom})`;
    }
    case 'powInt': return `${args[0]}.pow(${op.exponent})`;
    case 'powRational':
      if (op.num === 1n && op.den === 2n) return `${args[0]}.sqrt()`;
      return `${args[0]}.pow(new D(${op.num}).div(${op.den}))`;
    case 'call': return callExpression(step, op.fn, args, steps);
    case 'cond':
      return `${args[0]}.${op.strict ? 'gt' : 'gte'}(0) ? ${args[1]} : ${args[2]}`;
  }
}

function callExpression(step: Step, fn: FnName, args: string[],
  steps: ReadonlyMap<string, Step>): string {
  if (fn === 'gamma') {
    const [num, den] = gammaArgument(step, steps.get(step.args[0]!));
    const g = gammaValue(num, den, step.text);
    const ratio = `new D(${big(g.num)}).div(${big(g.den)})`;
    return g.sqrtPi ? `${ratio}.times(D.acos(-1).sqrt())` : ratio;
  }
  const f = REAL_FUNCTIONS[fn];
  if (!f) {
    throw new UnsupportedError(`generated decimal.js code does not implement ${fn} ` +
      `(in ${step.text})`);
  }
  return f(args);
}

function complexExpression(step: Step, args: string[]): string {
  const op = step.op;
  switch (op.kind) {
    case 'constant': return '{ re: new D(0), im: new D(1) }';
    case 'add': return `dcsum(${args.join(', ')})`;
    case 'mul': {
      const top = `dcprod(${args.join(', ')})`;
      if (!op.divisors.length) return top;
      return `dcquot(${top}, dcprod(${op.divisors.join(', ')}))`;
    }
    case 'powInt': return `dcpow(${args[0]}, ${op.exponent})`;
    default:
      throw new UnsupportedError(`generated code supports only +, ×, ÷ and integer ` +
        `powers of complex values, not ${step.text}`);
  }
}

/** Returns the lines `const t1 = …;` of a lowered expression in decimal.js. */
export function decimalLines(lowered: Lowered,
  inputName: (symbol: string) => string): string[] {
  const steps = new Map(lowered.steps.map((s) => [s.name, s]));
  const lift = (name: string, complex: boolean) =>
    (complex && !steps.get(name)!.complex ? `dcplx(${name})` : name);
  return lowered.steps.map((step) => {
    const args = step.args.map((a) => lift(a, step.complex));
    const op = step.op.kind === 'mul'
      ? { ...step.op, divisors: step.op.divisors.map((a) => lift(a, step.complex)) }
      : step.op;
    const lifted = { ...step, op };
    const rhs = step.complex
      ? complexExpression(lifted, args)
      : realExpression(lifted, args, steps, inputName);
    return withComment(`const ${step.name} = ${rhs};`, step);
  });
}
