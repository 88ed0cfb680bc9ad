/**
 * The numerical route for activations without a closed form, tested where
 * a closed form exists: it shares no code with the closed forms (its
 * transforms come from the defining integrals, its constants from lgamma).
 */
import { describe, test } from 'vitest';
import { derive } from '../../src/derive.js';
import { numericalCoefficients } from '../../src/evaluate/numerical-kernel.js';
import { coefficientAt } from '../../src/evaluate/coefficients.js';
import { assertClose } from '../helpers/close.js';

describe('numerical coefficients', () => {
  test.each([['tanh', 0.5], ['relu', 1]] as const)('%s at xi = %s matches the closed form', (name, xi) => {
    const d = derive(name);
    const n = numericalCoefficients(d, xi);
    assertClose(n.A, coefficientAt(d.kernel!.A, xi).value, { rel: 1e-6, abs: 0 }, 'A');
    assertClose(n.B, coefficientAt(d.kernel!.B, xi).value, { rel: 1e-6, abs: 0 }, 'B');
  });
});
