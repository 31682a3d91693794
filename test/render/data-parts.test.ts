// The data files written piece by piece are exactly the pretty-printed JSON of the whole array.

import { describe, expect, it } from "vitest";
import { articlesJson, articlesJsonParts, meetingsJson, meetingsJsonParts, prettyArrayParts } from "../../src/render/data.ts";
import { fixtureCorpus, HOSTILE } from "./fixture.ts";

const join = (parts: Iterable<string>) => [...parts].join("");

describe("data files in parts", () => {
  it("join to the same text as the whole array pretty-printed", () => {
    const corpus = fixtureCorpus();
    expect(join(articlesJsonParts(corpus.articles))).toBe(articlesJson(corpus.articles));
    expect(join(meetingsJsonParts(corpus.meetings))).toBe(meetingsJson(corpus.meetings));
    expect(join(articlesJsonParts(corpus.articles.slice(0, 1)))).toBe(articlesJson(corpus.articles.slice(0, 1)));
  });

  it("handle empty arrays, nested values and strings with line breaks and markup", () => {
    const items = [{ a: [1, { b: `two\nlines ${HOSTILE}` }], c: {} }, { d: [] }, "plain", null];
    const parts = (xs: typeof items) => join(prettyArrayParts(xs, (x) => x as never));
    expect(parts(items)).toBe(`${JSON.stringify(items, null, 2)}\n`);
    expect(parts([])).toBe(`${JSON.stringify([], null, 2)}\n`);
  });
});
