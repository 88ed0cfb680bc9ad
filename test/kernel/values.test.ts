/**
 * σ_b·A and σ_b·B against independent references.
 *
 * ReLU: the closed form c_d[E[r³]/(16π⁴ξ^{d+3}) + σ_a²E[r]/(4π²ξ^{d+1})]
 * stated with its moments E[r^m] = 2^{m/2}Γ((d+m)/2)/Γ(d/2).
 * The others: test/reference/kernel_values.py (mpmath 1.3.0, 40 digits,
 * tanh-sinh and Gauss–Legendre on two partitions around the Laplace
 * point; the digits kept are those on which both rules agree).
 */
import { describe, test } from 'vitest';
import { derive } from '../../src/derive.js';
import { coefficientAt } from '../../src/evaluate/coefficients.js';
import { assertClose } from '../helpers/close.js';

const REFERENCES: [string, number, number, number, number][] = [
  // activation, xi, d, A, B
  ['tanh', 1, 1, 0.0008386448786598378594551922, 0.00001828251726737125137593746],
  ['tanh', 2, 3, 0.000001005621561226401339239935, 2.368419811776662025306841e-8],
  ['gelu', 1, 1, 0.0001545858887794691423690916, 0.000003204184674141359374536836],
  ['gelu', 0.5, 2, 0.02712926277814411607499324, 0.0004526422362263265948844432],
  ['silu', 1, 1, 0.000006915025478849505440854809, 0.0000001379522578118040183585325],
  ['softplus', 1, 2, 0.0000002666933311079399489304696, 5.12180086430166206971778e-9],
];

/** Far-tail values as (mantissa, exponent): the two rules agree to 10 digits. */
const TAIL: [string, number, number, number, number][] = [
  ['tanh', 1000, 5.7099849509977, -472, 1.4463293627120],
  ['gelu', 100, 7.4718735043499, -386, 1.8883996443975],
];

describe('LFP coefficients', () => {
  test.each(REFERENCES)('%s at xi = %s in d = %s', (name, xi, dim, A, B) => {
    const d = derive(name, { dim });
    assertClose(coefficientAt(d.kernel!.A, xi).value, A, { rel: 1e-12, abs: 0 }, `${name} A`);
    assertClose(coefficientAt(d.kernel!.B, xi).value, B, { rel: 1e-12, abs: 0 }, `${name} B`);
  });

  test.each(TAIL)('%s at xi = %s below the double range', (name, xi, mantissa, exponent, bMantissa) => {
    const d = derive(name);
    const A = coefficientAt(d.kernel!.A, xi);
    const B = coefficientAt(d.kernel!.B, xi);
    assertClose(A.log10, Math.log10(mantissa) + exponent, { rel: 0, abs: 1e-10 }, `${name} log10 A`);
    assertClose(B.log10, Math.log10(bMantissa) + exponent - 1, { rel: 0, abs: 1e-10 }, `${name} log10 B`);
  });

  test.each([1, 2, 3])('relu closed form in d = %s', (dim) => {
    const moment = (m: number) => 2 ** (m / 2) * gammaHalf(dim + m) / gammaHalf(dim);
    const cd = gammaHalf(dim) / (Math.SQRT2 * Math.PI ** ((dim + 1) / 2));
    const d = derive('relu', { dim });
    for (const xi of [0.3, 1, 7]) {
      const A = cd * (moment(3) / (16 * Math.PI ** 4 * xi ** (dim + 3)) + moment(1) / (4 * Math.PI ** 2 * xi ** (dim + 1)));
      const B = cd * moment(1) / (4 * Math.PI ** 2 * xi ** (dim + 1)) / (4 * Math.PI ** 2);
      assertClose(coefficientAt(d.kernel!.A, xi).value, A, { rel: 1e-14, abs: 0 }, `A at ${xi}`);
      assertClose(coefficientAt(d.kernel!.B, xi).value, B, { rel: 1e-14, abs: 0 }, `B at ${xi}`);
    }
  });
});

/** Γ(n/2) for a positive integer n, by Γ(1/2) = √π, Γ(1) = 1, Γ(z+1) = zΓ(z). */
function gammaHalf(n: number): number {
  let z = n % 2 === 0 ? 1 : 0.5;
  let value = n % 2 === 0 ? 1 : Math.sqrt(Math.PI);
  while (z < n / 2) {
    value *= z;
    z += 1;
  }
  return value;
}
