// What a long-lived caller (the dev loop) can keep between builds of the search index, so a
// rebuild after an edit reads only the documents that changed. It is a cache and nothing else:
// with it the files are byte-identical to a build without it (test/robustness/search-memo.test.ts
// edits, adds, removes and replaces documents and compares).
//
// What is asked of the caller: an object (article, person, meeting) given to a memo'd build is
// not changed afterwards, and an article's summary is a function of the article object; a
// changed document comes as a new object, and unchanged ones may come as the same objects (the
// fast case) or as new equal ones.
//
// - A document is last build's when it is the same object, or else when the values it is made
//   of (`Documents.reads`, its summary included) are equal to last time's. Its (term, weight)
//   pairs and record JSON are then reused; the others are read again. When the same objects are
//   in the same places but a few, only those few are looked at.
// - Term numbers come from one table kept across builds, so cached pairs stay valid. Numbers
//   are never part of the output (terms are written in text order, each with its postings in
//   doc order); a term no document has any more has no postings and is left out, as a fresh
//   build never sees it. When such terms outnumber the live ones the memo forgets everything.
// - When no document moved and a few changed, only their terms' postings are made again
//   (postings.ts `regroup`); an entry is copied from last build's bytes when its postings are
//   the same, or patched when one document changed (entries.ts). A shard or docs file keeps
//   last build's string and hash when its bytes or records are the same.

import type { Documents } from "./index.ts";
import { digest, docFile, type DocFile } from "./version.ts";
import { replacedAt } from "../replaced.ts";
import type { Entries, Previous, Reuse } from "./entries.ts";
import { Analyser, group, type Postings, regroup } from "./postings.ts";
import { TermTable } from "./terms.ts";
import { byText } from "../render/order.ts";

interface Cached {
  kind: 0 | 1 | 2;
  id: string;
  /** The object it was made from or last found the same as. */
  obj: object;
  /** What the document was made of (`Documents.reads`). */
  reads: unknown[];
  json: string;
  /** (term, weight) pairs. */
  pairs: Int32Array;
}

/** A shard file of the last build, its bytes in `Previous.bytes` and their hash. */
export interface Shard {
  text: string;
  from: number;
  to: number;
  digest: Buffer;
}

/** Takes down a document's values (`Documents.reads`), or checks them against last build's without making a list. */
export class Reads {
  values: unknown[] = [];
  private expected: unknown[] | undefined;
  private i = 0;
  private same = true;

  /** Starts checking against `expected`, or without it, taking down. */
  start(expected?: unknown[]): void {
    this.expected = expected;
    this.i = 0;
    this.same = true;
    if (!expected) this.values = [];
  }

  add(x: unknown): this {
    if (!this.expected) this.values.push(x);
    else if (this.expected[this.i] !== x) this.same = false;
    this.i++;
    return this;
  }

  /** True when checking found the expected values, all of them. */
  matched(): boolean {
    return this.same && this.i === this.expected?.length;
  }
}

/** At most this many replaced documents are looked at one by one (regroup's limit too). */
const FEW = 32;

/**
 * Document n as cached: last build's when it is the same object (an article's summary is a
 * function of the article), or one made of the same values (found by kind and id when it moved);
 * else made and read now.
 */
function cachedDoc(n: number, docs: Documents, step: { last: Cached[]; byId: Map<string, Cached>[] | undefined; reads: Reads; analyser: Analyser }): Cached {
  const x = docs.object(n);
  let c = step.last[n];
  if (c && c.obj === x) return c;
  const kind = docs.kind(n);
  const id = docs.id(n);
  if (!c || c.kind !== kind || c.id !== id) c = (step.byId ??= byKindAndId(step.last))[kind]!.get(id);
  if (c) {
    step.reads.start(c.reads);
    docs.reads(n, step.reads);
    if (step.reads.matched()) {
      c.obj = x;
      return c;
    }
  }
  step.reads.start();
  docs.reads(n, step.reads);
  const doc = docs.doc(n);
  const len = step.analyser.analyse(doc.fields);
  return { kind, id, obj: x, reads: step.reads.values, json: JSON.stringify(doc.record), pairs: step.analyser.pairs.slice(0, len) };
}

