/**
 * Runs every check on an activation in the requested dimensions and
 * weight models: transforms against their defining integral, A and B
 * against an independent average over r, decay laws against the
 * evaluated coefficients.
 */
import { derive, type DeriveOptions } from '../derive.js';
import type { CheckResult } from './result.js';
import { transformChecks } from './transform-check.js';
import { kernelChecks } from './kernel-check.js';
import { lawChecks } from './law-check.js';

export interface VerifyOptions extends DeriveOptions {
  readonly dims?: readonly number[];
  /** Skip the decay-law checks (they evaluate far in the tail). */
  readonly skipLaws?: boolean;
}

export function verifyActivation(spec: string, options: VerifyOptions = {}): CheckResult[] {
  const dims = options.dims ?? [1, 2, 3];
  const first = derive(spec, { ...options, dim: dims[0] });
  const out: CheckResult[] = [...transformChecks(first)];
  for (const dim of dims) {
    const d = dim === dims[0] ? first : derive(spec, { ...options, dim });
    out.push(...kernelChecks(d));
    if (!options.skipLaws) out.push(...lawChecks(d));
  }
  return out;
}
