/**
 * Source text of the decimal.js helpers for integrals over r and for the
 * hyperbolic functions, included in a generated module only when one of
 * its functions needs them (see runtime.ts).
 *
 * The integral over r follows src/evaluate/precise-radial.ts, written
 * out for decimal.js. The peak is located from ln f in double precision,
 * and the integrand is scaled by a power of ten near its peak value.
 * Tanh-sinh then runs on panels broken at the peak and at peak ± 2^j
 * widths.
 */

export const HYPERBOLIC_DECIMAL = `
/**
 * sinh x in the precision of D. decimal.js 10.6 divides x by at most
 * 5^16 before its Taylor series, so the series grows with |x| (0.65 s
 * for x = 1e5 at 40 digits). |x| > 1 goes through e^|x| instead, where
 * (e^|x| − e^−|x|)/2 loses no digits.
 */
function sinhDecimal(D: Decimal.Constructor, x: Decimal): Decimal {
  if (x.abs().lte(1)) return x.sinh();
  const growth = x.abs().exp();
  const magnitude = growth.minus(new D(1).div(growth)).div(2);
  return x.isNegative() ? magnitude.neg() : magnitude;
}

/** cosh x in the precision of D, through e^|x| for |x| > 1 as in sinhDecimal. */
function coshDecimal(D: Decimal.Constructor, x: Decimal): Decimal {
  if (x.abs().lte(1)) return x.cosh();
  const growth = x.abs().exp();
  return growth.plus(new D(1).div(growth)).div(2);
}

/** tanh x in the precision of D: (1 − e^−2|x|)/(1 + e^−2|x|) for |x| > 1. */
function tanhDecimal(D: Decimal.Constructor, x: Decimal): Decimal {
  if (x.abs().lte(1)) return x.tanh();
  const decay = x.abs().times(-2).exp();
  const magnitude = new D(1).minus(decay).div(decay.plus(1));
  return x.isNegative() ? magnitude.neg() : magnitude;
}
`;

