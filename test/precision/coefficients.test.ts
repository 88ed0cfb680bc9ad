/**
 * σ_b·A and σ_b·B at 40 digits, far in the tail where doubles underflow
 * and at moderate |ξ|, against mpmath 1.3.0 at mp.dps = 60 (two rules
 * on different partitions agreeing to 60 digits), printed by
 * test/precision/reference/precision_values.py. Each expected string is
 * that value rounded to 40 significant digits.
 */
import { describe, expect, test } from 'vitest';
import { derive } from '../../src/derive.js';
import { preciseCoefficientAt } from '../../src/evaluate/precise-coefficients.js';
import { preciseTransformAt } from '../../src/evaluate/precise-transforms.js';
import { InputError, NotDerivableError } from '../../src/errors.js';

const DIGITS = 40;

type Case = [string, string, 'A' | 'B', string];

const CASES: Case[] = [
  // tanh: an integral over r, a peak of width 0.6 near r = 27.
  ['tanh', '1000', 'A', '5.709984950997047717095190822990016520042e-472'],
  ['tanh', '1000', 'B', '1.446329362711854045367888065038461817660e-473'],
  ['tanh', '0.5', 'A', '0.03135490146135444016871349124455626253359'],
  // GELU: the modified Bessel K closed form.
  ['gelu', '100', 'A', '7.471873504349632240709235944498955083859e-386'],
  ['gelu', '100', 'B', '1.888399644397446568359116973906887504403e-387'],
  ['gelu', '2', 'A', '2.247408348176773475576066292765923573901e-8'],
  // ReLU: moments of r.
  ['relu', '0.5', 'B', '0.0008169409107633463681570624056631273862706'],
];

describe('coefficients at 40 digits in d = 1', () => {
  for (const [activation, xi, name, want] of CASES) {
    test(`${activation} ${name} at ${xi}`, () => {
      const d = derive(activation, { dim: 1 });
      const got = preciseCoefficientAt(d.kernel![name], xi, DIGITS);
      expect(got.value.digits).toBe(DIGITS);
      expect(got.value.text).toBe(want);
    });
  }

  test('radial integral reports both rules', () => {
    const d = derive('tanh', { dim: 1 });
    const got = preciseCoefficientAt(d.kernel!.A, '1000', 20);
    expect(got.method).toBe('quadrature over r');
    expect(got.confirmation).toMatch(
      /trapezoidal sum in ln r .* and midpoint sum in ln r .* agree to/);
  });
});

describe('transforms at 40 digits', () => {
  test('tanh at 1/2 matches -i pi csch(pi^2/2)', () => {
    // mpmath 1.3.0, dps 60: -pi csch(pi^2/2) and 2 pi^2 (1/2) csch(pi^2/2).
    const p = preciseTransformAt(derive('tanh'), '0.5', DIGITS);
    expect(p.sigma.re.exactZero).toBe(true);
    expect(p.sigma.im.text).toBe('-0.04519027321719385229429814991438838165824');
    expect(p.dsigma.re.text).toBe('0.1419694303528517972323146818734106228756');
  });
});

describe('invalid requests', () => {
  test('zero frequency', () => {
    const d = derive('relu');
    expect(() => preciseCoefficientAt(d.kernel!.A, '0', 20)).toThrow(InputError);
  });

  test('text that is not a number', () => {
    const d = derive('relu');
    expect(() => preciseTransformAt(d, '1/2', 20)).toThrow(/invalid/);
  });

  test('divergent coefficient', () => {
    const d = derive('heaviside', { dim: 1 });
    expect(() => preciseCoefficientAt(d.kernel!.A, '1', 20)).toThrow(NotDerivableError);
  });
});
