/** The package root: what it exports and its convenience entry points. */
import { describe, expect, test } from 'vitest';
import { assertClose } from '../helpers/close.js';
import * as lfp from '../../src/index.js';

describe('package root', () => {
  test('exports the command-line features', () => {
    const names = [
      'derive',
      'fourierTransform',
      'lfpCoefficients',
      'coefficientAt',
      'coefficientValues',
      'decayLaw',
      'toLatex',
      'toText',
      'derivationJson',
      'derivationLatex',
      'derivationText',
      'transformAt',
      'verifyActivation',
      'buildReport',
      'writeReport',
      'buildTable',
      'formatTable',
      'BUILTINS',
      'InputError',
      'NotDerivableError',
      'ConvergenceError',
    ];
    for (const name of names) expect(lfp, name).toHaveProperty(name);
  });

  test('fourierTransform of tanh from text and from an expression', () => {
    const fromText = lfp.fourierTransform('tanh');
    const fromExpr = lfp.fourierTransform(lfp.parseActivation('tanh(x)').expr);
    expect(fromText.kind).toBe('closed');
    if (fromText.kind !== 'closed' || fromExpr.kind !== 'closed') return;
    // F[tanh](ξ) = −iπ csch(π²ξ).
    expect(lfp.toText(fromText.sigma.regular)).toBe('-pi*i*csch(pi^2*xi)');
    expect(lfp.toText(fromExpr.sigma.regular)).toBe(lfp.toText(fromText.sigma.regular));
  });

  test('coefficientValues of relu', () => {
    const [v] = lfp.coefficientValues('relu', [2], { dim: 1 });
    // σ_b·A = 1/(4π³ξ²) + 1/(8π⁵ξ⁴), σ_b·B = 1/(16π⁵ξ²) for σ_w = σ_a = 1.
    const p = Math.PI;
    assertClose(
      v!.A.value,
      1 / (16 * p ** 3) + 1 / (128 * p ** 5),
      { rel: 1e-14, abs: 0 },
      'A',
    );
    assertClose(v!.B.value, 1 / (64 * p ** 5), { rel: 1e-14, abs: 0 }, 'B');
  });

  test('decayLaw of gelu is exponential in |ξ|', () => {
    const r = lfp.decayLaw('gelu', 'A', 'high', { dim: 2 });
    expect(r.kind).toBe('law');
    if (r.kind !== 'law') return;
    expect(lfp.toText(r.law.beta)).toBe('1');
    expect(lfp.toText(r.law.c)).toBe('2*sqrt(2)*pi');
  });

  test('degenerate activations raise NotDerivableError', () => {
    expect(() => lfp.lfpCoefficients('sin')).toThrow(lfp.NotDerivableError);
    expect(() => lfp.decayLaw('linear', 'A', 'high')).toThrow(/no decay laws/);
  });
});
