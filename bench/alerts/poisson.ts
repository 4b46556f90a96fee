// Poisson counts for the alert simulation, from the coverage study's seeded
// generator: Knuth's product of uniforms for small means (cost ~ mean), and
// Hörmann's transformed rejection with squeeze (PTRS, 1993) from mean 10 on
// (cost ~ 1.2 pairs of uniforms whatever the mean), so a day of 200 answers
// costs no more than a day of 10.
import { logGamma } from '../../packages/core/src/stats/special';
import type { SeededRandom } from '../coverage/seeded-random';

export function poisson(mean: number, random: SeededRandom): number {
  if (mean <= 0) return 0;
  if (mean < 10) {
    const limit = Math.exp(-mean);
    let k = 0;
    let product = random.next();
    while (product > limit) {
      k++;
      product *= random.next();
    }
    return k;
  }
  // PTRS (Hörmann, "The transformed rejection method for generating Poisson
  // random variables", Insurance: Mathematics and Economics 12, 1993).
  const slam = Math.sqrt(mean);
  const logMean = Math.log(mean);
  const b = 0.931 + 2.53 * slam;
  const a = -0.059 + 0.02483 * b;
  const invAlpha = 1.1239 + 1.1328 / (b - 3.4);
  const vr = 0.9277 - 3.6224 / (b - 2);
  for (;;) {
    const u = random.next() - 0.5;
    const v = random.next();
    const us = 0.5 - Math.abs(u);
    const k = Math.floor(((2 * a) / us + b) * u + mean + 0.43);
    if (us >= 0.07 && v <= vr) return k;
    if (k < 0 || (us < 0.013 && v > us)) continue;
    if (
      Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b) <=
      -mean + k * logMean - logGamma(k + 1)
    )
      return k;
  }
}

/** P(X ≤ k) for a Poisson mean, summed term by term (the check of the sampler). */
export function poissonCdf(k: number, mean: number): number {
  let sum = 0;
  for (let i = 0; i <= k; i++) sum += Math.exp(-mean + i * Math.log(mean) - logGamma(i + 1));
  return sum;
}
