// The coverage study's randomness: a seeded generator, so every run prints
// the same table, and a multinomial sampler that draws the answer counts of a
// sample directly (the metrics are functions of counts; no raw answers are
// ever stored).

/** SplitMix32 turns one seed into well-mixed words, as xoshiro's authors advise for seeding. */
function splitMix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

const rotl = (x: number, k: number) => (x << k) | (x >>> (32 - k));

/**
 * xoshiro128** (Blackman & Vigna, "Scrambled linear pseudorandom number
 * generators", 2018): fast, 2^128 − 1 period, passes BigCrush. Math.random
 * cannot be seeded, and the study must be reproducible run to run.
 */
export class SeededRandom {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  constructor(seed: number) {
    const words = splitMix32(seed);
    this.s0 = words();
    this.s1 = words();
    this.s2 = words();
    this.s3 = words();
  }

  /** A uniform number in [0, 1) with 32 random bits. */
  next(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5), 7), 9) >>> 0;
    const t = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result / 4_294_967_296;
  }
}

/**
 * Draws multinomial counts: `draw(n, counts)` fills counts with how many of n
 * independent answers fell on each scale point. Each answer costs one random
 * number and one comparison (Vose's alias method, 1991), whatever the scale.
 */
export function multinomialSampler(probabilities: readonly number[], random: SeededRandom) {
  const k = probabilities.length;
  const keep = new Float64Array(k).fill(1);
  const alias = Int32Array.from({ length: k }, (_, i) => i);
  const scaled = probabilities.map((p) => p * k);
  const small = scaled.flatMap((p, i) => (p < 1 ? [i] : []));
  const large = scaled.flatMap((p, i) => (p >= 1 ? [i] : []));
  while (small.length > 0 && large.length > 0) {
    const s = small.pop() as number;
    const l = large.pop() as number;
    keep[s] = scaled[s] as number;
    alias[s] = l;
    scaled[l] = (scaled[l] as number) + (scaled[s] as number) - 1;
    ((scaled[l] as number) < 1 ? small : large).push(l);
  }
  // Whatever is left has probability 1 up to rounding: it always keeps its own column.

  return function draw(n: number, counts: number[]): void {
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const u = random.next() * k;
      const column = Math.floor(u);
      const point = u - column < (keep[column] as number) ? column : (alias[column] as number);
      counts[point] = (counts[point] as number) + 1;
    }
  };
}
