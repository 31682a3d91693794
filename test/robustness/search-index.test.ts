// The search index (src/search/index.ts) as the browser uses it: the files searchIndexFiles
// makes are searched with the page script's own engine (CLIENT_ENGINE, evaluated from the text
// the site ships), reading the files from the returned map instead of fetching them.

import { describe, expect, it } from "vitest";
import { DOCS_PER_FILE, SHARD_BUDGET, searchIndexFiles, type DocRecord, type SearchManifest } from "../../src/search/index.ts";
import { SEARCH_MANIFEST } from "../../src/search/page.ts";
import { CLIENT_ENGINE, CLIENT_PATHS, CLIENT_TOKENIZER } from "../../src/render/assets/search-js.ts";
import type { Article, Corpus } from "../../src/types.ts";
import { article, day, meeting, person } from "./search-fixtures.ts";

interface Plan {
  exact: string[];
  prefix: string | null;
  shards: number[];
}
interface Engine {
  load(): Promise<SearchManifest>;
  plan(m: SearchManifest, raw: string): Plan | null;
  search(m: SearchManifest, q: Plan): Promise<[doc: number, score: number][]>;
  records(m: SearchManifest, docs: number[]): Promise<DocRecord[]>;
  marked(word: string, q: Plan): [number, number][];
}

/** Searches `files` as the page does: the results shown (at most 20), how many, and the files read. */
function searcher(files: Map<string, string>) {
  const read: string[] = [];
  const get = (path: string) => {
    read.push(path);
    const file = files.get(path.replace(/\?.*$/, ""));
    return file === undefined ? Promise.reject(new Error(`no file ${path}`)) : Promise.resolve(JSON.parse(file) as unknown);
  };
  const engine = new Function("get", `${CLIENT_TOKENIZER}${CLIENT_PATHS}${CLIENT_ENGINE}; return { load, plan, search, records, marked };`)(get) as Engine;
  return async (query: string) => {
    read.length = 0;
    const m = await engine.load();
    const q = engine.plan(m, query);
    const hits = q ? await engine.search(m, q) : [];
    const shown = await engine.records(m, hits.slice(0, 20).map(([doc]) => doc));
    return { count: hits.length, shown, titles: shown.map((r) => r[2]), read: [...read], plan: q, marked: (w: string) => (q ? engine.marked(w, q) : []) };
  };
}

function smallCorpus(): Corpus {
  return {
    articles: [
      article("border-talks", "Security chiefs meet on border policing", "Secretary Anna Kovalenko met her counterpart in Velgrad on Monday.\n\nThey discussed [customs](https://example.org/tariffs) rules.", {
        subtitle: "A third round of consultations",
        authors: [{ name: "Mira Tallow" }],
        published: day("2024-11-12"),
        removed: [{ line: 1, text: "Subscribe now to our newsletter", reason: "call to action" }],
      }),
      article("beijing-visit", "外交部长王毅会见代表团", "外交部长王毅表示，双方同意加强合作。Émile Durand attended.", { published: day("2024-10-02") }),
      article("harbour", "Harbour authority opens new pier", "The harbour pier opened. Kovalenko was not there.", { published: day("2023-01-20") }),
    ],
    meetings: [meeting("2024-04-30-velgrad-round", "Velgrad security consultations", ["Anna Kovalenko", "Boris Lin"])],
    entities: {
      people: [
        person("anna-kovalenko", "Anna Kovalenko", { aliases: ["Kovalenko", "Secretary Kovalenko"], country: "Orvania", roles: [{ title: "Secretary of the Security Council", sources: [] }], articles: ["border-talks", "harbour"] }),
        person("boris-lin", "Boris Lin"),
      ],
      organizations: [],
      places: [],
    },
  };
}

const summaries = (c: Corpus) => new Map(c.articles.map((a) => [a.id, `Summary of ${a.title}.`]));
/** The summary function searchIndexFiles takes, from summaries by id. */
const of = (m: Map<string, string>) => (a: Article) => m.get(a.id) ?? "";

