/**
 * The LFP model on 1-d data, written as a kernel. Taken back to x-space,
 * the LFP operator (1/σ_b)[A F[u_ρ] − ∂_ξ(B ∂_ξ F[u_ρ])] is the integral
 * operator with kernel
 *
 *   K_LFP(x, x') = (1/σ_b) [ Ǎ(x − x') + 4π² x x' B̌(x − x') ],
 *
 * since ∂_ξ F[g] = F[−2πi x g]; Ǎ and B̌ come from the closed forms of
 * A and B by inverse-coefficient.ts. They are defined modulo polynomials,
 * and so is K_LFP: the part it leaves undefined is the polynomial part of
 * the network's kernel, of order σ_b⁰ or more rather than 1/σ_b, which
 * training removes first. The LFP dynamics therefore act on residuals
 * orthogonal to polynomials of a degree D (projection.ts): D = 0 for
 * tanh (constants), 1 for ReLU (constants and x).
 */
import type { Derivation } from '../derive.js';
import { NotDerivableError } from '../errors.js';
import { constantValue } from '../expr/constant.js';
import { coefficientAt } from '../evaluate/coefficients.js';
import type { CoefficientForm } from '../kernel/forms.js';
import type { LawResult } from '../asymptotics/laws.js';
import { inverseCoefficient, type InverseTable } from './inverse-coefficient.js';

export interface LfpGram {
  /** K_LFP(x_i, x_j), row-major, defined modulo polynomials of degree `degree`. */
  readonly gram: Float64Array;
  /** Degree D of the polynomials the LFP dynamics leave out; −1 if none. */
  readonly degree: number;
}

export function lfpGram(d: Derivation, xs: Float64Array, sigmaB: number): LfpGram {
  const { at, degree } = lfpKernel(d, xs, sigmaB);
  const n = xs.length;
  const gram = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) gram[i * n + j] = at(xs[i]!, xs[j]!);
  }
  return { gram, degree };
}

/** K_LFP at any two points of the data's span, and the degree D. */
export interface LfpKernel {
  readonly at: (x: number, y: number) => number;
  readonly degree: number;
}

export function lfpKernel(d: Derivation, xs: Float64Array, sigmaB: number): LfpKernel {
  const { kernel, laws } = d;
  if (!kernel || !laws || d.degenerate) {
    throw new NotDerivableError(`${d.activation.name} has no closed-form LFP coefficients`);
  }
  const { a, b } = tables(d, ...spacing(xs));
  const known = new Map<number, [number, number]>();
  const parts = (z: number): [number, number] => {
    let v = known.get(z);
    if (!v) known.set(z, (v = [a.at(z), b ? b.at(z) : 0]));
    return v;
  };
  return {
    degree: projectedDegree(a, b),
    at: (x, y) => {
      const [ak, bk] = parts(Math.abs(x - y));
      return (ak + 4 * Math.PI ** 2 * x * y * bk) / sigmaB;
    },
  };
}

type Tables = { a: InverseTable; b: InverseTable | undefined };

/** The tables depend on the data only through its span and spacing. */
const cache = new WeakMap<Derivation, Map<string, Tables>>();

function tables(d: Derivation, reach: number, nearest: number): Tables {
  const { kernel, laws } = d;
  const key = `${reach} ${nearest}`;
  const known = cache.get(d) ?? new Map<string, Tables>();
  cache.set(d, known);
  let t = known.get(key);
  if (!t) {
    t = {
      a: table(kernel!.A, laws!.low.A, laws!.high.A, 'A', reach, nearest),
      b: laws!.low.B.kind === 'zero'
        ? undefined
        : table(kernel!.B, laws!.low.B, laws!.high.B, 'B', reach, nearest),
    };
    known.set(key, t);
  }
  return t;
}

/** Largest and smallest nonzero distance between data points. */
function spacing(xs: Float64Array): [number, number] {
  const sorted = Float64Array.from(xs).sort();
  let nearest = Infinity;
  for (let i = 1; i < sorted.length; i++) {
    const gap = sorted[i]! - sorted[i - 1]!;
    if (gap > 0) nearest = Math.min(nearest, gap);
  }
  return [sorted[sorted.length - 1]! - sorted[0]!, nearest];
}

/**
 * Returns the degree D of the polynomials to project out. Every monomial
 * of (x − x')^j has a factor of degree ≤ ⌊j/2⌋ on one side, so
 * orthogonality to degree ⌊j/2⌋ removes Ǎ's polynomial of degree j. The
 * factor x x' of the B-term raises that degree by one.
 */
function projectedDegree(a: InverseTable, b?: InverseTable): number {
  const fromA = a.degree >= 0 ? Math.floor(a.degree / 2) : -1;
  const fromB = b && b.degree >= 0 ? Math.floor(b.degree / 2) + 1 : -1;
  return Math.max(fromA, fromB);
}

function table(form: CoefficientForm, low: LawResult, high: LawResult, name: string,
  reach: number, nearest: number): InverseTable {
  if (low.kind !== 'law' || high.kind !== 'law') {
    const why = low.kind !== 'law' ? low : high;
    throw new NotDerivableError(`${name} has no decay law at both ends `
      + `(${'why' in why ? why.why : ''}), so its x-space kernel is not formed`);
  }
  const hl = high.law;
  const ll = low.law;
  const c = constantValue(hl.c);
  // The law stands for C near 0 only when it is a plain power.
  const plain = ll.logPower === 0 && ll.C !== undefined && constantValue(ll.c) === 0;
  return inverseCoefficient({
    value: (xi) => coefficientAt(form, xi).value,
    lowPower: constantValue(ll.p),
    lowConstant: plain ? constantValue(ll.C!) : undefined,
    high: { C: c > 0 ? 0 : constantValue(hl.C!), p: constantValue(hl.p), c },
  }, reach, nearest);
}
