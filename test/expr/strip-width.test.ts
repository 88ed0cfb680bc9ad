/**
 * The strip of analyticity and the parity read from an expression's
 * structure. Each expected strip is the distance of the nearest complex
 * singularity, stated per case; 0 means that none is known.
 */
import { describe, expect, test } from 'vitest';
import { parseActivation } from '../../src/expr/parse.js';
import { parity } from '../../src/expr/parity.js';
import { stripHalfWidth } from '../../src/expr/strip-width.js';

const strip = (text: string) => stripHalfWidth(parseActivation(text).expr);
const parityOf = (text: string) => parity(parseActivation(text).expr);

describe('strip half-width', () => {
  test.each([
    // Poles of sech at iπ/2: in x = u/2 they sit at iπ/4.
    ['sech(2*x + 1)^2', Math.PI / 4],
    ['tanh(x)*sech(x)^2', Math.PI / 2],
    // 1 + e^−x = 0 at x = ±iπ.
    ['exp(-x)/(1 + exp(-x))^2', Math.PI],
    // log(1 + e^(x/3)) has branch points where e^(x/3) = −1: Im x = 3π.
    ['log(1 + exp(x/3))', 3 * Math.PI],
    // 1/cosh(x/2): zeros of cosh at x = ±iπ.
    ['1/cosh(x/2)', Math.PI],
    ['exp(-x^2/2)*(2 - x^2)', Infinity],
    ['erf(x)*exp(-x^2)', Infinity],
  ])('%s', (text, want) => {
    expect(strip(text)).toBeCloseTo(want, 12);
  });

  test.each([
    ['max(x, 0)', 'a kink'],
    ['heaviside(x)*exp(-x)', 'a jump'],
    ['exp(-abs(x))', 'a kink'],
    ['x > 0 ? exp(-x) : exp(x)', 'a condition'],
    ['1/(1 + x^2)', 'a denominator without a known pattern'],
    ['csch(x)', 'a pole on the real line'],
    ['tanh(x^2)', 'a non-affine argument'],
    ['1/(1 - exp(-x))', 'a zero on the real line'],
    ['log(exp(x) - 2)', 'a logarithm of a negative value'],
  ])('%s has none (%s)', (text) => {
    expect(strip(text)).toBe(0);
  });
});

describe('parity', () => {
  test.each([
    ['sech(x)^2', 'even'],
    ['x^2*exp(-x^2/2)', 'even'],
    ['tanh(x)*sech(x)^2', 'odd'],
    ['sin(x)^3', 'odd'],
    ['cos(x) + x^2', 'even'],
    ['x + 1', 'none'],
    // Even in fact, but the structure does not show it.
    ['exp(-x)/(1 + exp(-x))^2', 'none'],
    ['abs(x)', 'even'],
    ['x > 0 ? 1 : -1', 'none'],
  ])('%s is %s', (text, want) => {
    expect(parityOf(text)).toBe(want);
  });
});