function byKindAndId(docs: Cached[]): Map<string, Cached>[] {
  const maps = [new Map<string, Cached>(), new Map<string, Cached>(), new Map<string, Cached>()];
  for (const c of docs) maps[c.kind]!.set(c.id, c);
  return maps;
}

export class SearchMemo {
  // Only searchIndexFiles reads and writes these.
  table = new TermTable();
  /** Last build's documents, by number. */
  private docs: Cached[] = [];
  /** This build's, until it ends. */
  private pending: Cached[] = [];
  /** Last build's document objects, by number (to find the replaced ones without reading each record), and this build's. */
  private objects: object[] = [];
  private pendingObjects: object[] = [];
  /** Every term number of `table` when last asked, in text order. */
  private sorted = new Int32Array(0);
  private prev: Previous | undefined;
  private shards: Shard[] = [];
  private docFiles: DocFile[] = [];
  private pendingDocFiles: DocFile[] = [];
  /** How last build ordered each kind (Documents starts from it), and this build's until it ends. */
  private ordered: Documents["ordered"];
  private ordering: Documents["ordered"];

  /** How last build ordered each kind, or null. */
  lastOrder(): NonNullable<Documents["ordered"]> | null {
    return this.ordered ?? null;
  }

  /**
   * Like index.ts's `postings`, making and reading only the documents that changed. When every
   * document kept its number and only a few changed, only their terms' postings are made again
   * (`affected` marks them).
   */
  postings(docs: Documents, json: string[]): { postings: Postings; reuse?: Reuse } {
    this.pendingDocFiles = [];
    const last = this.docs;
    const step = { last, byId: undefined as Map<string, Cached>[] | undefined, reads: new Reads(), analyser: new Analyser(this.table) };
    const changed: number[] = [];
    // Usually (the dev loop's edit) the same objects in the same places, a few replaced: only
    // those are looked at, not every document's record (memory traffic, at 12,000 documents).
    const objects = docs.objects();
    const few = replacedAt(objects, this.objects, FEW);
    let now: Cached[];
    if (few) {
      now = last.slice();
      for (const n of few) {
        const c = cachedDoc(n, docs, step);
        if (c !== last[n]) changed.push(n);
        now[n] = c;
      }
    } else {
      now = [];
      for (let n = 0; n < docs.count; n++) {
        const c = cachedDoc(n, docs, step);
        if (c !== last[n]) changed.push(n);
        now.push(c);
      }
    }
    for (const c of now) json.push(c.json);
    this.pendingObjects = objects;
    this.pending = now;
    this.ordering = docs.ordered;
    const terms = this.table.terms.length;
    const prev = this.prev;
    if (prev && now.length === last.length && changed.length <= 32) {
      const { postings, affected } = regroup(prev.postings, terms, changed, changed.map((n) => last[n]!.pairs), changed.map((n) => now[n]!.pairs), this.ints);
      return { postings, reuse: { prev, affected, doc: changed.length === 1 ? changed[0] : undefined } };
    }
    const docAt = new Int32Array(now.length + 1);
    now.forEach((c, n) => (docAt[n + 1] = docAt[n]! + c.pairs.length));
    const pairs = this.ints(docAt[now.length]!);
    now.forEach((c, n) => pairs.set(c.pairs, docAt[n]!));
    const postings = group(terms, pairs, docAt, this.ints);
    return { postings, reuse: prev && { prev } };
  }

