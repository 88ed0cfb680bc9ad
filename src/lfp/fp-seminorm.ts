/**
 * The FP seminorm of a target in Fourier space, for the check of the
 * minimum-norm property: |g|² = σ_b ∫ |F[g](ξ)|² / A(ξ) dξ when B = 0
 * (σ_a = 0), the native-space seminorm of the kernel Ǎ/σ_b.
 *
 * The target f on [lo, hi] is continued to the real line by the window
 * w(x) = (erf((x − lo + m)/s) − erf((x − hi − m)/s))/2, m = (hi − lo)/2,
 * s = m/7: w = 1 on [lo, hi] to within erfc(7) ≈ 4e-23, and w is entire,
 * so F[f·w] falls like a Gaussian and outruns 1/A. Any such g takes the
 * data's values, so the minimum-norm interpolant has |f_∞| ≤ |g|.
 */
import type { Derivation } from '../derive.js';
import { InputError } from '../errors.js';
import { coefficientAt } from '../evaluate/coefficients.js';
import { erf } from '../numeric/erf.js';
import { compositeRule, partition } from './panel-rule.js';
import { logInterpolant } from './log-interpolant.js';

/** The integrand is cut where it is below this fraction of its largest value. */
const NEGLIGIBLE = 1e-16;

export function windowedSeminormSquared(d: Derivation, f: (x: number) => number,
  lo: number, hi: number, sigmaB: number): number {
  if (!d.kernel || d.kernel.A.kind === 'divergent') {
    throw new InputError(`${d.activation.name} has no coefficient A`);
  }
  if (d.laws?.low.B.kind !== 'zero') {
    throw new InputError('the Fourier-space seminorm is formed for B = 0 only: use --sigma-a 0');
  }
  const m = (hi - lo) / 2;
  const s = m / 7;
  const g = (x: number) => f(x) * 0.5 * (erf((x - lo + m) / s) - erf((x - hi - m) / s));
  const reach = 9 * s;
  const form = d.kernel.A;
  const a = (xi: number) => coefficientAt(form, xi).value;
  const top = Math.ceil(12 / (Math.PI * s));
  const smooth = logInterpolant(a, 1e-6, top) ?? { at: a };
  const rule = compositeRule(partition(0, top, 0.25));
  // One turn of e^{−2πiξx} per 15-point panel at the largest ξ.
  const xRule = compositeRule(partition(lo - m - reach, hi + m + reach, 1 / top));
  const gx = Array.from(xRule.nodes, g);
  let sum = 0;
  let largest = 0;
  rule.nodes.forEach((xi, k) => {
    if (xi < 1e-6) return;
    const coefficient = smooth.at(xi);
    if (!(coefficient > 0)) {
      throw new InputError(`A(${xi}) = ${coefficient}: the seminorm needs A > 0 at every ξ, `
        + 'which compact-support transforms under sphere weights do not give');
    }
    const term = (transformSquared(gx, xRule, xi) / coefficient) * rule.weights[k]!;
    largest = Math.max(largest, Math.abs(term));
    if (Math.abs(term) >= NEGLIGIBLE * largest) sum += term;
  });
  return 2 * sigmaB * sum;
}

/** |∫ g(x) e^{−2πiξx} dx|² on the given rule. */
function transformSquared(gx: number[], rule: ReturnType<typeof compositeRule>,
  xi: number): number {
  let re = 0;
  let im = 0;
  rule.nodes.forEach((x, k) => {
    const phase = 2 * Math.PI * xi * x;
    re += rule.weights[k]! * gx[k]! * Math.cos(phase);
    im -= rule.weights[k]! * gx[k]! * Math.sin(phase);
  });
  return re * re + im * im;
}
