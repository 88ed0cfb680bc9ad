import { describe, expect, test } from 'vitest';
import { parseActivation } from '../../src/expr/parse.js';
import { toText } from '../../src/expr/print.js';
import { InputError } from '../../src/errors.js';
import * as Q from '../../src/expr/rational.js';

const text = (s: string) => toText(parseActivation(s).expr);

describe('parser', () => {
  test('decimals are exact rationals', () => {
    expect(text('0.1*x')).toBe('x/10');
    expect(text('1e-3*x')).toBe('x/1000');
    expect(text('2.5E+2')).toBe('250');
  });

  test('parameters bound after a semicolon', () => {
    const p = parseActivation('x > 0 ? x : alpha*x; alpha = 0.2');
    expect(Q.toString(p.parameters.alpha!)).toBe('1/5');
    expect(toText(p.expr)).toBe('x > 0 ? x : x/5');
  });

  test('shorthands expand to formulas', () => {
    expect(text('sigmoid(x)')).toBe('1/(1 + exp(-x))');
    expect(text('relu(x)')).toBe('max(x, 0)');
  });

  test('comparisons become conditions', () => {
    expect(text('x < 1 ? 0 : x')).toBe('1 - x > 0 ? 0 : x');
    expect(text('x >= 2 ? x : 0')).toBe('x - 2 >= 0 ? x : 0');
  });

  const rejected: [string, RegExp][] = [
    ['', /empty activation/],
    ['foo(x)', /unknown function "foo".*Accepted/],
    ['y*x', /unknown symbol "y"/],
    ['alpha*x', /give parameters a value/],
    ['x +', /cannot parse/],
    ['i*x', /imaginary unit/],
    ['[1, 2]', /unsupported syntax/],
    ['x!', /unsupported operator/],
    ['x > 0', /only as the test/],
    ['max(x)', /max takes 2 arguments, got 1/],
    ['x; y = 2*x', /rational number/],
    ['x; 3', /only parameter assignments/],
    ['constructor(x)', /unknown function "constructor"/],
    ['toString*x', /unknown symbol "toString"/],
    ['1 < x < 2 ? x : 0', /one comparison/],
  ];
  test.each(rejected)('rejects %j', (input, message) => {
    expect(() => parseActivation(input)).toThrow(InputError);
    expect(() => parseActivation(input)).toThrow(message);
  });

  test('rejects input over the size limit', () => {
    expect(() => parseActivation('x+'.repeat(3000) + 'x')).toThrow(/limit is 4000/);
  });

  test('rejects deep nesting without a crash', () => {
    const deep = '('.repeat(1900) + 'x' + ')'.repeat(1900);
    let error: unknown;
    try {
      parseActivation(deep);
    } catch (e) {
      error = e;
    }
    if (error) expect(error).toBeInstanceOf(InputError);
  });
});
