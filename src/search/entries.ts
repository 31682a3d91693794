// The index's shards are made of entries, one a term: `"term":[first doc, weight, gap, weight,
// ...]`, what JSON.stringify gives, written here as UTF-8 bytes (the shard cut needs byte sizes,
// and the bytes are what the version hashes). A rebuild with the memo copies last build's bytes
// of every term whose postings did not change, and patches those of a term that only one
// changed document touched.

import { lowerBound, type Postings } from "./postings.ts";

/** The entries of a build: term `order[k]`'s is `bytes[ends[k - 1] .. ends[k] - 1)`, each followed by a comma. */
export interface Entries {
  bytes: Buffer;
  ends: Int32Array;
}

/** Where the last build put a term's entry, so an unchanged term is copied instead of written again. */
export interface Previous {
  postings: Postings;
  bytes: Buffer;
  /** By term: the entry's first byte and the byte after its comma (both 0 when it had none). */
  from: Int32Array;
  to: Int32Array;
}

const QUOTE = 34;
const COMMA = 44;
const OPEN = 91; // [
const CLOSE = 93; // ]

/** What a rebuild can take from the last build: its entries, and which terms changed how. */
export interface Reuse {
  prev: Previous;
  /** The terms whose postings may differ from `prev`'s (when not given, postings are compared). */
  affected?: Uint8Array;
  /** When only this document changed (and none moved): a changed term is patched around it. */
  doc?: number;
}

/**
 * Writes term `order[k]`'s entry, followed by a comma, for every k. With `reuse`, an entry whose
 * postings are last build's is copied from there (runs of them at once).
 */
export function writeEntries(terms: readonly string[], order: Int32Array, p: Postings, reuse?: Reuse, alloc: (n: number) => Buffer = Buffer.allocUnsafeSlow): Entries {
  const prev = reuse?.prev;
  let bytes = alloc(prev ? prev.bytes.length + (prev.bytes.length >> 3) + 4096 : 5 * p.docs.length + 16 * order.length + 4096);
  const ends = new Int32Array(order.length);
  let pos = 0;
  const room = (need: number) => {
    if (pos + need <= bytes.length) return;
    let size = bytes.length * 2;
    while (size < pos + need) size *= 2;
    const b = Buffer.allocUnsafeSlow(size);
    bytes.copy(b, 0, 0, pos);
    bytes = b;
  };
  let runFrom = -1; // a run of entries still to copy from prev.bytes: [runFrom, runTo)
  let runTo = -1;
  const flush = () => {
    if (runFrom < 0) return;
    room(runTo - runFrom);
    pos += prev!.bytes.copy(bytes, pos, runFrom, runTo);
    runFrom = -1;
  };
  for (let k = 0; k < order.length; k++) {
    const t = order[k]!;
    const a = p.at[t]!;
    const b = p.at[t + 1]!;
    if (prev && (reuse.affected ? !reuse.affected[t] : unchanged(p, prev.postings, t))) {
      const from = prev.from[t]!;
      const to = prev.to[t]!;
      if (runFrom >= 0 && from === runTo) runTo = to;
      else {
        flush();
        runFrom = from;
        runTo = to;
      }
      ends[k] = pos + (runTo - runFrom);
      continue;
    }
    flush();
    if (prev && reuse.doc !== undefined && t < prev.to.length && prev.to[t]! > 0) {
      room(prev.to[t]! - prev.from[t]! + 64); // one posting more than last time, and longer gaps
      pos = patch(bytes, pos, prev, p, t, reuse.doc);
      ends[k] = pos;
      continue;
    }
    const term = terms[t]!;
    room(3 * term.length + 16 + 22 * (b - a)); // a UTF-16 unit is at most 3 bytes; a number at most 10 digits and a comma
    pos = writeTerm(bytes, pos, term);
    bytes[pos++] = 58; // :
    bytes[pos++] = 91; // [
    for (let i = a, last = 0; i < b; i++) {
      const d = p.docs[i]!;
      pos = writeUint(bytes, pos, d - last);
      bytes[pos++] = COMMA;
      pos = writeUint(bytes, pos, p.weights[i]!);
      bytes[pos++] = COMMA;
      last = d;
    }
    bytes[pos - 1] = CLOSE; // over the last comma (every term has a posting)
    bytes[pos++] = COMMA;
    ends[k] = pos;
  }
  flush();
  return { bytes: bytes.subarray(0, pos), ends };
}

/**
 * Writes term t's entry when only document `doc` changed: its postings before `doc` are last
 * build's (and so are their bytes), then come `doc`'s posting (if it has one now) and the next
 * one (its gap is from a different doc now), then last build's bytes again. A posting's bytes
 * are found by adding up the lengths of the numbers before it.
 */
