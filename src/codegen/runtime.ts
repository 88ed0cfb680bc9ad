/**
 * Source text of the helpers that generated modules include, each only
 * when a generated function needs it, so that a module depends on
 * nothing but decimal.js. They are written for the generated file: TS
 * strict mode, no imports besides Decimal.
 */
import { HYPERBOLIC_DECIMAL, RADIAL_DECIMAL } from './runtime-radial.js';

const COMPLEX = `
/** Lifts a real number to a complex one. */
function cplx(x: number): Complex {
  return { re: x, im: 0 };
}

function csum(...terms: Complex[]): Complex {
  return terms.reduce((s, t) => ({ re: s.re + t.re, im: s.im + t.im }));
}

function cprod(...factors: Complex[]): Complex {
  return factors.reduce((p, f) => ({
    re: p.re * f.re - p.im * f.im,
    im: p.re * f.im + p.im * f.re,
  }));
}

function cquot(a: Complex, b: Complex): Complex {
  const norm = b.re * b.re + b.im * b.im;
  return {
    re: (a.re * b.re + a.im * b.im) / norm,
    im: (a.im * b.re - a.re * b.im) / norm,
  };
}

/** Raises a to an integer power by repeated squaring. */
function cpow(a: Complex, n: number): Complex {
  let result: Complex = { re: 1, im: 0 };
  let base = a;
  for (let k = Math.abs(n); k > 0; k = Math.floor(k / 2)) {
    if (k % 2 === 1) result = cprod(result, base);
    base = cprod(base, base);
  }
  return n < 0 ? cquot({ re: 1, im: 0 }, result) : result;
}
`;

const BESSEL_K = `
/**
 * K_nu(x) for x > 0 from K_nu(x) = ∫_0^∞ e^(−x cosh t) cosh(nu t) dt
 * (DLMF 10.32.9) by the trapezoidal rule, which converges exponentially
 * for this integrand; the step halves until two sums agree to 1e-15.
 * The factor e^(−x) is taken out, so the sum stays near 1.
 */
function besselK(nu: number, x: number): number {
  if (!(x > 0)) return Number.NaN;
  let h = 0.5;
  let previous = trapezoidK(nu, x, h);
  for (let level = 0; level < 14; level++) {
    h /= 2;
    const next = trapezoidK(nu, x, h);
    if (Math.abs(next - previous) <= 1e-15 * Math.abs(next)) return Math.exp(-x) * next;
    previous = next;
  }
  return Math.exp(-x) * previous;
}

/** Bounds the work of one sum; the terms fall below 1e-18 long before. */
const MAX_TERMS = 100000;

/** h (f(0)/2 + Σ f(kh)) with f(t) = e^(−2x sinh²(t/2)) cosh(nu t). */
function trapezoidK(nu: number, x: number, h: number): number {
  let sum = 0.5;
  for (let k = 1; k < MAX_TERMS; k++) {
    const half = Math.sinh((k * h) / 2);
    const term = Math.exp(-2 * x * half * half) * Math.cosh(nu * k * h);
    sum += term;
    if (!(term >= 1e-18 * sum)) break;
  }
  return h * sum;
}
`;

const QUADRATURE = `
/** Nodes and weights of n-point Gauss–Legendre on [−1, 1], by Newton's method. */
function legendreRule(n: number): { nodes: number[]; weights: number[] } {
  const nodes: number[] = [];
  const weights: number[] = [];
  for (let i = 1; i <= n; i++) {
    let x = Math.cos((Math.PI * (i - 0.25)) / (n + 0.5));
    let slope = 1;
    for (let step = 0; step < 100; step++) {
      let previous = 1;
      let current = x;
      for (let k = 2; k <= n; k++) {
        const next = ((2 * k - 1) * x * current - (k - 1) * previous) / k;
        previous = current;
        current = next;
      }
      slope = (n * (x * current - previous)) / (x * x - 1);
      const dx = current / slope;
      x -= dx;
      if (Math.abs(dx) < 1e-16) break;
    }
    nodes.push(x);
    weights.push(2 / ((1 - x * x) * slope * slope));
  }
  return { nodes, weights };
}

const LEGENDRE_16 = legendreRule(16);

/** Sums 16-point Gauss–Legendre over \`panels\` equal panels of [a, b]. */
function panelSum(f: (r: number) => number, a: number, b: number,
  panels: number): number {
  const width = (b - a) / panels;
  let sum = 0;
  for (let j = 0; j < panels; j++) {
    const middle = a + (j + 0.5) * width;
    LEGENDRE_16.nodes.forEach((t, i) => {
      sum += LEGENDRE_16.weights[i]! * f(middle + (t * width) / 2);
    });
  }
  return (sum * width) / 2;
}

/**
 * ∫_0^∞ f(r) dr for a positive f with one peak. The peak is found on the
 * grid r = 2^(k/8), 2^−40 ≤ r ≤ 2^40; the integral is cut where f falls
 * below 1e-18 of its peak (at 0 when it does not on the grid), and the
 * cut interval is split into 8, 16, … 4096 equal panels of 16-point
 * Gauss–Legendre until two successive sums agree to 1e-13. Returns 0
 * when f underflows to 0 on the whole grid (the coefficient is then
 * below the double range) and NaN when the sums never agree.
 */
function integrateOverR(f: (r: number) => number): number {
  const grid: number[] = [];
  for (let k = -320; k <= 320; k++) grid.push(2 ** (k / 8));
  const values = grid.map(f);
  let top = -1;
  values.forEach((v, k) => {
    if (Number.isFinite(v) && (top < 0 || v > values[top]!)) top = k;
  });
  if (top < 0 || !(values[top]! > 0)) return 0;
  const level = values[top]! * 1e-18;
  let lower = top;
  while (lower > 0 && values[lower]! >= level) lower -= 1;
  let upper = top;
  while (upper < grid.length - 1 && values[upper]! >= level) upper += 1;
  const a = lower === 0 ? 0 : grid[lower]!;
  const b = grid[upper]!;
  let previous = Number.NaN;
  for (let panels = 8; panels <= 4096; panels *= 2) {
    const value = panelSum(f, a, b, panels);
    if (Math.abs(value - previous) <= 1e-13 * Math.abs(value)) return value;
    previous = value;
  }
  return Number.NaN;
}
`;

