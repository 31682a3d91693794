// The home page with the dev loop's memo (templates/index.ts): after articles are replaced, the
// page is last render's with their cards made again, or made anew when the part around the
// cards can have changed. Either way it is what a render without the memo makes.

import { describe, expect, it } from "vitest";
import { indexPage, type HomeMemo } from "../../templates/index.ts";
import { indexCorpus, pageContext } from "../../src/render/context.ts";
import { materialise } from "../../src/content.ts";
import type { Article, Corpus, SiteConfig } from "../../src/types.ts";
import { article, day } from "../robustness/search-fixtures.ts";

const config: SiteConfig = { title: "Test site", url: null, language: "en" };
const articles = Array.from({ length: 8 }, (_, i) =>
  article(`a${i}`, `Headline ${i}`, `Body ${i}. More.`, { published: day(`202${i % 3}-05-0${i + 1}`), publisher: { name: `Pub ${i % 2}` } }),
);
const asText = (c: string | Uint8Array) => (typeof c === "string" ? c : Buffer.from(c).toString("utf8"));

function render(list: Article[], memo?: HomeMemo, meetingCount = 3): string {
  const corpus: Corpus = { articles: list, meetings: [], entities: { people: [], places: [], organizations: [] } };
  const ctx = pageContext("", config, indexCorpus(corpus, []));
  return asText(materialise(indexPage({ ctx, articles: list, summary: (a) => `About ${a.title}.`, meetingCount, ...(memo ? { memo } : {}) })));
}

describe("indexPage with the memo", () => {
  it.each([
    ["a new title and summary", (a: Article) => ({ ...a, title: `${a.title}, revised` })],
    ["another year", (a: Article) => ({ ...a, published: day("2019-01-01") })],
    ["another publisher", (a: Article) => ({ ...a, publisher: { name: "Pub 9" } })],
    ["no publisher", (a: Article) => ({ ...a, publisher: null })],
  ])("after an article is replaced (%s), is the page a fresh render makes", (_, change) => {
    const memo: HomeMemo = { cards: new WeakMap() };
    expect(render(articles, memo)).toBe(render(articles));
    const next = articles.map((a, i) => (i === 5 ? (change(a) as Article) : a));
    const page = render(next, memo);
    expect(page).toBe(render(next));
    expect(page).not.toBe(render(articles));
    // And back again.
    expect(render(articles, memo)).toBe(render(articles));
  });

  it("is made anew when the counts change or the articles move", () => {
    const memo: HomeMemo = { cards: new WeakMap() };
    render(articles, memo);
    expect(render(articles, memo, 4)).toBe(render(articles, undefined, 4));
    const swapped = [articles[1]!, articles[0]!, ...articles.slice(2)];
    expect(render(swapped, memo)).toBe(render(swapped));
    const fewer = articles.slice(1);
    expect(render(fewer, memo)).toBe(render(fewer));
  });
});