  /** Every term number of the table in text order (last build's order, with the new terms merged in). */
  order(): Int32Array {
    const { terms } = this.table;
    const old = this.sorted;
    if (terms.length === old.length) return old;
    const added = Array.from({ length: terms.length - old.length }, (_, i) => old.length + i).sort((a, b) => byText(terms[a]!, terms[b]!));
    const out = new Int32Array(terms.length);
    let i = 0;
    let j = 0;
    for (let k = 0; k < out.length; k++)
      out[k] = j >= added.length || (i < old.length && terms[old[i]!]! < terms[added[j]!]!) ? old[i++]! : added[j++]!;
    return (this.sorted = out);
  }

  /** Shard `i`, made of `bytes[from..to)` (the braces around them added): last build's string and hash when the bytes are the same. */
  shard(i: number, bytes: Buffer, from: number, to: number, make: () => string): Shard {
    const old = this.shards[i];
    if (old && this.prev && old.to - old.from === to - from && bytes.compare(this.prev.bytes, old.from, old.to, from, to) === 0) return { ...old, from, to };
    return { text: make(), from, to, digest: digest(bytes.subarray(from, to)) };
  }

  /** Docs file `k` of these records: last build's when they are the same strings. */
  docFile(k: number, records: string[], make: () => string): DocFile {
    let file = this.docFiles[k];
    if (!file || file.records.length !== records.length || file.records.some((r, i) => r !== records[i])) file = docFile(records, make());
    this.pendingDocFiles[k] = file;
    return file;
  }

  /** Ends a build that made these files, keeping what the next one can reuse. */
  keep(p: Postings, entries: Entries, order: Int32Array, shards: Shard[]): void {
    if (this.table.terms.length > 2 * order.length + 4096) return this.forget(); // mostly terms nothing has any more
    const from = this.ints(this.table.terms.length).fill(0);
    const to = this.ints(this.table.terms.length).fill(0);
    for (let k = 0; k < order.length; k++) {
      from[order[k]!] = k > 0 ? entries.ends[k - 1]! : 0;
      to[order[k]!] = entries.ends[k]!;
    }
    const old = this.prev;
    this.prev = { postings: p, bytes: entries.bytes, from, to };
    this.spareInts = old ? [old.postings.at, old.postings.docs, old.postings.weights, old.from, old.to].filter((a) => a.byteOffset === 0).map((a) => new Int32Array(a.buffer)) : [];
    this.spareBytes = old && old.bytes.byteOffset === 0 ? [Buffer.from(old.bytes.buffer)] : [];
    this.shards = shards;
    this.docFiles = this.pendingDocFiles;
    this.pendingDocFiles = [];
    this.docs = this.pending;
    this.pending = [];
    this.objects = this.pendingObjects;
    this.pendingObjects = [];
    this.ordered = this.ordering;
    this.ordering = undefined;
  }

  // Arrays of the build before last (nothing reads them any more), given out again: a rebuild
  // then allocates, and the GC frees, little. Contents are whatever they were.
  private spareInts: Int32Array[] = [];
  private spareBytes: Buffer[] = [];
  readonly ints = (n: number): Int32Array => take(this.spareInts, n) ?? new Int32Array(n);
  readonly bytes = (n: number): Buffer => take(this.spareBytes, n) ?? Buffer.allocUnsafeSlow(n); // never a slice of Node's shared pool

  private forget(): void {
    this.table = new TermTable();
    this.docs = [];
    this.pending = [];
    this.objects = [];
    this.pendingObjects = [];
    this.ordered = undefined;
    this.ordering = undefined;
    this.sorted = new Int32Array(0);
    this.prev = undefined;
    this.shards = [];
    this.docFiles = [];
    this.pendingDocFiles = [];
    this.spareInts = [];
    this.spareBytes = [];
  }
}

/** The smallest of `spare` with room for n, taken out, as its first n. */
function take<T extends Int32Array | Buffer>(spare: T[], n: number): T | undefined {
  let best = -1;
  spare.forEach((a, i) => {
    if (a.length >= n && (best < 0 || a.length < spare[best]!.length)) best = i;
  });
  return best < 0 ? undefined : (spare.splice(best, 1)[0]!.subarray(0, n) as T);
}
