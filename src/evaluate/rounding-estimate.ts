/**
 * An estimate of the rounding error of a closed form evaluated in
 * doubles, by random perturbation of every operation. Each result is
 * multiplied by 1 + δ with δ random in [−2^−52, 2^−52], about one
 * rounding. Two perturbed runs then differ from the plain one by about
 * the true rounding error. That includes cancellation in sums and the
 * conditioning of functions: K_ν at a large argument x turns a relative
 * error ε of the argument into about xε in the value.
 */
import type { Expr } from '../expr/tree.js';
import type { Field } from '../expr/field.js';
import { evaluate } from '../expr/evaluate.js';
import { xcomplexField } from '../numeric/complex-field.js';
import * as X from '../numeric/xcomplex.js';
import type { XComplex } from '../numeric/xcomplex.js';

/** The estimate is scaled up by this factor, since two samples can both be small. */
const SAFETY = 4;

/** A deterministic generator, so that the estimate is reproducible. */
function generator(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 31 - 1;
  };
}

function perturbed(seed: number): Field<XComplex> {
  const next = generator(seed);
  const f = xcomplexField;
  const jiggle = (x: XComplex) => X.mulReal(x, 1 + next() * 2 ** -52);
  return {
    name: 'perturbed extended complex',
    fromRational: (n, d) => jiggle(f.fromRational(n, d)),
    constant: (c) => jiggle(f.constant(c)),
    add: (a, b) => jiggle(f.add(a, b)),
    mul: (a, b) => jiggle(f.mul(a, b)),
    div: (a, b) => jiggle(f.div(a, b)),
    neg: (a) => f.neg(a),
    powInt: (a, n) => jiggle(f.powInt(a, n)),
    pow: (a, b) => jiggle(f.pow(a, b)),
    apply: (fn, args) => jiggle(f.apply(fn, args)),
    signOfReal: (a) => f.signOfReal(a),
  };
}

/** Relative distance |a − b|/|b| in extended range. */
function relativeDistance(a: XComplex, b: XComplex): number {
  if (X.isZero(b)) return X.isZero(a) ? 0 : Infinity;
  const d = X.sub(a, b);
  if (X.isZero(d)) return 0;
  return 10 ** (X.log10Abs(d) - X.log10Abs(b));
}

/**
 * Estimated relative rounding error of e at the bindings, at least
 * `floor`; `value` is e evaluated without perturbation.
 */
export function roundingError(e: Expr, vars: Record<string, XComplex>,
  value: XComplex, floor: number): number {
  let worst = 0;
  for (const seed of [1, 2]) {
    const v = evaluate(e, perturbed(seed), vars);
    worst = Math.max(worst, relativeDistance(v, value));
  }
  return Math.max(floor, SAFETY * worst);
}