function patch(bytes: Buffer, pos: number, prev: Previous, p: Postings, t: number, doc: number): number {
  const q = prev.postings;
  const old = prev.bytes;
  const qa = q.at[t]!;
  const m = q.at[t + 1]! - qa;
  const i = lowerBound(q.docs, qa, qa + m, doc) - qa; // the first old posting not before doc
  const hadOld = i < m && q.docs[qa + i] === doc;
  const next = hadOld ? i + 1 : i; // the first old posting after doc
  // Where old postings i and next + 1 start (m: after the "]"), counted from the nearer end.
  const size = (j: number) => digits(q.docs[qa + j]! - (j > 0 ? q.docs[qa + j - 1]! : 0)) + digits(q.weights[qa + j]!) + 2; // "gap,weight,"
  let offI: number;
  let offAfter = -1;
  if (i <= m - i) {
    let off = old.indexOf(OPEN, prev.from[t]!) + 1; // a term has no "[" in it
    offI = off;
    for (let j = 0; j <= next && j < m; j++) {
      if (j === i) offI = off;
      off += size(j);
    }
    if (i === m) offI = off;
    if (next < m) offAfter = off;
  } else {
    let off = prev.to[t]! - 1;
    if (next + 1 === m) offAfter = off;
    for (let j = m - 1; j >= i; j--) {
      off -= size(j);
      if (j === next + 1) offAfter = off;
    }
    offI = off;
  }
  pos += old.copy(bytes, pos, prev.from[t]!, offI); // the key, "[" and the postings before doc
  if (i === m) bytes[pos - 1] = COMMA; // the old "]" (an old list entirely before doc)
  let last = i > 0 ? q.docs[qa + i - 1]! : 0;
  const k = p.at[t]! + i; // the new postings before doc are the old ones
  if (k < p.at[t + 1]! && p.docs[k] === doc) {
    pos = writeUint(bytes, pos, doc - last);
    bytes[pos++] = COMMA;
    pos = writeUint(bytes, pos, p.weights[k]!);
    bytes[pos++] = COMMA;
    last = doc;
  }
  if (next < m) {
    pos = writeUint(bytes, pos, q.docs[qa + next]! - last);
    bytes[pos++] = COMMA;
    pos = writeUint(bytes, pos, q.weights[qa + next]!);
    bytes[pos++] = COMMA;
    if (next + 1 < m) return pos + old.copy(bytes, pos, offAfter, prev.to[t]!); // the rest, with its "],"
  }
  bytes[pos - 1] = CLOSE;
  bytes[pos++] = COMMA;
  return pos;
}

/** How many decimal digits a non-negative integer has. */
function digits(v: number): number {
  return v < 10 ? 1 : v < 100 ? 2 : v < 1000 ? 3 : v < 10000 ? 4 : v < 100000 ? 5 : v < 1000000 ? 6 : String(v).length;
}

/** True when term `t` has the same postings in `p` as in `q` (and had some there). */
function unchanged(p: Postings, q: Postings, t: number): boolean {
  if (t + 1 >= q.at.length) return false;
  const a = p.at[t]!;
  const n = p.at[t + 1]! - a;
  const qa = q.at[t]!;
  if (q.at[t + 1]! - qa !== n || n === 0) return false;
  for (let i = 0; i < n; i++) if (p.docs[a + i] !== q.docs[qa + i] || p.weights[a + i] !== q.weights[qa + i]) return false;
  return true;
}

/** Writes `JSON.stringify(term)` as UTF-8; plain ASCII letters and digits directly. */
function writeTerm(bytes: Buffer, pos: number, term: string): number {
  const start = pos;
  bytes[pos++] = QUOTE;
  for (let i = 0; i < term.length; i++) {
    const c = term.charCodeAt(i);
    if (c >= 128) return start + bytes.write(JSON.stringify(term), start, "utf8");
    bytes[pos++] = c; // a token's ASCII is only letters and digits: nothing to escape
  }
  bytes[pos++] = QUOTE;
  return pos;
}

/** Writes a non-negative integer in decimal. */
function writeUint(bytes: Buffer, pos: number, v: number): number {
  if (v < 10) {
    bytes[pos] = 48 + v;
    return pos + 1;
  }
  let digits = 2;
  for (let x = 100; v >= x && digits < 10; x *= 10) digits++;
  for (let i = pos + digits - 1; i >= pos; i--) {
    bytes[i] = 48 + (v % 10);
    v = Math.floor(v / 10);
  }
  return pos + digits;
}
