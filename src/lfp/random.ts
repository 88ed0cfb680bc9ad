/**
 * A seeded pseudo-random generator, so that a training run is
 * reproducible from its seed: xoshiro128** (Blackman and Vigna,
 * "Scrambled linear pseudorandom number generators", 2021), with its
 * 128-bit state filled from the seed by the SplitMix32 mixing function,
 * and normal deviates by the Box–Muller transform.
 */
export interface Random {
  /** Uniform on [0, 1), with 32 random bits. */
  uniform(): number;
  /** Standard normal. */
  normal(): number;
}

export function seededRandom(seed: number): Random {
  const state = new Uint32Array(4);
  let x = seed >>> 0;
  for (let k = 0; k < 4; k++) {
    x = (x + 0x9e3779b9) >>> 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    state[k] = (z ^ (z >>> 16)) >>> 0;
  }
  const rotl = (v: number, k: number) => ((v << k) | (v >>> (32 - k))) >>> 0;
  const next = (): number => {
    const result = Math.imul(rotl(Math.imul(state[1]!, 5) >>> 0, 7), 9) >>> 0;
    const t = (state[1]! << 9) >>> 0;
    state[2]! ^= state[0]!;
    state[3]! ^= state[1]!;
    state[1]! ^= state[2]!;
    state[0]! ^= state[3]!;
    state[2]! ^= t;
    state[3] = rotl(state[3]!, 11);
    return result;
  };
  const uniform = () => next() / 2 ** 32;
  const normal = () => {
    // 1 − u lies in (0, 1], so the logarithm is finite.
    const radius = Math.sqrt(-2 * Math.log(1 - uniform()));
    return radius * Math.cos(2 * Math.PI * uniform());
  };
  return { uniform, normal };
}
