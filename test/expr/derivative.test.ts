import { describe, expect, test } from 'vitest';
import { parseActivation } from '../../src/expr/parse.js';
import { derivative } from '../../src/expr/derivative.js';
import { toText } from '../../src/expr/print.js';
import { realFunction } from '../../src/evaluate/compile.js';
import { assertClose } from '../helpers/close.js';

/** Central difference with step h, error O(h²) for smooth f. */
function centralDifference(f: (x: number) => number, x: number, h = 1e-5): number {
  return (f(x + h) - f(x - h)) / (2 * h);
}

const SMOOTH = [
  'tanh(x)', 'x/(1+exp(-x))', 'x*(1+erf(x/sqrt(2)))/2', 'log(1+exp(x))',
  'exp(-x^2)', 'sech(x)^3', 'x^3 - 2*x', 'sqrt(1+x^2)', 'x*tanh(log(1+exp(x)))',
  'erfc(x)*cosh(x/3)', 'csch(x)', 'coth(x)', 'sin(x)*cos(2*x)', '2^x',
];

describe('symbolic derivative', () => {
  test.each(SMOOTH)('%s agrees with a central difference', (formula) => {
    const e = parseActivation(formula).expr;
    const f = realFunction(e, 'x');
    const df = realFunction(derivative(e), 'x');
    for (const x of [-1.7, -0.4, 0.3, 1.1, 2.6]) {
      assertClose(df(x), centralDifference(f, x), { rel: 1e-8, abs: 1e-9 }, `${formula} at ${x}`);
    }
  });

  const distributional: [string, string][] = [
    ['max(x, 0)', 'heaviside(x)'],
    ['max(x, 1)', 'heaviside(x - 1)'],
    ['abs(x)', 'sign(x)'],
    ['sign(x)', '2*dirac(x)'],
    ['heaviside(x)', 'dirac(x)'],
    ['heaviside(2*x - 1)', '2*dirac(2*x - 1)'],
    // The jump of ELU at 0 is α(e^0 − 1) − 0 = 0, so no point mass.
    ['x > 0 ? x : exp(x) - 1', 'x > 0 ? 1 : exp(x)'],
    ['x > 0 ? 1 : 0', 'dirac(x)'],
    ['x*heaviside(x)', 'heaviside(x)'],
  ];
  test.each(distributional)('d/dx %s = %s', (f, want) => {
    expect(toText(derivative(parseActivation(f).expr))).toBe(want);
  });

  test('log(abs(x)) has derivative 1/x away from 0', () => {
    const df = realFunction(derivative(parseActivation('log(abs(x))').expr), 'x');
    for (const x of [-3, -0.2, 0.5, 4]) assertClose(df(x), 1 / x, { rel: 1e-14, abs: 0 }, `x = ${x}`);
  });

  test('SiLU derivative is 1/2 at 0', () => {
    const df = realFunction(derivative(parseActivation('x/(1+exp(-x))').expr), 'x');
    assertClose(df(0), 0.5, { rel: 1e-15, abs: 0 }, 'silu\'(0)');
  });
});
