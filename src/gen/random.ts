/**
 * A small seeded pseudo-random generator (mulberry32), so the same seed always yields the same
 * graph, byte for byte, on every machine and Node version (Math.random cannot be seeded).
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    // Spread small seeds (1, 2, 3 ...) over the whole state space.
    this.state = (Math.imul(seed >>> 0, 0x9e3779b1) ^ 0x6d2b79f5) >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** One of the keys of `weights`, with probability proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
    const entries = Object.entries(weights) as [K, number][];
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    let x = this.next() * total;
    for (const [key, w] of entries) {
      x -= w;
      if (x < 0) return key;
    }
    return entries[entries.length - 1][0];
  }

  /**
   * An index in [0, size) drawn from a heavy-tailed distribution: index floor(size * u^skew). With
   * skew 3 the first index takes about size^(-1/3) of all draws (2.8% of 44,000), the first 1%
   * about a fifth: a few hubs with tens of thousands of statements, and a long tail with one or two.
   */
  skewed(size: number, skew: number): number {
    return Math.min(size - 1, Math.floor(size * this.next() ** skew));
  }
}
