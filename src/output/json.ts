/**
 * The JSON form of a derivation: the interface researchers script
 * against. Every formula is given as `text` (parsable by this toolkit)
 * and `latex`; every decay-law constant as `{ exact, value }`.
 */
import type { Expr } from '../expr/tree.js';
import { ZERO, XI, abs, call, depends, mul, num, pow, same, substitute, add, neg, sym } from '../expr/tree.js';
import { toText } from '../expr/print.js';
import { toLatex } from '../expr/latex.js';
import { constantValue } from '../expr/constant.js';
import { extendedValue } from '../evaluate/compile.js';
import { isZero, toExponentialString } from '../numeric/xcomplex.js';
import * as Q from '../expr/rational.js';
import type { Derivation } from '../derive.js';
import type { Distribution } from '../fourier/distribution.js';
import type { CoefficientForm } from '../kernel/forms.js';
import type { DecayLaw, LawResult } from '../asymptotics/laws.js';

export interface Formula { readonly text: string; readonly latex: string }
export interface Exact { readonly exact: string | null; readonly value: string }

export const formula = (e: Expr): Formula => ({ text: toText(e), latex: toLatex(e) });

/** Value of an exact constant as a decimal string with 17 significant digits. */
export function exactValue(e: Expr): Exact {
  return { exact: toText(e), value: constantText(e) };
}

/**
 * Decimal value of a constant with 17 significant digits, in extended
 * range: Γ(501)/π^502 in d = 1000 is 2e882, beyond the double range.
 */
function constantText(e: Expr): string {
  const v = constantValue(e);
  if (v === 0) return '0';
  if (Number.isFinite(v) && Math.abs(v) > 1e-300) return v.toPrecision(17);
  const x = extendedValue(e, {});
  return isZero(x) ? '0' : toExponentialString(x, 16);
}

export function distributionJson(d: Distribution) {
  const points = d.points.map((p) => ({
    at: formula(p.at), order: p.order, coeff: formula(p.coeff),
  }));
  // The regular part first, then the point terms, each as printed alone.
  const terms = d.points.map((p) => mul(p.coeff, call('dirac', add(XI, neg(p.at)), num(p.order))));
  const zero = same(d.regular, ZERO) && terms.length > 0;
  const parts = [...(zero ? [] : [d.regular]), ...terms].map(formula);
  const join = (key: 'text' | 'latex') => parts.map((f, k) => {
    const t = f[key];
    if (k === 0) return t;
    return t.startsWith('-') ? ` - ${t.slice(1)}` : ` + ${t}`;
  }).join('');
  return { text: join('text'), latex: join('latex'), regular: formula(d.regular), points };
}

/** In the coefficients ξ stands for |ξ|: shown as such. */
const radial = (e: Expr) => substitute(e, 'xi', abs(XI));

export function coefficientJson(f: CoefficientForm) {
  if (f.kind === 'divergent') return { form: f.kind, reason: f.why, text: null, latex: null };
  if (f.kind === 'closed') return { form: f.kind, method: f.method, ...formula(radial(f.expr)) };
  const { outside, inside } = splitConstants(f.prefactor, f.integrand);
  const text = `${toText(radial(outside))}*integral(${toText(radial(inside))}, r, 0, inf)`;
  const latex = `${toLatex(radial(outside))} \\int_0^\\infty ${toLatex(radial(inside))}\\,dr`;
  return { form: f.kind, method: 'quadrature over r', text, latex };
}

export type LawJson =
  | {
    status: 'law';
    C: { exact: string | null; value: string | null; integral?: string };
    p: Exact; c: Exact; beta: Exact;
    logPower: number; method: string; text: string; latex: string;
  }
  | { status: 'zero' | 'divergent' | 'unavailable'; reason: string };

/** Moves every factor free of r in front of the integral, combined. */
function splitConstants(prefactor: Expr, integrand: Expr): { outside: Expr; inside: Expr } {
  const whole = mul(prefactor, integrand);
  const factors = whole.kind === 'mul' ? whole.factors : [whole];
  const free = factors.filter((f) => !depends(f, 'r'));
  const bound = factors.filter((f) => depends(f, 'r'));
  return { outside: mul(...free), inside: mul(...bound) };
}

export function lawJson(r: LawResult): LawJson {
  if (r.kind !== 'law') return { status: r.kind, reason: r.why };
  const L = r.law;
  return {
    status: 'law',
    C: L.C ? exactValue(L.C) : { exact: null, value: null, integral: integralText(L) },
    p: exactValue(L.p), c: exactValue(L.c), beta: exactValue(L.beta),
    logPower: L.logPower, method: L.method, ...formula(lawExpr(L)),
  };
}

function integralText(L: DecayLaw): string {
  const ci = L.Cintegral!;
  return `${toText(ci.prefactor)}*integral(${toText(ci.integrand)}, xi, 0, inf)`;
}

/** C |ξ|^{−p} (log 1/|ξ|)^L exp(−c |ξ|^β) as an expression. */
export function lawExpr(L: DecayLaw): Expr {
  // A constant known only as an integral is shown as the symbol C.
  const a = abs(XI);
  const parts: Expr[] = [L.C ?? sym('C'), pow(a, neg(L.p))];
  if (L.logPower) parts.push(pow(call('log', pow(a, num(-1))), num(L.logPower)));
  if (!same(L.c, ZERO)) parts.push(call('exp', neg(mul(L.c, pow(a, L.beta)))));
  return mul(...parts);
}

export function derivationJson(d: Derivation) {
  const t = d.transform;
  const weights = d.options.weights.kind === 'gaussian'
    ? { kind: 'gaussian', sigmaW: Q.toString(d.options.weights.sigmaW) }
    : { kind: 'sphere', r0: Q.toString(d.options.weights.r0) };
  return {
    activation: d.activation.name,
    formula: d.activation.formula,
    expression: formula(d.expression),
    derivative: formula(d.derivative),
    options: { dim: d.options.dim, weights, sigmaA: Q.toString(d.options.sigmaA) },
    ...(d.degenerate ? { degenerate: d.degenerate } : {}),
    fourier: t.kind === 'closed'
      ? {
        status: 'closed', rules: t.rules, sigma: distributionJson(t.sigma),
        dsigma: distributionJson(t.dsigma),
        ...(t.pointsUnknown ? { pointsUnknown: t.pointsUnknown } : {}),
      }
      : { status: t.kind, reason: t.reason },
    ...(d.kernel ? { kernel: { A: coefficientJson(d.kernel.A), B: coefficientJson(d.kernel.B) } } : {}),
    ...(d.laws ? {
      decay: {
        high: { A: lawJson(d.laws.high.A), B: lawJson(d.laws.high.B) },
        low: { A: lawJson(d.laws.low.A), B: lawJson(d.laws.low.B) },
      },
    } : {}),
  };
}
