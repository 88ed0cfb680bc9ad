/**
 * The support of g(s) = r f(r) on the line s = ln r, for the trapezoidal
 * rule in s (precise-radial-line.ts): the s of its maximum, the width of
 * the peak in s and the range of s outside which g stays below e^−drop
 * times its maximum. Like precise-peak.ts, whose scan it reuses, it
 * works in double precision from ln f.
 *
 * That scan stops at r = 2^−40. An integrand that vanishes like a power
 * r^p as r → 0, as ELU's does, decays in s only like e^((p+1)s) and may
 * reach the cut-off far below 2^−40, so the lower end is then searched
 * for further down, to s = MIN_LOG_R.
 */
import { ConvergenceError } from '../errors.js';
import { crossing, locatePeak, safeLog } from './precise-peak.js';

export interface LogPeak {
  /** The s = ln r where g is largest. */
  readonly peak: number;
  /** Half the distance in s between the points where ln g = logMax − 1/2. */
  readonly width: number;
  /** The lower end in s of the range where ln g ≥ ln g(peak) − drop. */
  readonly lower: number;
  /** The upper end in s of that range. */
  readonly upper: number;
  /** ln g at the peak. */
  readonly logMax: number;
}

/** The lowest s searched: r = e^−700 is still a normal double. */
const MIN_LOG_R = -700;
/** ln 2^−40, the lower end of the scan of precise-peak.ts. */
const SCAN_LOG_R = -40 * Math.LN2;

/**
 * Locates the peak of g(s) = f(e^s) e^s from ln f(r). Throws
 * ConvergenceError when g does not fall by `drop` on both sides, or
 * when it rises again below the scan of precise-peak.ts, so that a walk
 * outwards from the peak would stop too early.
 */
export function locateLogPeak(logf: (r: number) => number, drop: number): LogPeak {
  const logg = safeLog((r) => logf(r) + Math.log(r));
  const located = locatePeak(logg, drop);
  const h = (s: number) => logg(Math.exp(s));
  const level = located.logMax - drop;
  const peak = Math.log(located.peak);
  const upper = Math.log(located.upper);
  const lower = located.lower > 0
    ? Math.log(located.lower)
    : lowerBeyondScan(h, level);
  const width = halfDropWidth(h, peak, located.logMax, lower, upper);
  return { peak, width, lower, upper, logMax: located.logMax };
}

/**
 * Finds the s below the scan where h falls to `level`, stepping down by
 * doubling distances and then bisecting. It assumes that h decreases
 * below the scan, as a power of r does.
 */
function lowerBeyondScan(h: (s: number) => number, level: number): number {
  if (h(SCAN_LOG_R) < level) {
    throw new ConvergenceError('the radial integrand rises again below ' +
      'r = 2^-40 after falling below its cut-off, so its range in ln r ' +
      'is not one interval', { value: Infinity, error: Infinity, evaluations: 0 });
  }
  let inside = SCAN_LOG_R;
  for (let distance = 1; inside - distance >= MIN_LOG_R; distance *= 2) {
    const s = inside - distance;
    if (h(s) < level) return crossing(h, inside, s, level);
    inside = s;
  }
  if (h(MIN_LOG_R) < level) return crossing(h, inside, MIN_LOG_R, level);
  throw new ConvergenceError('the radial integrand does not decay before ' +
    `r = e^${MIN_LOG_R}, so its integral in ln r cannot be truncated`,
  { value: Infinity, error: Infinity, evaluations: 0 });
}

/** Half the distance between the points where h is 1/2 below its maximum. */
function halfDropWidth(h: (s: number) => number, peak: number, logMax: number,
  lower: number, upper: number): number {
  const level = logMax - 0.5;
  const below = crossing(h, peak, lower, level);
  const above = crossing(h, peak, upper, level);
  return (above - below) / 2;
}
