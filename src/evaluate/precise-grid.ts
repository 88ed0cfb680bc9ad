/**
 * Real arbitrary-precision evaluation of an expression in x along a
 * uniform grid x_k = start + k·step, for quadrature rules that sum over
 * such grids in order. It returns the same values as the general
 * evaluator (precise-compile.ts) up to rounding, but is cheaper in two
 * ways: it works in real arithmetic, and it takes e^P(x) for a
 * polynomial P of degree ≤ 2, and cosh, sinh, tanh and sech of an
 * affine argument, from the recurrences of grid-sequences.ts. So
 * sech(x)² costs three multiplications, an addition and a division per
 * point instead of a complex exp.
 *
 * tanh u and sinh u are formed as (e^u − e^−u)/… only where |u| ≥ 1,
 * because nearer 0 the difference would lose relative accuracy; there
 * they are computed directly. Every operation rounds to the grid's
 * precision, so a long expression can lose a few bits, and cancellation
 * between terms (as in softplus'' far out) is not tracked: callers ask
 * for extra bits, as they would with the general evaluator.
 *
 * Values must be real: a complex constant or a function value off the
 * real line (log of a negative number) raises InputError.
 */
import { InputError } from '../errors.js';
import { derivative, affineParts } from '../expr/derivative.js';
import { evaluate } from '../expr/evaluate.js';
import type { Expr, FnName } from '../expr/tree.js';
import {
  HALF, ZERO, depends, mul as mulExpr, num, pow as powExpr, someNode, substitute,
} from '../expr/tree.js';
import {
  type BigFloat, type PreciseComplex, ONE, TWO, add, div, erf, erfc, exp, fromReal,
  log, log1p, mul, mulPow2, neg, pow, powInt, preciseField, round, sign, sinCos,
  toNumber, tanh as tanhDirect, sinh as sinhDirect, cosh as coshDirect,
  sech as sechDirect,
} from '../precise/index.js';
import { type Grid, gridPoint } from '../precise/quadrature/line-grid.js';
import {
  exponentialPairs, linearExponentials, quadraticExponentials,
} from './grid-sequences.js';

/** The value at the k-th grid point; calls in increasing order of k are cheapest. */
export type GridEvaluator = (k: number) => BigFloat;
/** An expression compiled for grids: one evaluator per grid. */
export type GridFunction = (grid: Grid) => GridEvaluator;

type NodeEvaluator = (k: number) => BigFloat;

interface Run {
  readonly grid: Grid;
  /** Value of an x-free subexpression at the grid's precision. */
  constant(e: Expr): BigFloat;
  /** Applies a function the real table lacks, through the complex evaluator. */
  apply(fn: FnName, args: readonly BigFloat[]): BigFloat;
  /**
   * Returns the run's one evaluator of a subexpression, so that a
   * subexpression that occurs several times (exp(−x) in σ'') is
   * evaluated once per point.
   */
  shared(key: string, build: () => NodeEvaluator): NodeEvaluator;
}

type Builder = (run: Run) => NodeEvaluator;

type RealFunction = (x: BigFloat, prec: number) => BigFloat;

const REAL_FUNCTIONS: Partial<Record<FnName, RealFunction>> = {
  exp, log, log1p, erf, erfc,
  tanh: tanhDirect, sinh: sinhDirect, cosh: coshDirect, sech: sechDirect,
  sin: (x, prec) => sinCos(x, prec).sin,
  cos: (x, prec) => sinCos(x, prec).cos,
};

const LOG2_10 = Math.log2(10);

/** Returns the real part of z, or throws when z is not real. */
function realPart(z: PreciseComplex, quantity: string): BigFloat {
  if (z.im.man !== 0n) {
    throw new InputError(`${quantity} is not real; grid evaluation handles real ` +
      'expressions only');
  }
  return z.re;
}

/** Wraps an evaluator so that a repeated call at the same k costs nothing. */
function remembering(evaluator: NodeEvaluator): NodeEvaluator {
  let last = Number.NaN;
  let value: BigFloat | undefined;
  return (k) => {
    if (k !== last) {
      value = evaluator(k);
      last = k;
    }
    return value!;
  };
}

