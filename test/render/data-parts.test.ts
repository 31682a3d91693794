// The data files written piece by piece are exactly the pretty-printed JSON of the whole array.

import { describe, expect, it } from "vitest";
import { articlesJsonParts, meetingsJsonParts, prettyArrayParts } from "../../src/render/data.ts";
import { fixtureCorpus, HOSTILE } from "./fixture.ts";

const join = (parts: Iterable<string>) => [...parts].join("");
/** The whole array pretty-printed at once, from the same values (parsing keeps key order). */
const wholeArray = (text: string) => `${JSON.stringify(JSON.parse(text), null, 2)}\n`;

describe("data files in parts", () => {
  it("join to the same text as the whole array pretty-printed", () => {
    const corpus = fixtureCorpus();
    for (const text of [join(articlesJsonParts(corpus.articles)), join(meetingsJsonParts(corpus.meetings)), join(articlesJsonParts(corpus.articles.slice(0, 1)))]) {
      expect(text).toBe(wholeArray(text));
    }
    expect(JSON.parse(join(articlesJsonParts(corpus.articles)))).toHaveLength(corpus.articles.length);
  });

  it("handle empty arrays, nested values and strings with line breaks and markup", () => {
    const items = [{ a: [1, { b: `two\nlines ${HOSTILE}` }], c: {} }, { d: [] }, "plain", null];
    const parts = (xs: typeof items) => join(prettyArrayParts(xs, (x) => x as never));
    expect(parts(items)).toBe(`${JSON.stringify(items, null, 2)}\n`);
    expect(parts([])).toBe(`${JSON.stringify([], null, 2)}\n`);
  });
});
