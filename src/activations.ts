/**
 * The built-in activations, each defined by its formula in x so that
 * every derivation goes through the same rules as a user's formula.
 * Parameter defaults follow PyTorch (leaky_relu 0.01, elu 1).
 */
import { InputError } from './errors.js';
import * as Q from './expr/rational.js';

export interface ParameterSpec {
  readonly name: string;
  readonly default: string;
  /** Returns an error message when the value is out of range. */
  readonly check?: (v: Q.Rational) => string | undefined;
  readonly range: string;
}

export interface Builtin {
  readonly name: string;
  readonly formula: string;
  readonly parameters: readonly ParameterSpec[];
  readonly description: string;
}

const positive = (v: Q.Rational) => (Q.cmp(v, Q.ZERO) > 0 ? undefined : 'must be positive');
const smallInteger = (v: Q.Rational) =>
  Q.isInteger(v) && v.num >= 1n && v.num <= 12n ? undefined : 'must be an integer from 1 to 12';

export const BUILTINS: readonly Builtin[] = [
  { name: 'relu', formula: 'max(x, 0)', parameters: [], description: 'rectified linear unit' },
  {
    name: 'leaky_relu', formula: 'x > 0 ? x : alpha*x', description: 'leaky ReLU',
    parameters: [{ name: 'alpha', default: '0.01', range: 'any real number' }],
  },
  {
    name: 'relu_power', formula: 'max(x, 0)^k', description: 'ReLU to the power k',
    parameters: [{ name: 'k', default: '2', range: 'an integer from 1 to 12', check: smallInteger }],
  },
  { name: 'heaviside', formula: 'heaviside(x)', parameters: [], description: 'unit step' },
  { name: 'sign', formula: 'sign(x)', parameters: [], description: 'sign function' },
  { name: 'tanh', formula: 'tanh(x)', parameters: [], description: 'hyperbolic tangent' },
  { name: 'sigmoid', formula: '1/(1 + exp(-x))', parameters: [], description: 'logistic sigmoid' },
  { name: 'softplus', formula: 'log(1 + exp(x))', parameters: [], description: 'softplus' },
  { name: 'erf', formula: 'erf(x)', parameters: [], description: 'error function' },
  { name: 'gelu', formula: 'x*(1 + erf(x/sqrt(2)))/2', parameters: [], description: 'GELU, erf form' },
  { name: 'silu', formula: 'x/(1 + exp(-x))', parameters: [], description: 'SiLU (swish)' },
  {
    name: 'elu', formula: 'x > 0 ? x : alpha*(exp(x) - 1)', description: 'exponential linear unit',
    parameters: [{ name: 'alpha', default: '1', range: 'a positive number', check: positive }],
  },
  { name: 'sin', formula: 'sin(x)', parameters: [], description: 'sine' },
  { name: 'cos', formula: 'cos(x)', parameters: [], description: 'cosine' },
  { name: 'gaussian', formula: 'exp(-x^2)', parameters: [], description: 'Gaussian bump' },
  { name: 'linear', formula: 'x', parameters: [], description: 'identity' },
];

export interface ResolvedActivation {
  /** The built-in's name with its parameters, or the formula itself. */
  readonly name: string;
  readonly formula: string;
  readonly parameters: Record<string, Q.Rational>;
  readonly builtin?: Builtin;
}

/**
 * Resolves "relu", "elu(0.5)", "leaky_relu(alpha=0.2)" or a formula in x.
 */
export function resolveActivation(spec: string): ResolvedActivation {
  const m = /^\s*([a-z_]+)\s*(?:\((.*)\))?\s*$/.exec(spec);
  const builtin = m ? BUILTINS.find((b) => b.name === m[1]) : undefined;
  // "tanh(x)" is a formula; "elu(0.5)" gives a built-in its parameter.
  const isFormula = !m || !builtin || (m[2] !== undefined && builtin.parameters.length === 0);
  const bare = /^\s*([A-Za-z_][A-Za-z_0-9]*)\s*$/.exec(spec)?.[1];
  if (!builtin && bare !== undefined && !['x', 'pi', 'e'].includes(bare)) {
    throw new InputError(`unknown activation "${bare}": the built-ins are `
      + `${BUILTINS.map((b) => b.name).join(', ')} (lfp list); anything else is a `
      + 'formula in x, e.g. "x/(1+abs(x))"');
  }
  if (isFormula) return { name: spec.trim(), formula: spec, parameters: {} };
  const parameters = bindParameters(builtin, m![2] ?? '');
  const shown = builtin.parameters.map((p) => `${p.name}=${Q.toString(parameters[p.name]!)}`);
  const name = shown.length ? `${builtin.name}(${shown.join(', ')})` : builtin.name;
  return { name, formula: builtin.formula, parameters, builtin };
}

function bindParameters(b: Builtin, text: string): Record<string, Q.Rational> {
  const given = text.trim() === '' ? [] : text.split(',').map((s) => s.trim());
  if (given.length > b.parameters.length) {
    throw new InputError(`${b.name} takes ${b.parameters.length} parameter(s), got ${given.length}`);
  }
  const values: Record<string, Q.Rational> = {};
  b.parameters.forEach((p, k) => {
    const raw = given[k];
    const valueText = raw === undefined ? p.default : raw.replace(new RegExp(`^${p.name}\\s*=\\s*`), '');
    values[p.name] = parseParameter(b.name, p, valueText);
  });
  return values;
}

function parseParameter(owner: string, p: ParameterSpec, text: string): Q.Rational {
  const negative = text.startsWith('-');
  const r = Q.parseDecimal(negative ? text.slice(1) : text);
  if (!r) {
    throw new InputError(`${owner}: parameter ${p.name} = "${text}" is not a number; expected ${p.range}`);
  }
  const v = negative ? Q.neg(r) : r;
  const problem = p.check?.(v);
  if (problem) throw new InputError(`${owner}: parameter ${p.name} = ${text} ${problem}`);
  return v;
}
