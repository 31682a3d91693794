// The one-pass data-file writer gives exactly the text of the copy-based version it replaced:
// re-order a copy of each value by ORDER, then JSON.stringify(copy, null, 2). That version is
// kept here as the reference.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { articlesJsonParts, entitiesJson, meetingsJsonParts, ORDER } from "../../src/render/data.ts";
import type { Article, Corpus, Meeting } from "../../src/types.ts";
import { fixtureCorpus } from "./fixture.ts";
import { TextParts, type Part } from "../../src/content.ts";

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

// --- the reference: the copy-based version, as it was -------------------------------------------

function ordered(value: unknown, path: string): Json {
  if (Array.isArray(value)) return value.map((v) => ordered(v, `${path}.*`));
  if (value === undefined) return null;
  if (value === null || typeof value !== "object") return value as Json;
  const known = ORDER[path] ?? [];
  const obj = value as Record<string, unknown>;
  const keys = [...known.filter((k) => k in obj), ...Object.keys(obj).filter((k) => !known.includes(k)).sort()];
  const out: { [k: string]: Json } = {};
  for (const k of keys) if (obj[k] !== undefined) out[k] = ordered(obj[k], `${path}.${k}`);
  return out;
}

function refArray(items: readonly unknown[], path: string): string {
  if (items.length === 0) return "[]\n";
  let text = "[\n";
  for (let i = 0; i < items.length; i++) {
    text += `  ${JSON.stringify(ordered(items[i], path), null, 2).replace(/\n/g, "\n  ")}${i < items.length - 1 ? ",\n" : "\n"}`;
  }
  return `${text}]\n`;
}

const refEntities = (entities: unknown) => `${JSON.stringify(ordered(entities, "entities"), null, 2)}\n`;

// ------------------------------------------------------------------------------------------------

const join = (parts: Iterable<Part>) => new TextParts(() => parts).toString();
const articles = (xs: readonly unknown[], memo?: WeakMap<object, Uint8Array>) => join(articlesJsonParts(xs as Article[], memo));
const meetings = (xs: readonly unknown[], memo?: WeakMap<object, Uint8Array>) => join(meetingsJsonParts(xs as Meeting[], memo));
const entities = (x: unknown) => entitiesJson({ entities: x } as Corpus);

/** The same object with its keys inserted in reverse, all the way down. */
function reversed(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reversed);
  if (v === null || typeof v !== "object") return v;
  return Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reversed(x)]));
}