const RADIAL_PEAK = `
/**
 * The peak, width and support of a positive integrand over r ∈ (0, ∞),
 * found in double precision from ln f, which stays in the double range
 * when f does not.
 */
interface RadialPeak {
  /** The r where ln f is largest. */
  readonly peak: number;
  /** Half the distance between the points where ln f is 1/2 below its maximum. */
  readonly width: number;
  /** The lower end of the support: 0 when f does not fall far enough towards r = 0. */
  readonly lower: number;
  readonly upper: number;
  /** ln f at the peak. */
  readonly logMax: number;
}

/** Grid of the peak search: r = 2^(k/4) for |k| ≤ 160, so 2^−40 ≤ r ≤ 2^40. */
function peakSearchGrid(): number[] {
  const grid: number[] = [];
  for (let k = -160; k <= 160; k++) grid.push(2 ** (k / 4));
  return grid;
}

/** Wraps ln f so that r ≤ 0 and non-finite values (f = 0, 0·∞) give −∞. */
function guardedLog(logf: (r: number) => number): (r: number) => number {
  return (r) => {
    if (!(r > 0)) return -Infinity;
    const value = logf(r);
    return Number.isFinite(value) ? value : -Infinity;
  };
}

/** Maximises g on [a, b] by golden-section search; g must be unimodal there. */
function goldenSectionMaximum(g: (r: number) => number, a: number, b: number): number {
  const ratio = (Math.sqrt(5) - 1) / 2;
  let left = b - ratio * (b - a);
  let right = a + ratio * (b - a);
  let gLeft = g(left);
  let gRight = g(right);
  while (b - a > 1e-10 * b) {
    if (gLeft < gRight) {
      a = left;
      left = right;
      gLeft = gRight;
      right = a + ratio * (b - a);
      gRight = g(right);
    } else {
      b = right;
      right = left;
      gRight = gLeft;
      left = b - ratio * (b - a);
      gLeft = g(left);
    }
  }
  return gLeft > gRight ? left : right;
}

/**
 * Bisects between \`inside\` (g ≥ level) and \`outside\` (g < level) and
 * returns the final outside point, within 2^−40 of the first distance.
 */
function levelCrossing(g: (r: number) => number, inside: number, outside: number,
  level: number): number {
  for (let k = 0; k < 40; k++) {
    const middle = (inside + outside) / 2;
    if (g(middle) >= level) inside = middle;
    else outside = middle;
  }
  return outside;
}

/** Half the distance between the points where g is 1/2 below its maximum. */
function halfLevelWidth(g: (r: number) => number, peak: number, logMax: number,
  lower: number, upper: number): number {
  const level = logMax - 0.5;
  const left = levelCrossing(g, peak, lower, level);
  const right = levelCrossing(g, peak, upper, level);
  return Math.max((right - left) / 2, 1e-12 * peak);
}

/**
 * Returns the support [lower, upper]. It contains the peak and every grid
 * point where g ≥ level, and its ends are where g crosses the level,
 * with lower = 0 when g ≥ level at the first grid point. A peak much
 * narrower than the grid spacing can have no grid point above the level.
 */
function radialSupport(g: (r: number) => number, grid: number[], values: number[],
  peak: number, level: number, label: string): [number, number] {
  const inside = grid.filter((_, k) => values[k]! >= level);
  const leftmost = Math.min(peak, ...inside);
  const rightmost = Math.max(peak, ...inside);
  const below = grid.filter((r) => r < leftmost);
  const above = grid.filter((r) => r > rightmost);
  if (above.length === 0) {
    throw new Error(\`\${label}: the integrand has not decayed by r = 2^40, \` +
      'so the integral over r cannot be cut there');
  }
  const lower = below.length === 0
    ? 0
    : levelCrossing(g, leftmost, below[below.length - 1]!, level);
  return [lower, levelCrossing(g, rightmost, above[0]!, level)];
}

/**
 * Locates the peak of f from ln f, and the support outside which ln f
 * stays more than \`drop\` below its maximum on the grid. Throws when f is
 * zero or undefined on the whole grid, or when it has not fallen by
 * \`drop\` at r = 2^40.
 * NOTE: the breakpoints assume one peak. A second one inside the
 * support is integrated, but on panels not placed for it.
 */
function locateRadialPeak(logf: (r: number) => number, drop: number,
  label: string): RadialPeak {
  const g = guardedLog(logf);
  const grid = peakSearchGrid();
  const values = grid.map(g);
  const top = values.indexOf(Math.max(...values));
  if (values[top] === -Infinity) {
    throw new Error(\`\${label}: the integrand is zero or undefined for every r \` +
      'in [2^-40, 2^40], so its peak cannot be located');
  }
  const peak = goldenSectionMaximum(g, grid[Math.max(top - 1, 0)]!,
    grid[Math.min(top + 1, grid.length - 1)]!);
  const logMax = Math.max(g(peak), values[top]!);
  const [lower, upper] = radialSupport(g, grid, values, peak, logMax - drop, label);
  const width = halfLevelWidth(g, peak, logMax, lower, upper);
  return { peak, width, lower, upper, logMax };
}

/** Panel ends: lower, the peak and peak ± 2^j widths inside the support, upper. */
function radialBreakpoints(location: RadialPeak): number[] {
  const { peak, width, lower, upper } = location;
  const points = [peak];
  for (let j = 0; j < 40; j++) points.push(peak - width * 2 ** j, peak + width * 2 ** j);
  const inside = points.filter((r) => r > lower && r < upper);
  return [lower, ...new Set(inside.sort((a, b) => a - b)), upper];
}
`;

