// Numbers for the terms of the index, in the order first seen. A plain ASCII token is looked up
// by its range in the text, so the millions of words of a large site do not each become a
// string (most are repeats; a string is made only for a new term), and its hash comes from the
// tokeniser's own pass over it. Open addressing with linear probing.

import { unitsHash } from "./tokenize.ts";

export class TermTable {
  /** Every term, by number. */
  readonly terms: string[] = [];
  private hashes: number[] = [];
  private slots = new Int32Array(1 << 12).fill(-1);

  /**
   * The number of `s.slice(from, to)` lower-cased, a range of ASCII letters and digits only
   * whose lower-cased `unitsHash` is `h`; added if new.
   */
  idOfAsciiRange(s: string, from: number, to: number, h: number): number {
    const mask = this.slots.length - 1;
    const len = to - from;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot]!;
      if (id < 0) return this.add(s.slice(from, to).toLowerCase(), h, slot);
      if (this.hashes[id] !== h) continue;
      const t = this.terms[id]!;
      if (t.length !== len) continue;
      let i = 0;
      while (i < len && t.charCodeAt(i) === (s.charCodeAt(from + i) | 32)) i++; // | 32 lower-cases A-Z, keeps a-z and 0-9
      if (i === len) return id;
    }
  }

  /** The number of a term, added if new. */
  idOf(term: string): number {
    const h = unitsHash(term);
    const mask = this.slots.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot]!;
      if (id < 0) return this.add(term, h, slot);
      if (this.hashes[id] === h && this.terms[id] === term) return id;
    }
  }

  private add(term: string, hash: number, slot: number): number {
    const id = this.terms.length;
    this.terms.push(term);
    this.hashes.push(hash);
    this.slots[slot] = id;
    if (this.terms.length * 2 > this.slots.length) this.grow();
    return id;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    this.hashes.forEach((h, id) => {
      let slot = h & mask;
      while (slots[slot]! >= 0) slot = (slot + 1) & mask;
      slots[slot] = id;
    });
    this.slots = slots;
  }
}