function createRun(grid: Grid): Run {
  // The field's digits are chosen so that its precision covers grid.prec.
  const field = preciseField(Math.max(1, Math.ceil((grid.prec - 17) / LOG2_10)));
  const constants = new Map<string, BigFloat>();
  const evaluators = new Map<string, NodeEvaluator>();
  return {
    grid,
    constant(e) {
      let value = constants.get(e.key);
      if (!value) {
        value = round(realPart(evaluate(e, field, {}), 'a constant'), grid.prec);
        constants.set(e.key, value);
      }
      return value;
    },
    apply(fn, args) {
      const value = field.apply(fn, args.map(fromReal));
      return round(realPart(value, `the value of ${fn}`), grid.prec);
    },
    shared(key, build) {
      let evaluator = evaluators.get(key);
      if (!evaluator) evaluators.set(key, (evaluator = remembering(build())));
      return evaluator;
    },
  };
}

interface QuadraticParts {
  readonly gamma: Expr;
  readonly alpha: Expr;
  readonly beta: Expr;
}

/** Splits u = γx² + αx + β, a polynomial in x, into its x-free coefficients. */
function quadraticParts(u: Expr, name: string): QuadraticParts | undefined {
  const plain = !someNode(u, (n) => n.kind === 'call' || n.kind === 'cond');
  const parts = plain ? affineParts(derivative(u, name), name) : undefined;
  if (!parts) return undefined;
  const beta = substitute(u, name, ZERO);
  return { gamma: mulExpr(HALF, parts.a), alpha: parts.b, beta };
}

function exponentialBuilder(parts: QuadraticParts): Builder {
  return (run) => {
    const gamma = run.constant(parts.gamma);
    const alpha = run.constant(parts.alpha);
    const beta = run.constant(parts.beta);
    const sequence = gamma.man === 0n
      ? linearExponentials(alpha, beta, run.grid)
      : quadraticExponentials({ gamma, alpha, beta }, run.grid);
    return (k) => sequence(k);
  };
}

/** Bounds of e^u for |u| < 1, where tanh u and sinh u are computed directly. */
const NEAR_ZERO = [Math.exp(-1), Math.exp(1)];

/** cosh, sinh, tanh and sech of u = αx + β from e^u and e^−u. */
function hyperbolicBuilder(fn: FnName, slope: Expr, intercept: Expr): Builder {
  return (run) => {
    const prec = run.grid.prec;
    const alpha = run.constant(slope);
    const beta = run.constant(intercept);
    const pairs = exponentialPairs(alpha, beta, run.grid);
    const direct = REAL_FUNCTIONS[fn]!;
    return (k) => {
      const { up, down } = pairs(k);
      const sum = add(up, down, prec + 4);
      if (fn === 'cosh') return round(mulPow2(sum, -1), prec);
      if (fn === 'sech') return div(TWO, sum, prec);
      const size = toNumber(up);
      if (size > NEAR_ZERO[0]! && size < NEAR_ZERO[1]!) {
        const x = gridPoint(run.grid, k);
        return direct(add(mul(alpha, x, prec + 8), beta, prec + 8), prec);
      }
      const difference = add(up, neg(down), prec + 4);
      if (fn === 'sinh') return round(mulPow2(difference, -1), prec);
      return div(difference, sum, prec);
    };
  };
}

const HYPERBOLIC = new Set<FnName>(['cosh', 'sinh', 'tanh', 'sech']);

function callBuilder(fn: FnName, args: readonly Expr[], name: string): Builder {
  if (args.length === 1 && fn === 'exp') {
    const parts = quadraticParts(args[0]!, name);
    if (parts) return exponentialBuilder(parts);
  }
  if (args.length === 1 && HYPERBOLIC.has(fn)) {
    const parts = affineParts(args[0]!, name);
    if (parts) return hyperbolicBuilder(fn, parts.a, parts.b);
  }
  const inner = args.map((a) => compileNode(a, name));
  return (run) => {
    const evaluators = inner.map((b) => b(run));
    const real = REAL_FUNCTIONS[fn];
    const prec = run.grid.prec;
    return (k) => {
      const values = evaluators.map((f) => f(k));
      if (real && values.length === 1) return real(values[0]!, prec);
      return run.apply(fn, values);
    };
  };
}

const SMALL_POWER = 4;

/** Returns b^n: by repeated multiplication for n ≤ SMALL_POWER, else by powInt. */
function positivePower(b: BigFloat, n: bigint, prec: number): BigFloat {
  if (n > BigInt(SMALL_POWER)) return powInt(b, n, prec);
  let result = b;
  for (let i = 1n; i < n; i++) result = mul(result, b, prec);
  return result;
}