describe("searchIndexFiles", () => {
  const corpus = smallCorpus();
  const files = searchIndexFiles(corpus, of(summaries(corpus)));
  const search = searcher(files);

  it("writes only under search/, with a manifest, and is a pure function of the corpus", () => {
    expect([...files.keys()].every((p) => p.startsWith("search/") && p.endsWith(".json"))).toBe(true);
    expect(files.has(SEARCH_MANIFEST)).toBe(true);
    const again = searchIndexFiles(smallCorpus(), of(summaries(corpus)));
    expect([...again]).toEqual([...files]);
    const shuffled = smallCorpus();
    shuffled.articles.reverse();
    shuffled.entities.people.reverse();
    expect([...searchIndexFiles(shuffled, of(summaries(corpus)))]).toEqual([...files]);
    const manifest = JSON.parse(files.get(SEARCH_MANIFEST)!) as SearchManifest;
    expect(manifest.shards).toEqual([...manifest.shards].sort());
    expect(manifest.docs).toBe(3 + 2 + 1);
  });

  it("changes its version whenever any other index file changes, and only then", () => {
    const version = (f: Map<string, string>) => (JSON.parse(f.get(SEARCH_MANIFEST)!) as SearchManifest).version;
    expect(version(files)).toMatch(/^[0-9a-f]{16}$/);
    const changedFiles = (f: Map<string, string>) => [...f].filter(([p, text]) => p !== SEARCH_MANIFEST && files.get(p) !== text).map(([p]) => p);
    // A body word: a shard changes, no docs file does.
    const body = smallCorpus();
    body.articles[2] = { ...body.articles[2]!, body: `${body.articles[2]!.body} Dredging starts soon.` };
    const afterBody = searchIndexFiles(body, of(summaries(body)));
    expect(changedFiles(afterBody).every((p) => !p.includes("docs"))).toBe(true);
    expect(changedFiles(afterBody).length).toBeGreaterThan(0);
    expect(version(afterBody)).not.toBe(version(files));
    // A summary: a docs file changes, no shard does.
    const summary = summaries(smallCorpus()).set("harbour", "Another summary.");
    const afterSummary = searchIndexFiles(smallCorpus(), of(summary));
    expect(changedFiles(afterSummary)).toEqual([expect.stringMatching(/docs/)]);
    expect(version(afterSummary)).not.toBe(version(files));
  });

  it("finds a name in an article body, and the person's own page, ranked by where it occurs", async () => {
    const r = await search("Kovalenko");
    expect(r.count).toBe(4); // two articles, the person, the meeting
    expect(r.titles[0]).toBe("Anna Kovalenko"); // in the name and the aliases
    expect(r.titles).toContain("Harbour authority opens new pier"); // only in the body
    const kinds = Object.fromEntries(r.shown.map((d) => [d[2], d[0]]));
    expect(kinds).toMatchObject({ "Anna Kovalenko": "Person", "Velgrad security consultations": "Meeting", "Harbour authority opens new pier": "Article" });
  });

  it("keeps the records the results list shows: kind, URL from the site root, title, date, a line", async () => {
    const r = await search("border policing");
    expect(r.shown).toEqual([["Article", "articles/border-talks/", "Security chiefs meet on border policing", "12 November 2024", "Summary of Security chiefs meet on border policing."]]);
    const p = (await search("Boris Lin")).shown.find((d) => d[0] === "Person")!;
    expect(p).toEqual(["Person", "people/boris-lin/", "Boris Lin", "", "Named in 0 articles."]);
    const m = (await search("consultations velgrad")).shown.find((d) => d[0] === "Meeting")!;
    expect(m).toEqual(["Meeting", "meetings/2024-04-30-velgrad-round/", "Velgrad security consultations", "30 April 2024", "Anna Kovalenko, Boris Lin — Velgrad, Orvania"]);
  });

  it("needs every word, and takes the last one as a prefix while it is being typed", async () => {
    expect((await search("kovalenko harbour")).titles).toEqual(["Harbour authority opens new pier"]);
    expect((await search("Koval")).count).toBe(4);
    expect((await search("secretary kov")).titles).toContain("Anna Kovalenko");
    expect((await search("Koval ")).count).toBe(0); // a finished word matches whole
    expect((await search("koval")).marked("Kovalenko's")).toEqual([[0, 11]]);
  });

  it("finds names with accents by their plain letters, and Chinese names by their characters", async () => {
    expect((await search("emile")).titles).toEqual(["外交部长王毅会见代表团"]);
    expect((await search("ÉMILE DURAND")).count).toBe(1);
    const r = await search("王毅");
    expect(r.titles).toEqual(["外交部长王毅会见代表团"]);
    expect(r.marked("外交部长王毅表示")).toEqual([[4, 6]]);
    expect((await search("毅")).count).toBe(1);
    expect((await search("王毅合作")).count).toBe(0); // the pairs must all be there: "毅合" is not
  });

  it("leaves out what is not article text: chrome, link targets, lines the cleaner removed", async () => {
    for (const q of ["skip", "json", "timeline", "subscribe", "tariffs", "https"]) expect((await search(q)).count, q).toBe(0);
    expect((await search("customs")).count).toBe(1); // the link's text is
  });

  it("answers a query with no usable word, or one named like an Object property, with nothing", async () => {
    expect((await search("a")).count).toBe(0);
    expect((await search("!!")).count).toBe(0);
    for (const q of ["constructor", "toString", "__proto__", "hasOwnProperty"]) expect((await search(q)).count, q).toBe(0);
  });
});

