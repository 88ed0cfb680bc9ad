/** The outcome of one check: what was compared, how close, and the bar. */
export interface CheckResult {
  readonly check: string;
  readonly activation: string;
  readonly dim?: number;
  readonly weights?: string;
  readonly at?: string;
  /** Measured disagreement: relative, or absolute where the check name ends in "(absolute)". */
  readonly measured: number;
  readonly tolerance: number;
  readonly passed: boolean;
  readonly detail: string;
}

export function result(r: Omit<CheckResult, 'passed'>): CheckResult {
  return { ...r, passed: r.measured <= r.tolerance };
}

/** Relative difference, with an absolute floor for values near zero. */
export function relativeDifference(got: number, want: number, floor = 1e-300): number {
  return Math.abs(got - want) / Math.max(Math.abs(want), floor);
}
