/**
 * Decay laws of the LFP coefficients A = G_σ + σ_a² G_σ' and
 * B = σ_a² G_σ' / (4π²): the dominant law of the two terms at each limit.
 */
import type { Expr } from '../expr/tree.js';
import { PI, add, div, mul, num, pow, same, ZERO } from '../expr/tree.js';
import { constantValue } from '../expr/constant.js';
import { tidy } from '../expr/tidy.js';
import type { ClosedTransform } from '../fourier/transform.js';
import type { KernelOptions } from '../kernel/weights.js';
import type { Limit } from './series.js';
import type { DecayLaw, LawResult } from './laws.js';
import { gLaw } from './laws.js';

export interface CoefficientLaws {
  readonly high: { readonly A: LawResult; readonly B: LawResult };
  readonly low: { readonly A: LawResult; readonly B: LawResult };
}

/** Replaces the laws of a coefficient that diverges by that divergence. */
export function withoutDivergent(laws: CoefficientLaws, divergent: { A?: string; B?: string }): CoefficientLaws {
  const pick = (name: 'A' | 'B', limit: 'high' | 'low'): LawResult => {
    const why = divergent[name];
    return why ? { kind: 'divergent', why } : laws[limit][name];
  };
  return {
    high: { A: pick('A', 'high'), B: pick('B', 'high') },
    low: { A: pick('A', 'low'), B: pick('B', 'low') },
  };
}

export function coefficientLaws(ft: ClosedTransform, opts: KernelOptions): CoefficientLaws {
  const sa2 = pow(num(opts.sigmaA), num(2));
  const at = (limit: Limit) => {
    const gs = gLaw(ft.sigma.regular, limit, opts);
    const gd = same(sa2, ZERO) ? zero : gLaw(ft.dsigma.regular, limit, opts);
    const A = combine(gs, scaled(gd, sa2), limit);
    const B = scaled(gd, div(sa2, mul(num(4), pow(PI, num(2)))));
    return { A, B };
  };
  return { high: at('infinity'), low: at('zero') };
}

const zero: LawResult = { kind: 'zero', why: 'σ_a = 0, so the σ\' term vanishes' };

function scaled(r: LawResult, factor: Expr): LawResult {
  if (r.kind !== 'law') return r;
  if (same(factor, ZERO)) return zero;
  const law = r.law;
  if (law.C) return { kind: 'law', law: { ...law, C: tidy(mul(factor, law.C)) } };
  const ci = law.Cintegral!;
  return { kind: 'law', law: { ...law, Cintegral: { ...ci, prefactor: tidy(mul(factor, ci.prefactor)) } } };
}

/** Positive when law a dominates b at the limit, negative when b does. */
export function compareLaws(a: DecayLaw, b: DecayLaw, limit: Limit): number {
  const v = (e: Expr) => constantValue(e);
  if (limit === 'infinity') {
    const ea = v(a.c) > 0;
    const eb = v(b.c) > 0;
    if (ea !== eb) return ea ? -1 : 1;
    if (ea && v(a.beta) !== v(b.beta)) return v(b.beta) - v(a.beta);
    if (ea && v(a.c) !== v(b.c)) return v(b.c) - v(a.c);
    if (v(a.p) !== v(b.p)) return v(b.p) - v(a.p);
    return a.logPower - b.logPower;
  }
  if (v(a.p) !== v(b.p)) return v(a.p) - v(b.p);
  return a.logPower - b.logPower;
}

function combine(a: LawResult, b: LawResult, limit: Limit): LawResult {
  for (const kind of ['divergent', 'unavailable'] as const) {
    if (a.kind === kind) return a;
    if (b.kind === kind) return b;
  }
  if (a.kind !== 'law') return b;
  if (b.kind !== 'law') return a;
  const order = compareLaws(a.law, b.law, limit);
  if (order > 0) return a;
  if (order < 0) return b;
  if (!a.law.C || !b.law.C) {
    return { kind: 'unavailable', why: 'two terms of equal order, one known only as an integral' };
  }
  const method = a.law.method === b.law.method ? a.law.method : `${a.law.method}; ${b.law.method}`;
  return { kind: 'law', law: { ...a.law, C: tidy(add(a.law.C, b.law.C)), method } };
}
