/**
 * A smooth positive function of ξ on [lo, hi] from few evaluations:
 * log C as a function of log ξ, interpolated by Chebyshev polynomials on
 * pieces (barycentric formula, points of the second kind). The LFP
 * coefficients are power laws times slowly varying factors on a log-log
 * scale, so a piece of two octaves needs about a dozen values. Each
 * piece is checked against C at two points that are not nodes and halved
 * until they agree to TOLERANCE.
 */
const NODES = 12;
/** Absolute error in log C, so relative error in C. */
const TOLERANCE = 1e-10;
const MAX_DEPTH = 6;

type Piece = { a: number; b: number; us: number[]; vs: number[] };

export interface LogInterpolant {
  readonly at: (xi: number) => number;
  /** Number of evaluations of C spent. */
  readonly evaluations: number;
}

/**
 * Returns undefined when C is not positive and finite at every node;
 * the caller then evaluates C directly.
 */
export function logInterpolant(c: (xi: number) => number, lo: number,
  hi: number): LogInterpolant | undefined {
  let evaluations = 0;
  const v = (u: number) => {
    evaluations++;
    return Math.log(c(Math.exp(u)));
  };
  const pieces: Piece[] = [];
  const width = 2 * Math.LN2;
  const a0 = Math.log(lo);
  const b0 = Math.log(hi);
  const count = Math.max(1, Math.ceil((b0 - a0) / width));
  for (let k = 0; k < count; k++) {
    const a = a0 + ((b0 - a0) * k) / count;
    const b = a0 + ((b0 - a0) * (k + 1)) / count;
    if (!refine(v, a, b, 0, pieces)) return undefined;
  }
  return { at: (xi) => Math.exp(evaluatePieces(pieces, Math.log(xi))), evaluations };
}

function refine(v: (u: number) => number, a: number, b: number, depth: number,
  out: Piece[]): boolean {
  const piece = chebyshevPiece(v, a, b);
  if (!piece.vs.every(Number.isFinite)) return false;
  const probes = [a + 0.31 * (b - a), a + 0.77 * (b - a)];
  const good = probes.every((u) => Math.abs(barycentric(piece, u) - v(u)) <= TOLERANCE);
  if (good || depth >= MAX_DEPTH) {
    out.push(piece);
    return true;
  }
  const m = (a + b) / 2;
  return refine(v, a, m, depth + 1, out) && refine(v, m, b, depth + 1, out);
}

function chebyshevPiece(v: (u: number) => number, a: number, b: number): Piece {
  const us = Array.from({ length: NODES }, (_, k) =>
    (a + b) / 2 + ((b - a) / 2) * Math.cos((Math.PI * k) / (NODES - 1)));
  return { a, b, us, vs: us.map(v) };
}

function barycentric(p: Piece, u: number): number {
  let top = 0;
  let bottom = 0;
  for (let k = 0; k < p.us.length; k++) {
    const diff = u - p.us[k]!;
    if (diff === 0) return p.vs[k]!;
    const w = (k % 2 === 0 ? 1 : -1) * (k === 0 || k === p.us.length - 1 ? 0.5 : 1);
    top += (w * p.vs[k]!) / diff;
    bottom += w / diff;
  }
  return top / bottom;
}

function evaluatePieces(pieces: readonly Piece[], u: number): number {
  const p = pieces.find((q) => u <= q.b) ?? pieces[pieces.length - 1]!;
  return barycentric(p, u);
}
