/**
 * Runs the high-precision checks on an activation at `digits` digits:
 * transforms against their defining integral, A and B against the
 * average over r of the transforms, and decay laws against the
 * coefficients. Transforms without an absolutely convergent defining
 * integral fall back to the double-precision check, labelled as such.
 */
import { derive } from '../derive.js';
import type { CheckResult } from './result.js';
import type { VerifyOptions } from './run.js';
import { preciseKernelChecks } from './precise-kernel-check.js';
import { preciseLawChecks } from './precise-law-check.js';
import { preciseTransformChecks } from './precise-transform-check.js';

export interface PreciseVerifyOptions extends VerifyOptions {
  /** Skip the transform checks, which do not depend on the weight model. */
  readonly skipTransforms?: boolean;
}

export function verifyActivationPrecise(spec: string, digits: number,
  options: PreciseVerifyOptions = {}): CheckResult[] {
  const dims = options.dims ?? [1, 2, 3];
  const first = derive(spec, { ...options, dim: dims[0] });
  const out: CheckResult[] = options.skipTransforms
    ? []
    : preciseTransformChecks(first, digits);
  for (const dim of dims) {
    const d = dim === dims[0] ? first : derive(spec, { ...options, dim });
    out.push(...preciseKernelChecks(d, digits));
    if (!options.skipLaws) out.push(...preciseLawChecks(d, digits));
  }
  return out;
}
