/**
 * ∫_{−∞}^{∞} exp(g(t)) dt for a smooth log-integrand g, by the
 * trapezoidal rule with step halving, summed in log space so that
 * integrals far below the smallest double (e^{−1000} and less) keep
 * their digits.
 *
 * This is the report's independent route to the average over r (with
 * t = log r). It shares no code with the adaptive Gauss–Kronrod rule of
 * the coefficients: the trapezoidal rule converges geometrically for
 * integrands analytic in a strip around the real axis, so successive
 * halvings give a realistic error estimate.
 */

export interface LogIntegral {
  /** Natural log of the integral; −Infinity when the integrand is 0. */
  readonly logValue: number;
  /** Relative difference of the last two halvings. */
  readonly relError: number;
  readonly converged: boolean;
  readonly evaluations: number;
}

export interface LogTrapezoidOptions {
  /** Start of the search for the peak of g. */
  readonly start: number;
  readonly relTol?: number;
  /** Drop of g, from its maximum, at which the tails are cut. */
  readonly tailDrop?: number;
  readonly maxEvaluations?: number;
}

/** log(e^a + e^b) without overflow; −Infinity terms are ignored. */
export function logAddExp(a: number, b: number): number {
  if (a === -Infinity) return b;
  if (b === -Infinity) return a;
  const m = Math.max(a, b);
  return m + Math.log1p(Math.exp(-Math.abs(a - b)));
}

/** log Σ e^{v_k}, scaled by the maximum. */
export function logSumExp(values: readonly number[]): number {
  const m = Math.max(...values);
  if (m === -Infinity || !Number.isFinite(m)) return m;
  let s = 0;
  for (const v of values) s += Math.exp(v - m);
  return m + Math.log(s);
}

export function integrateLogTrapezoid(
  g: (t: number) => number,
  options: LogTrapezoidOptions,
): LogIntegral {
  const counted = countCalls(g);
  const peak = findPeak(counted.f, options.start);
  if (peak.value === -Infinity) {
    return {
      logValue: -Infinity,
      relError: 0,
      converged: true,
      evaluations: counted.calls(),
    };
  }
  const width = peakWidth(counted.f, peak);
  const drop = options.tailDrop ?? 60;
  const lo = tailEnd(counted.f, peak, width, -1, drop);
  const hi = tailEnd(counted.f, peak, width, 1, drop);
  const result = halveUntilConverged(counted.f, lo, hi, width / 2, {
    relTol: options.relTol ?? 1e-12,
    maxEvaluations: options.maxEvaluations ?? 40000,
    calls: counted.calls,
  });
  return { ...result, evaluations: counted.calls() };
}

function countCalls(g: (t: number) => number) {
  let n = 0;
  const f = (t: number) => {
    n += 1;
    const v = g(t);
    return Number.isNaN(v) ? -Infinity : v;
  };
  return { f, calls: () => n };
}

interface Peak {
  readonly t: number;
  readonly value: number;
}

/** Coarse scan outward from `start`, then golden-section refinement. */
function findPeak(f: (t: number) => number, start: number): Peak {
  const step = 0.25;
  let best: Peak = { t: start, value: f(start) };
  for (const direction of [-1, 1]) {
    let below = 0;
    for (let k = 1; k <= 1600 && below < 8; k += 1) {
      const t = start + direction * k * step;
      const value = f(t);
      if (value > best.value) best = { t, value };
      // Stop once g has fallen far below the best value for a while.
      below = value < best.value - 80 ? below + 1 : 0;
    }
  }
  return refinePeak(f, best.t - step, best.t + step, best);
}

function refinePeak(f: (t: number) => number, a0: number, b0: number, seed: Peak): Peak {
  const ratio = (Math.sqrt(5) - 1) / 2;
  let [a, b] = [a0, b0];
  let best = seed;
  for (let k = 0; k < 60 && b - a > 1e-10; k += 1) {
    const c = b - ratio * (b - a);
    const d = a + ratio * (b - a);
    const fc = f(c);
    const fd = f(d);
    if (fc > best.value) best = { t: c, value: fc };
    if (fd > best.value) best = { t: d, value: fd };
    if (fc >= fd) b = d;
    else a = c;
  }
  return best;
}

/**
 * Scale of the peak, 1/√(−g''), clamped to [1e-6, 0.25]: the step of
 * the first pass is half of it, so narrow Laplace peaks far in the
 * tail are resolved from the start.
 */
function peakWidth(f: (t: number) => number, peak: Peak): number {
  const h = 1e-3;
  const curvature = (f(peak.t + h) - 2 * peak.value + f(peak.t - h)) / (h * h);
  if (!(curvature < 0) || !Number.isFinite(curvature)) return 0.25;
  return Math.min(0.25, Math.max(1e-6, 1 / Math.sqrt(-curvature)));
}

/** Walks from the peak until g is `drop` below its maximum. */
function tailEnd(
  f: (t: number) => number,
  peak: Peak,
  width: number,
  direction: number,
  drop: number,
): number {
  let t = peak.t;
  let step = width;
  for (let k = 0; k < 4000; k += 1) {
    t += direction * step;
    if (f(t) < peak.value - drop) return t;
    // Slowly decaying tails (power laws in r) need longer strides.
    if (k % 16 === 15) step = Math.min(step * 2, 0.25);
  }
  return t;
}

interface Halving {
  relTol: number;
  maxEvaluations: number;
  calls: () => number;
}

function halveUntilConverged(
  f: (t: number) => number,
  lo: number,
  hi: number,
  h0: number,
  o: Halving,
): Omit<LogIntegral, 'evaluations'> {
  // A long range at the step of a narrow peak would exhaust the budget
  // in the first pass, so the first step is coarsened instead.
  const needed = Math.max(8, Math.ceil((hi - lo) / h0));
  let n = Math.min(needed, Math.floor(o.maxEvaluations / 4));
  let h = (hi - lo) / n;
  const ends = [f(lo) - Math.LN2, f(hi) - Math.LN2];
  const inner: number[] = [];
  for (let k = 1; k < n; k += 1) inner.push(f(lo + k * h));
  let logSum = logSumExp([...ends, ...inner]);
  let estimate = logSum + Math.log(h);
  for (;;) {
    const mids: number[] = [];
    for (let k = 0; k < n; k += 1) mids.push(f(lo + (k + 0.5) * h));
    logSum = logAddExp(logSum, logSumExp(mids));
    n *= 2;
    h /= 2;
    const next = logSum + Math.log(h);
    const relError = Math.abs(Math.expm1(next - estimate));
    estimate = next;
    if (relError <= o.relTol) return { logValue: next, relError, converged: true };
    if (o.calls() + 2 * n > o.maxEvaluations) {
      return { logValue: next, relError, converged: false };
    }
  }
}
