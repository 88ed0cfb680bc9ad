import { test } from 'vitest';
import { derive } from '../src/derive.js';
import { realFunction } from '../src/evaluate/compile.js';
import { fourierTransformNumeric } from '../src/numeric/fourier-integral.js';
test('t', () => {
  const d = derive('x*tanh(log(1+exp(x)))');
  const f = realFunction(d.expression, 'x'); const g = realFunction(d.derivative, 'x');
  for (const k of [0.1, 0.5, 1, 2, 5]) {
    const t0 = performance.now();
    const a = fourierTransformNumeric(f, k, { relTol: 1e-8 });
    const b = fourierTransformNumeric(g, k, { relTol: 1e-8 });
    console.log(k, a.re, a.im, a.converged, a.evaluations, b.im, b.converged, (performance.now() - t0).toFixed(0), 'ms');
  }
});