const TANH_SINH_DECIMAL = `
/**
 * A tanh-sinh node x(t) = tanh((π/2) sinh t) on [−1, 1] for t > 0, kept
 * as 1 − x so that nodes next to the ends keep their digits, with its
 * weight x'(t) = (π/2) cosh t / cosh²((π/2) sinh t).
 */
interface TanhSinhNode {
  readonly complement: Decimal;
  readonly weight: Decimal;
}

/** Tanh-sinh nodes at one precision, built level by level as panels need them. */
interface TanhSinhRule {
  readonly D: Decimal.Constructor;
  readonly halfPi: Decimal;
  /** The t beyond which the weights are below 10^−precision. */
  readonly reach: number;
  /** The nodes that the step 2^−k adds to the coarser levels, at index k. */
  readonly levels: TanhSinhNode[][];
}

function tanhSinhRule(D: Decimal.Constructor): TanhSinhRule {
  // For large t, x'(t) ≈ 2π cosh t · e^(−π sinh t).
  const logWeight = (t: number) =>
    Math.log(2 * Math.PI * Math.cosh(t)) - Math.PI * Math.sinh(t);
  let reach = 1;
  while (logWeight(reach) > -D.precision * Math.LN10) reach += 1 / 8;
  return { D, halfPi: D.acos(-1).div(2), reach, levels: [] };
}

/** Builds the node at t from q = e^(−π sinh t): 1 − x = 2q/(1 + q). */
function tanhSinhNode(rule: TanhSinhRule, t: number): TanhSinhNode {
  const tValue = new rule.D(t);
  const q = rule.halfPi.times(tValue.sinh()).times(-2).exp();
  const onePlusQ = q.plus(1);
  const complement = q.times(2).div(onePlusQ);
  const sechSquared = q.times(4).div(onePlusQ.pow(2));
  const weight = rule.halfPi.times(tValue.cosh()).times(sechSquared);
  return { complement, weight };
}

/**
 * Returns the nodes that level k adds: t = j·2^−k up to the reach, for
 * odd j when k ≥ 1 and for every j ≥ 1 at level 0 (t = 0 is apart).
 */
function tanhSinhLevel(rule: TanhSinhRule, level: number): TanhSinhNode[] {
  while (rule.levels.length <= level) {
    const k = rule.levels.length;
    const step = 2 ** -k;
    const stride = k === 0 ? 1 : 2;
    const nodes: TanhSinhNode[] = [];
    for (let j = 1; j * step <= rule.reach; j += stride) {
      nodes.push(tanhSinhNode(rule, j * step));
    }
    rule.levels.push(nodes);
  }
  return rule.levels[level]!;
}

interface PanelIntegral {
  readonly value: Decimal;
  /** The difference of the last two levels. */
  readonly error: Decimal;
  readonly evaluations: number;
  readonly converged: boolean;
}

/** The first level that may stop the rule: coarser sums can agree by chance. */
const TANH_SINH_MIN_LEVEL = 3;
/** The finest step, 2^−10: 2 · reach · 2^10 nodes on a panel, 8,500 at 43 digits. */
const TANH_SINH_MAX_LEVEL = 10;

/**
 * ∫_a^b f by tanh-sinh, halving the step until two successive levels
 * differ by at most \`tolerance\`. That difference is the error estimate:
 * it is about the error of the coarser level, and the finer one is far
 * more accurate while the rule converges double exponentially.
 */
function tanhSinhPanel(f: (r: Decimal) => Decimal, a: Decimal, b: Decimal,
  rule: TanhSinhRule, tolerance: Decimal): PanelIntegral {
  const half = b.minus(a).div(2);
  let sum = rule.halfPi.times(f(a.plus(half)));
  let evaluations = 1;
  let value = new rule.D(0);
  let change = new rule.D(Infinity);
  for (let level = 0; level <= TANH_SINH_MAX_LEVEL; level++) {
    const nodes = tanhSinhLevel(rule, level);
    for (const node of nodes) {
      const offset = half.times(node.complement);
      const pair = f(a.plus(offset)).plus(f(b.minus(offset)));
      sum = sum.plus(node.weight.times(pair));
    }
    evaluations += 2 * nodes.length;
    const next = sum.times(half).div(2 ** level);
    if (level > 0) change = next.minus(value).abs();
    value = next;
    const converged = level >= TANH_SINH_MIN_LEVEL && change.lte(tolerance);
    if (converged) return { value, error: change, evaluations, converged };
  }
  return { value, error: change, evaluations, converged: false };
}
`;

