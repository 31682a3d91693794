// The public JSON files (see the data contract): pretty-printed, with keys in the contract's
// order so the output does not depend on how the corpus objects were built. Fields the contract
// does not list are kept (it allows additions), after the known ones, alphabetically.
//
// The text is exactly `JSON.stringify(ordered(value), null, 2)` of a copy re-ordered by ORDER,
// but written in one pass with no copy: at thousands of articles (tens of MB) the copy and the
// second walk were most of the cost. test/render/data-json.test.ts holds the copy-based version
// and checks the two agree, on the fixture corpus and on generated values.

import type { Article, Corpus, Meeting } from "../types.ts";
import type { Part } from "../content.ts";

const FUZZY = ["value", "precision", "earliest", "latest", "evidence"];
const PUBLISHER = ["name", "url"];

/** Key order per field path; "*" is an array element. */
export const ORDER: Readonly<Record<string, readonly string[]>> = {
  article: ["id", "source", "url", "title", "title_inferred", "subtitle", "authors", "publisher", "original_publisher", "via", "credits", "images", "published", "body", "removed", "people", "organizations", "places", "quotes", "meetings", "warnings", "related"],
  "article.authors.*": ["name", "email"],
  "article.publisher": PUBLISHER,
  "article.original_publisher": PUBLISHER,
  "article.images.*": ["caption", "credit"],
  "article.published": FUZZY,
  "article.removed.*": ["line", "text", "reason"],
  "article.quotes.*": ["speaker", "text"],
  meeting: ["id", "title", "date", "end", "place", "participants", "series", "round", "kind", "sources", "conflicts", "evidence"],
  "meeting.date": FUZZY,
  "meeting.end": FUZZY,
  "meeting.place": ["city", "country"],
  "meeting.participants.*": ["person", "name", "role", "country"],
  "meeting.conflicts.*": ["field", "claims"],
  "meeting.conflicts.*.claims.*": ["value", "sources"],
  "meeting.evidence.*": ["source", "text"],
  entities: ["people", "organizations", "places"],
  "entities.people.*": ["id", "name", "aliases", "country", "roles", "articles"],
  "entities.people.*.roles.*": ["title", "from", "to", "sources"],
  "entities.organizations.*": ["id", "name", "aliases", "country", "articles"],
  "entities.places.*": ["id", "name", "kind", "country", "articles"],
};

/** ORDER compiled for one field path, so the walk does no path strings or lookups for known keys. */
interface Shape {
  readonly path: string;
  readonly known: readonly string[];
  /** `"key": ` for each known key. */
  readonly heads: readonly string[];
  readonly knownShapes: readonly Shape[];
  readonly set: ReadonlySet<string>;
  /** Shapes of keys outside `known`, made on first use. */
  readonly extra: Map<string, Shape>;
  /** The shape of array elements ("*"), made on first use. */
  item: Shape | undefined;
}

const ORDER_PATHS = Object.keys(ORDER);
const shapes = new Map<string, Shape>();

/** A path with no ORDER entry at or below it: all keys sorted, all the way down, so one shape serves. */
const PLAIN: Shape = { path: "", known: [], heads: [], knownShapes: [], set: new Set(), extra: new Map(), item: undefined };

function shapeAt(path: string): Shape {
  let s = shapes.get(path);
  if (s) return s;
  if (!Object.hasOwn(ORDER, path) && !ORDER_PATHS.some((p) => p.startsWith(`${path}.`))) s = PLAIN;
  else {
    const known = Object.hasOwn(ORDER, path) ? ORDER[path]! : [];
    s = { path, known, heads: known.map((k) => `${JSON.stringify(k)}: `), knownShapes: known.map((k) => shapeAt(`${path}.${k}`)), set: new Set(known), extra: new Map(), item: undefined };
  }
  shapes.set(path, s);
  return s;
}

const itemShape = (s: Shape): Shape => (s === PLAIN ? PLAIN : (s.item ??= shapeAt(`${s.path}.*`)));
function extraShape(s: Shape, k: string): Shape {
  if (s === PLAIN) return PLAIN;
  let c = s.extra.get(k);
  if (!c) s.extra.set(k, (c = shapeAt(`${s.path}.${k}`)));
  return c;
}

const ARTICLE = shapeAt("article");
const MEETING = shapeAt("meeting");
const ENTITIES = shapeAt("entities");

/** "\n" and the indentation of nesting depth d. */
const BREAKS: string[] = [];
const brk = (d: number) => (BREAKS[d] ??= `\n${"  ".repeat(d)}`);

/** Strings with nothing JSON escapes (quote, backslash, control characters, surrogates) are quoted as they are. */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
const str = (s: string) => (NEEDS_ESCAPE.test(s) ? JSON.stringify(s) : `"${s}"`);

/** What JSON.stringify leaves out of an object (and writes as null in an array). */
const skipped = (v: unknown) => v === undefined || typeof v === "function" || typeof v === "symbol";

/**
 * Keys a plain object enumerates before all others, in numeric order: canonical array indices.
 * The re-ordered copy was a plain object, so they led its output whatever ORDER said (and
 * Object.keys already lists them in that order).
 */
