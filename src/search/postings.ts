// The index's middle: each document's terms with their weights (`Analyser`), and all of them
// grouped by term (`group`, or `regroup` for a rebuild where a few documents changed). It is
// typed arrays indexed by term number: no map or list per document or per term while reading
// every word of every article. The entries are written from the result in entries.ts.

import { scanTokens } from "./tokenize.ts";
import type { TermTable } from "./terms.ts";

/** A field of a document: how much a term counts where it occurs, and how many repeats count. */
export interface Field {
  text: string;
  weight: number;
  cap: number;
  /** Markdown whose link and image targets are not indexed (their URLs are not text a reader sees). */
  markdown?: boolean;
}

/** The Markdown body without link and image targets. */
function linkTargetsOut(md: string): string {
  return md.includes("](") ? md.replace(/\]\([^)]*\)/g, "]") : md;
}

/** Reads documents into (term, weight) pairs, numbering terms in `table`. */
export class Analyser {
  /** The last document's pairs: term, weight, term, weight, ... (`analyse` says how many ints). */
  pairs: Int32Array = new Int32Array(1 << 12);
  private count: Int32Array = new Int32Array(1 << 12);
  private weight: Int32Array = new Int32Array(1 << 12);
  private inField: number[] = [];
  private inDoc: number[] = [];
  private readonly seeRange: (s: string, from: number, to: number, hash: number) => void;
  private readonly seeToken: (t: string) => void;

  constructor(readonly table: TermTable) {
    this.seeRange = (s, from, to, hash) => this.see(table.idOfAsciiRange(s, from, to, hash));
    this.seeToken = (t) => this.see(table.idOf(t));
  }

  private see(id: number): void {
    if (id >= this.count.length) {
      this.count = grown(this.count, id);
      this.weight = grown(this.weight, id);
    }
    const c = this.count[id]!;
    this.count[id] = c + 1;
    if (c === 0) this.inField.push(id);
  }

  /** Reads one document; returns how many ints of `pairs` hold its pairs (terms in first-seen order). */
  analyse(fields: readonly Field[]): number {
    const { inField, inDoc } = this;
    for (const f of fields) {
      if (!f.text) continue;
      scanTokens(f.markdown ? linkTargetsOut(f.text) : f.text, this.seeRange, this.seeToken);
      const { count, weight } = this; // after the scan: `see` may have grown them
      for (const id of inField) {
        if (weight[id] === 0) inDoc.push(id);
        weight[id]! += f.weight * Math.min(count[id]!, f.cap);
        count[id] = 0;
      }
      inField.length = 0;
    }
    if (2 * inDoc.length > this.pairs.length) this.pairs = grown(this.pairs, 2 * inDoc.length);
    const { pairs, weight } = this;
    let j = 0;
    for (const id of inDoc) {
      pairs[j++] = id;
      pairs[j++] = weight[id]!;
      weight[id] = 0;
    }
    inDoc.length = 0;
    return j;
  }
}

/** An Int32Array of length n, its contents not said (the memo gives arrays back from an earlier build). */
export type Alloc = (n: number) => Int32Array;
const newInts: Alloc = (n) => new Int32Array(n);

/** Each term with its postings: for term `t`, docs and weights `at[t]` to `at[t + 1]`, docs ascending. */
export interface Postings {
  at: Int32Array;
  docs: Int32Array;
  weights: Int32Array;
}

/**
 * Groups documents' (term, weight) pairs by term: document n's are `pairs[docAt[n] ..
 * docAt[n + 1])`. Two passes, counting then placing, so each term's docs are in order.
 */
