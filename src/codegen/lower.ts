/**
 * Lowers an expression to a list of steps, one operation each, with
 * every repeated subexpression computed once (steps are keyed by the
 * canonical key of their node). The emitters turn each step into one
 * line of TypeScript, in doubles or in decimal.js.
 *
 * A step is complex when its node contains the constant i. Every other
 * step is real for real inputs, because the functions in the transforms
 * and coefficients only receive real arguments.
 */
import type { Expr, FnName } from '../expr/tree.js';
import { someNode } from '../expr/tree.js';
import { toText } from '../expr/print.js';
import { UnsupportedError } from './errors.js';

export type StepOp =
  | { readonly kind: 'input'; readonly name: string }
  | { readonly kind: 'rational'; readonly num: bigint; readonly den: bigint }
  | { readonly kind: 'constant'; readonly name: 'pi' | 'e' | 'i' }
  | { readonly kind: 'add' }
  /** The product of `args` divided by the product of `divisors`. */
  | { readonly kind: 'mul'; readonly divisors: readonly string[] }
  | { readonly kind: 'powInt'; readonly exponent: bigint }
  | { readonly kind: 'powRational'; readonly num: bigint; readonly den: bigint }
  | { readonly kind: 'call'; readonly fn: FnName }
  /** args = [test, then, otherwise]. */
  | { readonly kind: 'cond'; readonly strict: boolean };

export interface Step {
  readonly name: string;
  readonly op: StepOp;
  readonly args: readonly string[];
  readonly complex: boolean;
  /** The subexpression, for a comment next to the line. */
  readonly text: string;
}

export interface Lowered {
  readonly steps: readonly Step[];
  /** The step that computes the whole expression. */
  readonly result: string;
  readonly complex: boolean;
}

const isComplexNode = (e: Expr) =>
  someNode(e, (n) => n.kind === 'const' && n.name === 'i');

class Lowering {
  readonly steps: Step[] = [];
  private readonly byKey = new Map<string, string>();

  constructor(
    private readonly inputs: readonly string[],
    private readonly prefix: string,
  ) {}

  private add(e: Expr, op: StepOp, args: string[]): string {
    const name = `${this.prefix}${this.steps.length + 1}`;
    this.steps.push({ name, op, args, complex: isComplexNode(e), text: toText(e) });
    this.byKey.set(e.key, name);
    return name;
  }

  lower(e: Expr): string {
    const known = this.byKey.get(e.key);
    if (known) return known;
    switch (e.kind) {
      case 'num':
        return this.add(e, { kind: 'rational', num: e.value.num, den: e.value.den }, []);
      case 'const':
        return this.add(e, { kind: 'constant', name: e.name }, []);
      case 'sym':
        if (!this.inputs.includes(e.name)) {
          throw new UnsupportedError(`the expression uses the symbol '${e.name}', ` +
            `but the generated function only takes ${this.inputs.join(' and ')}`);
        }
        return this.add(e, { kind: 'input', name: e.name }, []);
      case 'add':
        return this.add(e, { kind: 'add' }, e.terms.map((t) => this.lower(t)));
      case 'mul':
        return this.lowerProduct(e);
      case 'pow':
        return this.lowerPower(e, e.base, e.exp);
      case 'call':
        return this.add(e, { kind: 'call', fn: e.fn }, e.args.map((a) => this.lower(a)));
      case 'cond': {
        const args = [e.test, e.then, e.otherwise].map((a) => this.lower(a));
        return this.add(e, { kind: 'cond', strict: e.strict }, args);
      }
    }
  }

  /** Factors with negative integer exponents become divisors. */
  private lowerProduct(e: Expr & { kind: 'mul' }): string {
    const top: string[] = [];
    const bottom: string[] = [];
    for (const f of e.factors) {
      const n = integerExponent(f);
      if (n !== undefined && n < 0n && f.kind === 'pow') {
        bottom.push(-n === 1n ? this.lower(f.base) : this.lowerPowerOf(f.base, -n));
      } else top.push(this.lower(f));
    }
    return this.add(e, { kind: 'mul', divisors: bottom }, top);
  }

  private lowerPowerOf(base: Expr, n: bigint): string {
    const b = this.lower(base);
    const name = `${this.prefix}${this.steps.length + 1}`;
    const text = `${toText(base)}^${n}`;
    this.steps.push({
      name, op: { kind: 'powInt', exponent: n }, args: [b],
      complex: isComplexNode(base), text,
    });
    return name;
  }

  private lowerPower(e: Expr, base: Expr, exponent: Expr): string {
    if (exponent.kind !== 'num') {
      throw new UnsupportedError(`the power ${toText(e)} has a non-numeric exponent; ` +
        'generated code supports rational exponents only');
    }
    const { num, den } = exponent.value;
    const b = this.lower(base);
    if (den === 1n) return this.add(e, { kind: 'powInt', exponent: num }, [b]);
    return this.add(e, { kind: 'powRational', num, den }, [b]);
  }
}

function integerExponent(f: Expr): bigint | undefined {
  if (f.kind !== 'pow' || f.exp.kind !== 'num') return undefined;
  if (f.exp.value.den !== 1n) return undefined;
  return f.exp.value.num;
}

/**
 * Returns the names of the steps whose value depends on the input
 * `name`. One pass suffices because every step comes after its operands.
 */
export function stepsUsing(lowered: Lowered, name: string): Set<string> {
  const using = new Set<string>();
  for (const step of lowered.steps) {
    const divisors = step.op.kind === 'mul' ? step.op.divisors : [];
    const operands = [...step.args, ...divisors];
    const isInput = step.op.kind === 'input' && step.op.name === name;
    if (isInput || operands.some((a) => using.has(a))) using.add(step.name);
  }
  return using;
}

/**
 * Lowers `e` with the given input symbols; step names start with
 * `prefix` so that several expressions can share one function body.
 */
export function lower(e: Expr, inputs: readonly string[], prefix = 't'): Lowered {
  const lowering = new Lowering(inputs, prefix);
  const result = lowering.lower(e);
  return { steps: lowering.steps, result, complex: isComplexNode(e) };
}