describe("the index of a large site", () => {
  // 2,000 articles of 350 words from a 30,000-word vocabulary with a long tail (Zipf-like),
  // plus names: what a real corpus looks like to the shard layout.
  let seed = 7;
  const rand = () => ((seed = Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
  const syllables = ["ka", "lo", "vin", "tre", "sha", "mor", "bel", "ut", "gra", "pe", "ston", "ri", "ne", "dov", "ach", "zu", "ol", "ment", "is", "cor"];
  const vocab = Array.from({ length: 30_000 }, () => Array.from({ length: 2 + Math.floor(rand() * 3) }, () => syllables[Math.floor(rand() * syllables.length)]).join(""));
  const common = ["the", "of", "and", "to", "in", "said", "that", "security", "meeting", "talks", "with", "on", "for", "minister"];
  const word = () => (rand() < 0.3 ? common[Math.floor(rand() * common.length)]! : vocab[Math.floor(vocab.length * rand() ** 3)]!);
  const people = Array.from({ length: 400 }, (_, i) => person(`p${i}`, `${vocab[i * 7]} ${vocab[i * 7 + 1]}`));
  const corpus: Corpus = {
    articles: Array.from({ length: 2000 }, (_, i) =>
      article(`a${i}`, Array.from({ length: 7 }, word).join(" "), `${Array.from({ length: 350 }, word).join(" ")}. ${people[i % 400]!.name} spoke.`, { published: day(`2024-${String(1 + (i % 12)).padStart(2, "0")}-10`) }),
    ),
    meetings: Array.from({ length: 300 }, (_, i) => meeting(`m${i}`, `Round ${i} of talks`, [people[i]!.name, people[i + 1]!.name])),
    entities: { people, organizations: [], places: [] },
  };
  const files = searchIndexFiles(corpus, of(summaries(corpus)));
  const search = searcher(files);
  const shardSizes = [...files].filter(([p]) => p.startsWith("search/index/")).map(([p, c]) => [p, Buffer.byteLength(c), Object.keys(JSON.parse(c)).length] as const);

  it(`keeps every shard under ${SHARD_BUDGET / 1024} KiB unless it holds a single term, and the largest under 100 KB`, () => {
    for (const [p, bytes, terms] of shardSizes) if (terms > 1) expect(bytes, p).toBeLessThanOrEqual(SHARD_BUDGET + 2);
    expect(Math.max(...shardSizes.map(([, b]) => b))).toBeLessThan(100_000);
    expect(shardSizes.length).toBeGreaterThan(20);
    const docFiles = [...files.keys()].filter((p) => p.startsWith("search/docs-"));
    expect(docFiles).toHaveLength(Math.ceil((2000 + 400 + 300) / DOCS_PER_FILE));
  });

  it("answers a name query from a few files: the manifest, a shard per word and the records shown", async () => {
    const name = people[123]!.name;
    const r = await search(name);
    expect(r.titles).toContain(name);
    const shardsRead = r.read.filter((p) => p.startsWith("search/index/"));
    expect(shardsRead.length).toBeLessThanOrEqual(2 + 8);
    expect(r.read.filter((p) => p.startsWith("search/docs-")).length).toBeLessThanOrEqual(20);
    const exact = await search(`${name} `);
    expect(exact.read.filter((p) => p.startsWith("search/index/")).length).toBeLessThanOrEqual(2);
  });

  it("reads at most 8 shards more for a prefix, and falls back to the whole word when the prefix is too common", async () => {
    for (const q of ["ka", "sha", "gra", "mor", "the"]) {
      const r = await search(q);
      expect(r.read.filter((p) => p.startsWith("search/index/")).length, q).toBeLessThanOrEqual(9);
    }
  });
});
