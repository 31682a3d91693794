// What a site file holds: text, bytes, or a file made piece by piece — the data files of a large
// corpus run to tens of megabytes, and are written without ever being one string. Pieces are
// text, or bytes already encoded (UTF-8) that the dev loop keeps between builds.

import { createHash } from "node:crypto";

export type Part = string | Uint8Array;

export class TextParts {
  /** `parts` gives the pieces in order; it may be called more than once (each call starts over). */
  constructor(readonly parts: () => Iterable<Part>) {}

  toString(): string {
    const content = materialise(this);
    return typeof content === "string" ? content : Buffer.from(content.buffer, content.byteOffset, content.byteLength).toString("utf8");
  }
}

export type FileContent = string | Uint8Array | TextParts;

/** In a list of a site's changes (see render's renderChanges): the file is no longer part of the site. */
export const GONE: unique symbol = Symbol("gone");
export type FileChange = FileContent | null | typeof GONE;

/**
 * The content as one string or bytes (the dev loop's writer, tests, small sites held in a Map):
 * text parts join into a string; once any part is bytes, everything is joined as bytes (encoding
 * kept bytes back into text only to encode them again would cost more than the join).
 */
export function materialise(content: FileContent): string | Uint8Array {
  if (!(content instanceof TextParts)) return content;
  const parts = [...content.parts()];
  if (parts.every((p) => typeof p === "string")) {
    let text = "";
    for (const p of parts) text += p;
    return text;
  }
  return Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p) : p)));
}

/** The content with its parts made now, once (they may then be hashed and written without making them again). */
export function madeNow(content: FileContent): FileContent {
  if (!(content instanceof TextParts)) return content;
  const parts = [...content.parts()];
  return new TextParts(() => parts);
}

/**
 * True when the two contents are the same text or bytes, part by part (parts the same object
 * are not compared: the dev loop's memos give back last render's parts). Contents cut into
 * parts differently count as different.
 */
export function sameContent(a: FileContent, b: FileContent): boolean {
  if (a === b) return true;
  if (a instanceof TextParts || b instanceof TextParts) {
    if (!(a instanceof TextParts && b instanceof TextParts)) return false;
    const [x, y] = [[...a.parts()], [...b.parts()]];
    return x.length === y.length && x.every((p, i) => samePart(p, y[i]!));
  }
  return samePart(a, b);
}

function samePart(a: Part, b: Part): boolean {
  if (a === b) return true;
  if (typeof a === "string" || typeof b === "string") return a === b;
  return a.byteLength === b.byteLength && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
}

/** Characters (of text) plus bytes (of bytes) in the content: its size, near enough to compare. */
export function sizeOf(content: FileContent): number {
  if (typeof content === "string") return content.length;
  if (!(content instanceof TextParts)) return content.byteLength;
  let n = 0;
  for (const p of content.parts()) n += typeof p === "string" ? p.length : p.byteLength;
  return n;
}

export function contentHash(content: FileContent): string {
  const hash = createHash("sha1");
  if (content instanceof TextParts) for (const part of content.parts()) hash.update(part);
  else hash.update(content);
  return hash.digest("base64");
}

/**
 * Files this large (characters or bytes) are not hashed: they are the data files, which change
 * with any article, and hashing one costs about as much as writing it. They are always rewritten.
 */
const HASH_LIMIT = 4 << 20;
/** The hash of content too large to hash (see HASH_LIMIT): never equal to a written file's. */
export const UNHASHED = "";
/** The hash the dev loop's writer keeps of a file it wrote (UNHASHED for the large data files). */
export const hashOf = (content: FileContent): string => (sizeOf(content) > HASH_LIMIT ? UNHASHED : contentHash(content));
