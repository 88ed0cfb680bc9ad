/**
 * The smooth test function of the operator check,
 * u(x) = exp(−x²/2) cos(ωx), and its Fourier transform in the
 * toolkit's convention F[f](ξ) = ∫ f(x) e^{−2πiξx} dx:
 *
 *   F[u](ξ) = √(2π)/2 · [e^{−2π²(ξ−ν)²} + e^{−2π²(ξ+ν)²}],  ν = ω/(2π),
 *
 * from F[e^{−x²/2}](ξ) = √(2π) e^{−2π²ξ²} and the shift by ±ν that the
 * cosine brings. F[u] peaks at |ξ| = ν, so a check at ξ near ν compares
 * values that are not tiny.
 */
import { InputError } from '../errors.js';

export interface TestFunction {
  readonly omega: number;
  /** u vanishes to below 1e-15 of its maximum outside [−halfWidth, halfWidth]. */
  readonly halfWidth: number;
  value(x: number): number;
  /** F[u](ξ) and its first two derivatives in ξ (real, because u is even). */
  transform(xi: number): readonly [number, number, number];
}

const SQRT_2PI = Math.sqrt(2 * Math.PI);
const TWO_PI2 = 2 * Math.PI * Math.PI;

export function gaussianCosine(omega = 3): TestFunction {
  if (!(Number.isFinite(omega) && omega >= 0 && omega <= 20)) {
    throw new InputError(`test-function frequency ω = ${omega} is invalid: `
      + 'expected a number from 0 to 20');
  }
  const nu = omega / (2 * Math.PI);
  return {
    omega,
    halfWidth: 8.5,
    value: (x) => Math.exp(-0.5 * x * x) * Math.cos(omega * x),
    transform: (xi) => {
      const a = shiftedGaussian(xi - nu);
      const b = shiftedGaussian(xi + nu);
      const half = SQRT_2PI / 2;
      return [half * (a[0] + b[0]), half * (a[1] + b[1]), half * (a[2] + b[2])];
    },
  };
}

/** e^{−2π²t²} and its first two derivatives. */
function shiftedGaussian(t: number): [number, number, number] {
  const g = Math.exp(-TWO_PI2 * t * t);
  const c = 2 * TWO_PI2;
  return [g, -c * t * g, (c * c * t * t - c) * g];
}
