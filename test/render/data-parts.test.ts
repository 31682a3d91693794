// The data files written piece by piece are exactly the pretty-printed JSON of the whole array.

import { describe, expect, it } from "vitest";
import { articlesJsonParts, meetingsJsonParts } from "../../src/render/data.ts";
import { TextParts, type Part } from "../../src/content.ts";
import { fixtureCorpus } from "./fixture.ts";

const join = (parts: Iterable<Part>) => new TextParts(() => parts).toString();
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
});