function isIndex(k: string): boolean {
  const c = k.charCodeAt(0);
  if (c < 48 || c > 57) return false;
  const n = Number(k);
  return n >>> 0 === n && n !== 4294967295 && String(n) === k;
}

/** `value` at nesting depth `d`, as JSON.stringify(ordered(value), null, 2) writes it there. */
function write(v: unknown, s: Shape, d: number): string {
  switch (typeof v) {
    case "string":
      return str(v);
    case "number":
      return Number.isFinite(v) ? `${v}` : "null";
    case "boolean":
      return v ? "true" : "false";
    case "object":
      if (v === null) return "null";
      return Array.isArray(v) ? writeArray(v, itemShape(s), d) : writeObject(v as Record<string, unknown>, s, d);
    case "bigint":
      return JSON.stringify(v); // throws, as the copy-based version did
    default:
      return "null"; // undefined, functions, symbols: only reached as array elements or at the top
  }
}

/** Whether every element is a string JSON writes as it is (ids, names): then one join writes the array. */
function plainStrings(a: readonly unknown[]): a is readonly string[] {
  for (let i = 0; i < a.length; i++) {
    const v = a[i];
    if (typeof v !== "string" || NEEDS_ESCAPE.test(v)) return false;
  }
  return true;
}

function writeArray(a: readonly unknown[], s: Shape, d: number): string {
  if (a.length === 0) return "[]";
  const br = brk(d + 1);
  if (plainStrings(a)) return `[${br}"${a.join(`",${br}"`)}"${brk(d)}]`;
  let out = `[${br}${write(a[0], s, d + 1)}`;
  for (let i = 1; i < a.length; i++) out += `,${br}${write(a[i], s, d + 1)}`;
  return `${out}${brk(d)}]`;
}

function writeObject(o: Record<string, unknown>, s: Shape, d: number): string {
  const br = brk(d + 1);
  let out = "";
  // Keys outside the contract: array indices first (see isIndex), then the rest sorted.
  let extras: string[] | undefined;
  let indices: string[] | undefined;
  for (const k of Object.keys(o)) {
    if (s.set.has(k) || k === "__proto__") continue; // the copy's `out.__proto__ = …` set no key
    if (isIndex(k)) (indices ??= []).push(k);
    else (extras ??= []).push(k);
  }
  for (const k of indices ?? []) {
    const v = o[k];
    if (!skipped(v)) out += `,${br}"${k}": ${write(v, extraShape(s, k), d + 1)}`;
  }
  const { known, heads, knownShapes } = s;
  for (let i = 0; i < known.length; i++) {
    const v = o[known[i]!];
    if (!skipped(v)) out += `,${br}${heads[i]}${write(v, knownShapes[i]!, d + 1)}`;
  }
  if (extras) {
    extras.sort();
    for (const k of extras) {
      const v = o[k];
      if (!skipped(v)) out += `,${br}${str(k)}: ${write(v, extraShape(s, k), d + 1)}`;
    }
  }
  // (The slice also flattens the object's text; that measured faster than keeping deep ropes.)
  return out === "" ? "{}" : `{${out.slice(1)}${brk(d)}}`;
}

/** The array's JSON text (pretty, with a final line break), one item at a time. */
function* arrayParts(n: number, item: (i: number) => string): Generator<string> {
  if (n === 0) return yield "[]\n";
  yield "[\n";
  for (let i = 0; i < n; i++) yield `  ${item(i)}${i < n - 1 ? ",\n" : "\n"}`;
  yield "]\n";
}

/**
 * The items as the data file's array, in contract key order. With `memo`, an item's text is kept
 * (as UTF-8 bytes, ready to write) keyed by the item object and reused when the very same object
 * comes again (the dev loop keeps unchanged Article/Meeting objects between builds). So the
 * caller must treat the items as immutable once written, and use one memo per file.
 */
function* contractArrayParts(items: readonly object[], s: Shape, memo?: WeakMap<object, Uint8Array>): Generator<Part> {
  if (!memo) return yield* arrayParts(items.length, (i) => write(items[i], s, 1));
  if (items.length === 0) return yield "[]\n";
  yield "[\n";
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    let bytes = memo.get(item);
    if (bytes === undefined) memo.set(item, (bytes = Buffer.from(`  ${write(item, s, 1)}`)));
    yield bytes;
    yield i < items.length - 1 ? ",\n" : "\n";
  }
  yield "]\n";
}

/** data/articles.json in parts; `memo`: see contractArrayParts (items must not change once written). */
export const articlesJsonParts = (articles: readonly Article[], memo?: WeakMap<object, Uint8Array>) => contractArrayParts(articles, ARTICLE, memo);
/** data/meetings.json in parts; `memo`: see contractArrayParts (items must not change once written). */
export const meetingsJsonParts = (meetings: readonly Meeting[], memo?: WeakMap<object, Uint8Array>) => contractArrayParts(meetings, MEETING, memo);

export function entitiesJson(corpus: Corpus): string {
  return `${write(corpus.entities, ENTITIES, 0)}\n`;
}
