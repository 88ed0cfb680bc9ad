/**
 * Integrals of e^{iκb} b^n against the normal density p(b) of the bias,
 * b ~ N(0, σ_b²), over the whole line and over the half-line b > 0, for
 * n = 0, 1, 2. They are the exact b-averages of the polynomial tails of
 * the pre-activation integrals, which a quadrature over b could only
 * reach by cancelling a long oscillating sum.
 *
 * Whole line: g(κ) = e^{−κ²σ_b²/2} and ∫ p b^n e^{iκb} db = (−i∂_κ)^n g.
 * Half line: ∫_0^∞ p e^{iκb} db = g/2 + (i/√π) D(κσ_b/√2), D Dawson's
 * integral (from the erfc form of the Gaussian integral, DLMF 7.7.1).
 */
import { dawson } from './dawson.js';

/** A complex number as a pair, to keep the inner loops allocation-free. */
export interface Pair {
  re: number;
  im: number;
}

/** ∫ p b^n e^{iκb} db for n = 0, 1, 2 over the line and over b > 0. */
export interface WindowMoments {
  readonly whole: readonly [Pair, Pair, Pair];
  readonly positive: readonly [Pair, Pair, Pair];
}

const INV_SQRT_PI = 1 / Math.sqrt(Math.PI);

export function windowMoments(kappa: number, sigmaB: number): WindowMoments {
  const s2 = sigmaB * sigmaB;
  const g = Math.exp(-0.5 * kappa * kappa * s2);
  const g1 = -kappa * s2 * g;
  const g2 = (kappa * kappa * s2 * s2 - s2) * g;
  const d = dawson((kappa * sigmaB) / Math.SQRT2);

  // h_n = ∂_κ^n of ∫_0^∞ p e^{iκb} db; the D-term is imaginary.
  const h0 = { re: g / 2, im: INV_SQRT_PI * d.value };
  const h1 = { re: g1 / 2, im: INV_SQRT_PI * (sigmaB / Math.SQRT2) * d.first };
  const h2 = { re: g2 / 2, im: INV_SQRT_PI * (s2 / 2) * d.second };

  return {
    whole: [{ re: g, im: 0 }, { re: 0, im: -g1 }, { re: -g2, im: 0 }],
    // (−i∂_κ)^n: multiply by 1, −i, −1.
    positive: [h0, { re: h1.im, im: -h1.re }, { re: -h2.re, im: -h2.im }],
  };
}
