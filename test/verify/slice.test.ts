/**
 * A representative slice of `lfp verify all`: one activation per kind of
 * closed form (moments, Bessel K, radial quadrature, rational transform),
 * both weight models. Every check must pass; the full sweep is the CLI's.
 */
import { describe, expect, test } from 'vitest';
import { verifyActivation } from '../../src/verify/run.js';

const SLICE: [string, ('gaussian' | 'sphere')][] = [
  ['relu', 'gaussian'], ['tanh', 'gaussian'], ['gelu', 'gaussian'],
  ['elu', 'gaussian'], ['softplus', 'sphere'], ['erf', 'sphere'],
];

describe('verification slice', () => {
  test.each(SLICE)('%s with %s weights', (spec, weights) => {
    const results = verifyActivation(spec, { dims: [1, 3], weights });
    const failed = results.filter((r) => !r.passed).map((r) => `${r.check} ${r.at} d=${r.dim}: ${r.measured} ${r.detail}`);
    expect(failed).toEqual([]);
    expect(results.length).toBeGreaterThan(10);
  });
});