export function group(terms: number, pairs: Int32Array, docAt: Int32Array, alloc: Alloc = newInts): Postings {
  const docs = docAt.length - 1;
  const at = alloc(terms + 1).fill(0);
  for (let i = 0, end = docAt[docs]!; i < end; i += 2) at[pairs[i]! + 1]!++;
  for (let t = 0; t < terms; t++) at[t + 1]! += at[t]!;
  const next = at.slice(0, terms);
  const ds = alloc(at[terms]!);
  const ws = alloc(at[terms]!);
  for (let n = 0; n < docs; n++)
    for (let i = docAt[n]!, end = docAt[n + 1]!; i < end; i += 2) {
      const k = next[pairs[i]!]!++;
      ds[k] = n;
      ws[k] = pairs[i + 1]!;
    }
  return { at, docs: ds, weights: ws };
}

/**
 * `group` again after documents `changed` (ascending) went from pairs `before` to `after`, the
 * others keeping their numbers and pairs: a term none of them has keeps `prev`'s postings
 * (copied in runs), and the others (`affected`) are merged anew.
 */
export function regroup(prev: Postings, terms: number, changed: number[], before: Int32Array[], after: Int32Array[], alloc: Alloc = newInts): { postings: Postings; affected: Uint8Array } {
  const affected = new Uint8Array(terms);
  for (const p of before) for (let i = 0; i < p.length; i += 2) affected[p[i]!] = 1;
  const added: number[] = []; // (term, doc, weight) of the changed documents
  changed.forEach((n, k) => {
    const p = after[k]!;
    for (let i = 0; i < p.length; i += 2) {
      affected[p[i]!] = 1;
      added.push(p[i]!, n, p[i + 1]!);
    }
  });
  const byTerm = Array.from({ length: added.length / 3 }, (_, i) => 3 * i).sort((x, y) => added[x]! - added[y]! || added[x + 1]! - added[y + 1]!);
  const last = prev.at.length - 1;
  const prevAt = (t: number) => prev.at[Math.min(t, last)]!;
  const at = alloc(terms + 1);
  const ds = alloc(prev.docs.length + byTerm.length);
  const ws = alloc(prev.docs.length + byTerm.length);
  let pos = 0;
  let j = 0;
  for (let t = 0; t < terms; ) {
    if (!affected[t]) {
      let u = t + 1;
      while (u < terms && !affected[u]) u++;
      const a = prevAt(t);
      const b = prevAt(u);
      ds.set(prev.docs.subarray(a, b), pos);
      ws.set(prev.weights.subarray(a, b), pos);
      for (let k = t; k < u; k++) at[k] = prevAt(k) - a + pos;
      pos += b - a;
      t = u;
      continue;
    }
    // The old list without the changed documents, with their new postings of t in place: a
    // long list (a common word) is copied in pieces between the few changed documents.
    at[t] = pos;
    let i = prevAt(t);
    const end = prevAt(t + 1);
    for (const n of changed) {
      const k = lowerBound(prev.docs, i, end, n);
      ds.set(prev.docs.subarray(i, k), pos);
      ws.set(prev.weights.subarray(i, k), pos);
      pos += k - i;
      i = k < end && prev.docs[k] === n ? k + 1 : k;
      if (j < byTerm.length && added[byTerm[j]!] === t && added[byTerm[j]! + 1] === n) {
        ds[pos] = n;
        ws[pos++] = added[byTerm[j++]! + 2]!;
      }
    }
    ds.set(prev.docs.subarray(i, end), pos);
    ws.set(prev.weights.subarray(i, end), pos);
    pos += end - i;
    t++;
  }
  at[terms] = pos;
  return { postings: { at, docs: ds.subarray(0, pos), weights: ws.subarray(0, pos) }, affected };
}

/** The first index in `a[from..to)` (ascending) whose value is not below `v`. */
export function lowerBound(a: Int32Array, from: number, to: number, v: number): number {
  while (from < to) {
    const mid = (from + to) >>> 1;
    if (a[mid]! < v) from = mid + 1;
    else to = mid;
  }
  return from;
}

/** A copy of `a` with room for index `need`. */
export function grown(a: Int32Array, need: number): Int32Array {
  let size = a.length * 2;
  while (size <= need) size *= 2;
  const b = new Int32Array(size);
  b.set(a);
  return b;
}