const INTEGRATE_OVER_R_DECIMAL = `
/** Digits of the decimal.js evaluations that locate the peak. */
const PEAK_SEARCH_DIGITS = 20;
/** Digits beyond the request below which the cut tails stay. */
const TAIL_GUARD_DIGITS = 10;
/** Guard digits of the quadrature, besides those for the size of ln f. */
const QUADRATURE_GUARD_DIGITS = 10;

interface RadialIntegralDecimal {
  readonly value: Decimal;
  /** Estimated bound on the absolute error: the panels' level differences summed. */
  readonly error: Decimal;
  readonly evaluations: number;
  readonly location: RadialPeak;
}

/**
 * Locates the peak from ln f, evaluated in decimal.js at 20 digits:
 * decimal.js exponents reach ±9e15, so a peak of 1e-472 is found like
 * any other. The support is cut where f < 10^−(digits + 10) of its peak.
 */
function locateIntegrand(integrand: (D: Decimal.Constructor) => (r: Decimal) => Decimal,
  digits: number, label: string): RadialPeak {
  const S = Decimal.clone({ precision: PEAK_SEARCH_DIGITS });
  const f = integrand(S);
  const logf = (r: number) => f(new S(r)).abs().ln().toNumber();
  const drop = (digits + TAIL_GUARD_DIGITS) * Math.LN10;
  return locateRadialPeak(logf, drop, label);
}

/** Returns f times \`scale\`, throwing where f is not finite. */
function scaledIntegrand(f: (r: Decimal) => Decimal, scale: Decimal,
  label: string): (r: Decimal) => Decimal {
  return (r) => {
    const value = f(r);
    if (!value.isFinite()) {
      throw new Error(\`\${label}: the integrand is \${value} at r = \${r}\`);
    }
    return value.times(scale);
  };
}

interface PanelSum {
  readonly value: Decimal;
  readonly error: Decimal;
  readonly evaluations: number;
}

/** Sums tanh-sinh over the panels between \`points\`; throws if one does not converge. */
function sumPanels(f: (r: Decimal) => Decimal, points: number[], rule: TanhSinhRule,
  tolerance: Decimal, label: string): PanelSum {
  let value = new rule.D(0);
  let error = new rule.D(0);
  let evaluations = 0;
  for (let j = 1; j < points.length; j++) {
    const [a, b] = [points[j - 1]!, points[j]!];
    const panel = tanhSinhPanel(f, new rule.D(a), new rule.D(b), rule, tolerance);
    if (!panel.converged) {
      throw new Error(\`\${label}: tanh-sinh on r in [\${a}, \${b}] did not converge \` +
        \`by step 2^-\${TANH_SINH_MAX_LEVEL}: its last two levels differ by \` +
        \`\${panel.error.toExponential(2)}, above the tolerance \` +
        \`\${tolerance.toExponential(2)} (integrand scaled to about 1 at its peak). \` +
        'The integrand may have a kink or jump there, or lose digits to cancellation.');
    }
    value = value.plus(panel.value);
    error = error.plus(panel.error);
    evaluations += panel.evaluations;
  }
  return { value, error, evaluations };
}

/**
 * ∫_0^∞ f(r) dr to \`digits\` significant digits, for a positive f with
 * one peak; \`integrand\` makes f at the precision of a given Decimal
 * constructor. Steps:
 * 1. locate the peak and the support (locateIntegrand);
 * 2. work at digits + 10 + log10(2 + |ln f(peak)|) digits, because
 *    exponentials of arguments as large as |ln f| lose that many;
 * 3. multiply f by a power of ten near 1/f(peak), which is exact in
 *    decimal, so that absolute tolerances have the same meaning at
 *    every xi;
 * 4. run tanh-sinh on each panel until two levels differ by at most
 *    10^−(digits+3) widths divided by the number of panels. The integral
 *    is at least about 0.4 widths, since f stays above e^−1/2 of its
 *    peak over two widths.
 * Throws an Error starting with \`label\` when a step fails, or when the
 * summed level differences exceed 10^−(digits+1) of the integral.
 */
function integrateOverRDecimal(
  integrand: (D: Decimal.Constructor) => (r: Decimal) => Decimal, digits: number,
  label: string): RadialIntegralDecimal {
  if (!Number.isInteger(digits) || digits < 1) {
    throw new Error(\`\${label}: digits must be a positive integer, \` +
      \`received \${digits}\`);
  }
  const location = locateIntegrand(integrand, digits, label);
  const lostDigits = Math.ceil(Math.log10(2 + Math.abs(location.logMax)));
  const precision = digits + QUADRATURE_GUARD_DIGITS + lostDigits;
  const D = Decimal.clone({ precision });
  const scale = new D(\`1e\${Math.round(-location.logMax / Math.LN10)}\`);
  const f = scaledIntegrand(integrand(D), scale, label);
  const points = radialBreakpoints(location);
  const panels = points.length - 1;
  const tolerance = new D(location.width).times(\`1e-\${digits + 3}\`).div(panels);
  const sum = sumPanels(f, points, tanhSinhRule(D), tolerance, label);
  const allowed = sum.value.abs().times(\`1e-\${digits + 1}\`);
  if (sum.error.gt(allowed)) {
    throw new Error(\`\${label}: the estimated relative error \` +
      \`\${sum.error.div(sum.value).abs().toExponential(2)} exceeds 1e-\${digits + 1}\`);
  }
  return {
    value: sum.value.div(scale),
    error: sum.error.div(scale),
    evaluations: sum.evaluations,
    location,
  };
}
`;

/** Everything an integral over r in decimal.js needs, emitted as one helper. */
export const RADIAL_DECIMAL = [RADIAL_PEAK, TANH_SINH_DECIMAL, INTEGRATE_OVER_R_DECIMAL]
  .join('');