const DECIMAL_COMPLEX = `
/** Lifts a real Decimal to a complex one. */
function dcplx(x: Decimal): DecimalComplex {
  return { re: x, im: x.times(0) };
}

function dcsum(...terms: DecimalComplex[]): DecimalComplex {
  return terms.reduce((s, t) => ({ re: s.re.plus(t.re), im: s.im.plus(t.im) }));
}

function dcprod(...factors: DecimalComplex[]): DecimalComplex {
  return factors.reduce((p, f) => ({
    re: p.re.times(f.re).minus(p.im.times(f.im)),
    im: p.re.times(f.im).plus(p.im.times(f.re)),
  }));
}

function dcquot(a: DecimalComplex, b: DecimalComplex): DecimalComplex {
  const norm = b.re.times(b.re).plus(b.im.times(b.im));
  return {
    re: a.re.times(b.re).plus(a.im.times(b.im)).div(norm),
    im: a.im.times(b.re).minus(a.re.times(b.im)).div(norm),
  };
}

/** Raises a to an integer power by repeated squaring. */
function dcpow(a: DecimalComplex, n: number): DecimalComplex {
  const one = { re: a.re.times(0).plus(1), im: a.re.times(0) };
  let result = one;
  let base = a;
  for (let k = Math.abs(n); k > 0; k = Math.floor(k / 2)) {
    if (k % 2 === 1) result = dcprod(result, base);
    base = dcprod(base, base);
  }
  return n < 0 ? dcquot(one, result) : result;
}
`;

const BESSEL_K_DECIMAL = `
/**
 * K_nu(x) for x > 0 in the precision of D, by the trapezoidal rule on
 * K_nu(x) = e^(−x) ∫_0^∞ e^(−2x sinh²(t/2)) cosh(nu t) dt (DLMF 10.32.9),
 * halving the step until two sums agree to 100 units of the precision;
 * the error of the rule falls exponentially as the step shrinks.
 */
function besselKDecimal(D: Decimal.Constructor, nu: Decimal, x: Decimal): Decimal {
  if (!x.gt(0)) throw new Error(\`besselKDecimal needs x > 0, received \${x}\`);
  const tolerance = new D(10).pow(-D.precision);
  let h = new D(0.5);
  let previous = trapezoidKDecimal(D, nu, x, h, tolerance);
  for (let level = 0; level < 40; level++) {
    h = h.div(2);
    const next = trapezoidKDecimal(D, nu, x, h, tolerance);
    const change = next.minus(previous).abs();
    const converged = change.lte(next.abs().times(tolerance).times(100));
    if (converged) return x.neg().exp().times(next);
    previous = next;
  }
  throw new Error(\`besselKDecimal(\${nu}, \${x}) did not converge\`);
}

function trapezoidKDecimal(D: Decimal.Constructor, nu: Decimal, x: Decimal, h: Decimal,
  tolerance: Decimal): Decimal {
  let sum = new D(0.5);
  for (let k = 1; k < 100000; k++) {
    const t = h.times(k);
    const half = t.div(2).sinh();
    const term = x.times(half.pow(2)).times(-2).exp().times(nu.times(t).cosh());
    sum = sum.plus(term);
    if (term.lt(sum.times(tolerance))) break;
  }
  return sum.times(h);
}
`;

export const HELPERS: Readonly<Record<string, string>> = {
  complex: COMPLEX,
  besselK: BESSEL_K,
  quadrature: QUADRATURE,
  decimalComplex: DECIMAL_COMPLEX,
  besselKDecimal: BESSEL_K_DECIMAL,
  hyperbolicDecimal: HYPERBOLIC_DECIMAL,
  radialDecimal: RADIAL_DECIMAL,
};