/** Returns the integer value of a literal exponent, or undefined. */
function integerExponent(exponent: Expr): bigint | undefined {
  return exponent.kind === 'num' && exponent.value.den === 1n
    ? exponent.value.num
    : undefined;
}

function powBuilder(base: Expr, exponent: Expr, name: string): Builder {
  const baseBuilder = compileNode(base, name);
  const exponentBuilder = compileNode(exponent, name);
  const n = integerExponent(exponent);
  return (run) => {
    const b = baseBuilder(run);
    const e = exponentBuilder(run);
    const prec = run.grid.prec;
    if (n !== undefined && n > 0n) return (k) => positivePower(b(k), n, prec);
    if (n !== undefined && n < 0n) {
      return (k) => div(ONE, positivePower(b(k), -n, prec), prec);
    }
    return (k) => pow(b(k), e(k), prec);
  };
}

/** Returns the evaluator of a product of several factors, or of ONE for none. */
function productOf(builders: readonly Builder[], run: Run): NodeEvaluator {
  const evaluators = builders.map((b) => b(run));
  const prec = run.grid.prec;
  return (k) => {
    let total = evaluators.length === 0 ? ONE : evaluators[0]!(k);
    for (let i = 1; i < evaluators.length; i++) {
      total = mul(total, evaluators[i]!(k), prec);
    }
    return total;
  };
}

/**
 * Compiles a product, dividing once by the factors with negative integer
 * exponents (e^−x·(1 + e^−x)^−2 as e^−x / (1 + e^−x)²) instead of
 * forming each reciprocal.
 */
function productBuilder(factors: readonly Expr[], name: string): Builder {
  const isDenominator = (f: Expr) =>
    f.kind === 'pow' && (integerExponent(f.exp) ?? 0n) < 0n;
  const numerators = factors
    .filter((f) => !isDenominator(f))
    .map((f) => compileNode(f, name));
  const denominators = factors.filter(isDenominator).map((f) => {
    const power = f as Expr & { kind: 'pow' };
    return compileNode(powExpr(power.base, num(-integerExponent(power.exp)!)), name);
  });
  if (denominators.length === 0) return (run) => productOf(numerators, run);
  return (run) => {
    const numerator = productOf(numerators, run);
    const denominator = productOf(denominators, run);
    const prec = run.grid.prec;
    return (k) => div(numerator(k), denominator(k), prec);
  };
}

function sumBuilder(terms: readonly Expr[], name: string): Builder {
  const builders = terms.map((t) => compileNode(t, name));
  return (run) => {
    const evaluators = builders.map((b) => b(run));
    const prec = run.grid.prec;
    return (k) => {
      let total = evaluators[0]!(k);
      for (let i = 1; i < evaluators.length; i++) {
        total = add(total, evaluators[i]!(k), prec);
      }
      return total;
    };
  };
}

function condBuilder(e: Expr & { kind: 'cond' }, name: string): Builder {
  const [test, then, otherwise] = [e.test, e.then, e.otherwise]
    .map((c) => compileNode(c, name));
  return (run) => {
    const [t, a, b] = [test!(run), then!(run), otherwise!(run)];
    return (k) => {
      const s = sign(t(k));
      return s > 0 || (s === 0 && !e.strict) ? a(k) : b(k);
    };
  };
}

function compileNode(e: Expr, name: string): Builder {
  const build = compileUnshared(e, name);
  if (!depends(e, name)) return build;
  return (run) => run.shared(e.key, () => build(run));
}

function compileUnshared(e: Expr, name: string): Builder {
  if (!depends(e, name)) {
    return (run) => {
      const value = run.constant(e);
      return () => value;
    };
  }
  switch (e.kind) {
    case 'sym':
      return (run) => (k) => gridPoint(run.grid, k);
    case 'add':
      return sumBuilder(e.terms, name);
    case 'mul':
      return productBuilder(e.factors, name);
    case 'pow':
      return powBuilder(e.base, e.exp, name);
    case 'call':
      return callBuilder(e.fn, e.args, name);
    case 'cond':
      return condBuilder(e, name);
    default:
      throw new InputError(`cannot evaluate ${e.key} on a grid`);
  }
}

/** Compiles a real expression in `name` for evaluation along grids. */
export function compileGrid(e: Expr, name = 'x'): GridFunction {
  const builder = compileNode(e, name);
  return (grid) => builder(createRun(grid));
}