describe("data files, one pass", () => {
  it("match the copy-based text on the fixture corpus, whatever order its keys were built in", () => {
    const corpus = fixtureCorpus();
    for (const c of [corpus, reversed(corpus) as Corpus]) {
      expect(articles(c.articles)).toBe(refArray(c.articles, "article"));
      expect(articles(c.articles.slice(0, 1))).toBe(refArray(c.articles.slice(0, 1), "article"));
      expect(articles([])).toBe(refArray([], "article"));
      expect(meetings(c.meetings)).toBe(refArray(c.meetings, "meeting"));
      expect(entitiesJson(c)).toBe(refEntities(c.entities));
    }
    expect(articles(reversed(corpus.articles) as Article[])).toBe(articles(corpus.articles));
  });

  it("match on the edge cases: undefined, holes, index-like keys, __proto__, odd numbers", () => {
    const odd = Object.fromEntries([["__proto__", { a: 1 }], ["10", 1], ["9", 2], ["01", 3], ["4294967295", 4], ["4294967294", 5], ["b", undefined], ["a", [undefined, , null]], ["id", -0], ["title", Number.NaN], ["url", -1.5e-7]]);
    const items = [odd, {}, { authors: [] }, { published: { value: "2020", evidence: [] }, body: 'q"b\\s\n\t\u0000\u2028\ud800\udc00\udfff😀' }];
    expect(articles(items)).toBe(refArray(items, "article"));
    expect(meetings(items)).toBe(refArray(items, "meeting"));
    expect(entities(odd)).toBe(refEntities(odd));
    expect(entities(undefined)).toBe(refEntities(undefined));
  });

  describe("match on generated values under the contract's paths", () => {
    const paths = Object.keys(ORDER);
    const below = (path: string) => paths.filter((p) => p.startsWith(`${path}.`)).map((p) => p.slice(path.length + 1).split(".")[0]!);

    const unit = fc.oneof(
      fc.constantFrom('"', "\\", "\n", "\r", "\t", "\u0000", "\u001f", "\u007f", "\u2028", "\ud800", "\udfff", "😀", "é", "/", "<"),
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
      fc.string({ unit: "grapheme-ascii", maxLength: 1 }),
    );
    const text = fc.string({ unit, maxLength: 12 });
    const key = fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...new Set(Object.values(ORDER).flat())) },
      fc.constantFrom("0", "1", "9", "10", "01", "-1", "1.5", "4294967294", "4294967295", "__proto__", "toJSON", "constructor", "", "*", "a.b"),
      text,
    );
    const leaf = fc.oneof(text, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined));
    const { any } = fc.letrec<{ any: unknown }>((tie) => ({
      any: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        leaf,
        fc.array(tie("any"), { maxLength: 4 }),
        fc.sparseArray(tie("any"), { maxLength: 4 }),
        fc.array(fc.tuple(key, tie("any")), { maxLength: 4 }).map((e) => Object.fromEntries(e)),
      ),
    }));

    /** A value at `path`: shaped like the contract there (keys in any order, some missing or undefined), or anything. */
    const at = (path: string): fc.Arbitrary<unknown> => {
      const fields = [...new Set([...(ORDER[path] ?? []), ...below(path)])];
      const options: fc.Arbitrary<unknown>[] = [any];
      if (fields.includes("*")) options.push(fc.array(at(`${path}.*`), { maxLength: 3 }));
      const named = fields.filter((f) => f !== "*");
      if (named.length > 0) {
        const entries = fc.tuple(
          ...named.map((k) => fc.oneof(fc.constant(null), fc.constant([k, undefined] as const), at(`${path}.${k}`).map((v) => [k, v] as const))),
          fc.array(fc.tuple(key, any), { maxLength: 2 }),
        );
        options.push(
          entries.chain((es) => {
            const all = [...(es.slice(0, -1) as ([string, unknown] | null)[]).filter((e) => e !== null), ...(es.at(-1) as [string, unknown][])];
            return fc.shuffledSubarray(all, { minLength: all.length }).map((e) => Object.fromEntries(e));
          }),
        );
      }
      return fc.oneof(...options);
    };

    const runs = { numRuns: 300 };
    it("articles", () => fc.assert(fc.property(fc.array(at("article"), { maxLength: 3 }), (xs) => articles(xs) === refArray(xs, "article")), runs));
    it("meetings", () => fc.assert(fc.property(fc.array(at("meeting"), { maxLength: 3 }), (xs) => meetings(xs) === refArray(xs, "meeting")), runs));
    it("entities", () => fc.assert(fc.property(at("entities"), (x) => entities(x) === refEntities(x)), runs));
  });

  it("with a memo, write an unchanged item object once and give the same text", () => {
    const corpus = fixtureCorpus();
    const memo = new WeakMap<object, Uint8Array>();
    const first = articles(corpus.articles, memo);
    expect(first).toBe(refArray(corpus.articles, "article"));

    // The same objects again: none is read. A new object is written afresh.
    let reads = 0;
    const watched = corpus.articles.map((a) => new Proxy(a, { get: (t, k) => (reads++, Reflect.get(t, k)) }));
    const memo2 = new WeakMap<object, Uint8Array>();
    articles(watched, memo2);
    const before = reads;
    expect(articles(watched, memo2)).toBe(first);
    expect(reads).toBe(before);

    const changed = [...corpus.articles];
    changed[0] = { ...changed[0]!, title: "A new title" };
    expect(articles(changed, memo)).toBe(refArray(changed, "article"));
    expect(meetings(corpus.meetings, new WeakMap())).toBe(refArray(corpus.meetings, "meeting"));
  });
});
