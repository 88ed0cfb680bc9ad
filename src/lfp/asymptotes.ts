/**
 * The straight lines that an activation approaches at ±∞, found by
 * sampling, and the distance beyond which it equals them in double
 * precision. The operator check subtracts these lines from the
 * pre-activation integrals and averages them over the bias exactly.
 */
import { NotDerivableError } from '../errors.js';

/** f(s) ≈ intercept + slope·s on one side. */
export interface Line {
  readonly intercept: number;
  readonly slope: number;
}

export interface Asymptotes {
  readonly plus: Line;
  readonly minus: Line;
  /** f equals its lines to rounding for |s| ≥ saturation (on a 0.25 grid). */
  readonly saturation: number;
}

const FAR = 40;
const GRID_STEP = 0.25;
/** Relative agreement that counts as equal to the line. */
const ROUNDING = 2 ** -52;

/**
 * Finds the lines of f at ±∞. `label` names f in the error raised when f
 * is not on a line for |x| ≥ 40 (for example x², sin, or x/√(1+x²), whose
 * approach is too slow).
 */
export function findAsymptotes(f: (s: number) => number, label: string): Asymptotes {
  const plus = lineThrough(f, 1, label);
  const minus = lineThrough(f, -1, label);
  const saturation = Math.max(saturationOf(f, plus, 1), saturationOf(f, minus, -1));
  return { plus, minus, saturation };
}

function lineThrough(f: (s: number) => number, side: 1 | -1, label: string): Line {
  const near = f(side * FAR);
  const far = f(side * 1.25 * FAR);
  const slope = (far - near) / (side * 0.25 * FAR);
  const line = { intercept: near - slope * side * FAR, slope };
  for (const s of [1.1 * FAR, 1.5 * FAR, 2 * FAR]) {
    const x = side * s;
    const y = f(x);
    const expected = line.intercept + line.slope * x;
    if (!(Math.abs(y - expected) <= 1e-12 * Math.max(1, Math.abs(y)))) {
      throw new NotDerivableError(`${label} is not on a straight line to rounding for `
        + `|x| ≥ ${FAR} as x → ${side > 0 ? '+' : '−'}∞ (value ${y} at x = ${x}); the `
        + 'operator check and the training commands need an activation that reaches its '
        + 'asymptotic line, such as relu, tanh or gelu');
    }
  }
  return line;
}

function saturationOf(f: (s: number) => number, line: Line, side: 1 | -1): number {
  let last = FAR;
  for (let s = FAR; s >= 0; s -= GRID_STEP) {
    const x = side * s;
    const expected = line.intercept + line.slope * x;
    if (!(Math.abs(f(x) - expected) <= ROUNDING * Math.max(1, Math.abs(expected)))) break;
    last = s;
  }
  return last;
}
