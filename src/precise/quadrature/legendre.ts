/**
 * Gauss–Legendre nodes and weights on [−1, 1] at any precision.
 *
 * Each positive root of P_n starts from the asymptotic guess
 * cos(π(i − ¼)/(n + ½)) (1 − 1/(8n²) + 1/(8n³)), is refined by Newton's
 * iteration in doubles, and then in fixed point with the precision
 * doubling at each step. P_n and P_(n−1) come from the three-term
 * recurrence k P_k = (2k−1) x P_(k−1) − (k−1) P_(k−2), and
 *   P′_n = n (x P_n − P_(n−1)) / (x² − 1),   w = 2 / ((1 − x²) P′_n²).
 * Rules are cached per (n, precision).
 */
import { BigFloat, ZERO, fromNumber } from '../bigfloat.js';
import { fromFixed, rescale, toFixed } from '../fixed.js';

export interface LegendreRule {
  /** Nodes in increasing order. */
  readonly nodes: readonly BigFloat[];
  readonly weights: readonly BigFloat[];
}

/** Evaluates P_n(x) and P_(n−1)(x) in doubles. */
function legendreDouble(n: number, x: number): [number, number] {
  let previous = 1;
  let current = x;
  for (let k = 2; k <= n; k++) {
    const next = ((2 * k - 1) * x * current - (k - 1) * previous) / k;
    previous = current;
    current = next;
  }
  return [current, previous];
}

/** Evaluates P_n(x) and P_(n−1)(x) for a fixed-point x at scale w. */
function legendreFixed(n: number, x: bigint, w: number): [bigint, bigint] {
  const scale = BigInt(w);
  let previous = 1n << scale;
  let current = x;
  for (let k = 2; k <= n; k++) {
    const product = (BigInt(2 * k - 1) * x * current) >> scale;
    const next = (product - BigInt(k - 1) * previous) / BigInt(k);
    previous = current;
    current = next;
  }
  return [current, previous];
}

/** Returns the i-th largest root of P_n to about 15 digits. */
function rootDouble(n: number, i: number): number {
  const theta = (Math.PI * (i - 0.25)) / (n + 0.5);
  let x = Math.cos(theta) * (1 - 1 / (8 * n * n) + 1 / (8 * n * n * n));
  for (let step = 0; step < 8; step++) {
    const [p, q] = legendreDouble(n, x);
    const dx = (p * (x * x - 1)) / (n * (x * p - q));
    x -= dx;
    if (Math.abs(dx) < 1e-17) break;
  }
  return x;
}

/** Refines a root to scale w by Newton steps at doubling precision. */
function refineRoot(n: number, guess: number, w: number): bigint {
  const steps: number[] = [w];
  for (let b = w; b > 100; ) {
    b = Math.ceil(b / 2) + 8;
    steps.push(b);
  }
  steps.reverse();
  let scale = 64;
  let x = toFixed(fromNumber(guess), scale);
  for (const s of steps) {
    x = rescale(x, scale, s);
    scale = s;
    const [p, q] = legendreFixed(n, x, s);
    const fixedOne = 1n << BigInt(s);
    const xSquaredMinusOne = ((x * x) >> BigInt(s)) - fixedOne;
    const denominator = BigInt(n) * (((x * p) >> BigInt(s)) - q);
    x -= (p * xSquaredMinusOne) / denominator;
  }
  return x;
}

/** Computes the weight w = 2(1 − x²)/(n P_(n−1)(x))² at a root x of P_n. */
function weightAt(n: number, x: bigint, w: number, prec: number): BigFloat {
  const [, q] = legendreFixed(n, x, w);
  const oneMinusSquare = (1n << BigInt(w)) - ((x * x) >> BigInt(w));
  const nq = BigInt(n) * q;
  const numerator = 2n * oneMinusSquare * (1n << BigInt(w));
  return fromFixed(numerator / ((nq * nq) >> BigInt(w)), w, prec);
}

function computeRule(n: number, prec: number): LegendreRule {
  // 1 − x² near ±1 and the growth of P′_n cost about 2 log2 n bits.
  const w = prec + 2 * Math.ceil(Math.log2(n + 1)) + 16;
  const positive: { node: BigFloat; weight: BigFloat }[] = [];
  for (let i = 1; i <= Math.floor(n / 2); i++) {
    const x = refineRoot(n, rootDouble(n, i), w);
    positive.push({ node: fromFixed(x, w, prec), weight: weightAt(n, x, w, prec) });
  }
  const nodes: BigFloat[] = [];
  const weights: BigFloat[] = [];
  // positive runs from the largest root down.
  for (const { node, weight } of positive) {
    nodes.push(new BigFloat(-node.man, node.exp));
    weights.push(weight);
  }
  if (n % 2 === 1) {
    nodes.push(ZERO);
    weights.push(weightAt(n, 0n, w, prec));
  }
  for (const { node, weight } of [...positive].reverse()) {
    nodes.push(node);
    weights.push(weight);
  }
  return { nodes, weights };
}

const rules = new Map<string, LegendreRule>();

/** Returns the n-point Gauss–Legendre rule on [−1, 1] to prec bits (cached). */
export function gaussLegendreRule(n: number, prec: number): LegendreRule {
  const key = `${n}:${prec}`;
  let rule = rules.get(key);
  if (!rule) rules.set(key, (rule = computeRule(n, prec)));
  return rule;
}
