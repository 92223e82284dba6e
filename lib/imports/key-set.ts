import "server-only";

/** cyrb53: a fast 53-bit string hash (public domain), exact in a float64. */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0) || 1; // 0 marks an empty slot
}

/**
 * The duplicate keys a dry run has met so far, as 53-bit hashes in one typed array: 16 bytes
 * a key (about 16 MB for a million rows) instead of the keys themselves. Two different keys
 * share a hash with odds of about 1 in 18,000 for a million keys; that would only move one
 * row between 新規 and 重複 in the preview, since the commit decides from the data itself.
 */
export class KeyHashSet {
  private slots = new Float64Array(1024);
  private count = 0;

  /** Adds the key; true when it was there already. */
  addOrHas(key: string): boolean {
    const h = hash53(key);
    const found = this.probe(this.slots, h);
    if (this.slots[found] === h) return true;
    this.slots[found] = h;
    if (++this.count * 2 > this.slots.length) this.grow();
    return false;
  }

  has(key: string): boolean {
    const h = hash53(key);
    return this.slots[this.probe(this.slots, h)] === h;
  }

  private probe(slots: Float64Array, h: number): number {
    const mask = slots.length - 1;
    let i = (h % slots.length) & mask;
    while (slots[i] !== 0 && slots[i] !== h) i = (i + 1) & mask;
    return i;
  }

  private grow(): void {
    const next = new Float64Array(this.slots.length * 2);
    for (const h of this.slots) if (h !== 0) next[this.probe(next, h)] = h;
    this.slots = next;
  }
}
