/**
 * A small seeded PRNG (mulberry32): the same seed gives the same dataset on every machine,
 * so benchmark runs are comparable. Math.random cannot be seeded.
 */
export type Random = {
  /** A float in [0, 1). */
  next: () => number;
  /** An integer in [min, max]. */
  int: (min: number, max: number) => number;
  chance: (probability: number) => boolean;
  pick: <T>(items: readonly T[]) => T;
};

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: (items) => items[Math.floor(next() * items.length)]!,
  };
}

/**
 * Picks indexes with Zipf-like weights (rank^-exponent): real name, tag and status
 * frequencies are skewed, and skew is what makes some filters broad and others narrow.
 * Binary search over the cumulative weights keeps a pick O(log n) for a million rows.
 */
export function zipfPicker(size: number, exponent: number): (random: Random) => number {
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= size; rank++) {
    total += 1 / rank ** exponent;
    cumulative.push(total);
  }
  return (random) => pickCumulative(cumulative, random.next() * total);
}

/** Picks an index with the given explicit weights. */
export function weightedPicker(weights: readonly number[]): (random: Random) => number {
  const cumulative: number[] = [];
  let total = 0;
  for (const weight of weights) cumulative.push((total += weight));
  return (random) => pickCumulative(cumulative, random.next() * total);
}

function pickCumulative(cumulative: readonly number[], target: number): number {
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (cumulative[middle]! > target) high = middle;
    else low = middle + 1;
  }
  return low;
}
