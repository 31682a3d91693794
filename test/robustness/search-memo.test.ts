// The search index's memo (src/search/memo.ts) is a cache: a rebuild that passes the memo of
// earlier builds must give the very files a fresh build of the same corpus gives, whatever
// changed in between. Each case here edits a corpus the way the dev loop does (a changed
// document is a new object; unchanged ones are kept) and compares the two builds byte for byte.
// Also here: the entries the index writes as bytes are exactly JSON.stringify's.

import { describe, expect, it } from "vitest";
import { SearchMemo, searchIndexFiles } from "../../src/search/index.ts";
import type { Article, Corpus, Meeting, Person } from "../../src/types.ts";
import { article, day, meeting, person } from "./search-fixtures.ts";

/**
 * 300 articles from a small vocabulary with a long tail (so common words have long postings,
 * the case the memo patches), accents and CJK among them, people and meetings.
 */
function corpus(seed = 7): { corpus: Corpus; summaries: Map<string, string>; word: () => string } {
  const rand = () => ((seed = Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
  const syllables = ["ka", "lo", "vin", "tre", "sha", "mor", "bel", "ut", "gra", "pe", "ston", "ri", "ne", "dov", "ach", "zu", "ol", "ment", "is", "cor"];
  const vocab = Array.from({ length: 3000 }, () => Array.from({ length: 2 + Math.floor(rand() * 3) }, () => syllables[Math.floor(rand() * syllables.length)]).join(""));
  const common = ["the", "of", "and", "to", "in", "said", "security", "talks", "minister"];
  const word = () => (rand() < 0.3 ? common[Math.floor(rand() * common.length)]! : vocab[Math.floor(vocab.length * rand() ** 3)]!);
  const people = Array.from({ length: 80 }, (_, i) => person(`p${i}`, `${vocab[i * 7]} ${vocab[i * 7 + 1]}`, { aliases: [vocab[i * 7 + 1]!], roles: [{ title: "Minister", sources: [] }], articles: [`a${i}`] }));
  const articles = Array.from({ length: 300 }, (_, i) =>
    article(`a${i}`, Array.from({ length: 6 }, word).join(" "), `${Array.from({ length: 120 + (i % 50) }, word).join(" ")}. ${people[i % 80]!.name} said [more](https://example.org/${i}).${i % 10 ? "" : " Émile, Kraków, 王毅, οδός, G20 2024."}`, {
      published: day(`2024-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`),
      authors: i % 3 ? [{ name: "Mira Tallow" }] : [],
    }),
  );
  const meetings = Array.from({ length: 60 }, (_, i) => meeting(`m${i}`, `Round ${i} of talks`, [people[i]!.name, people[i + 1]!.name], { date: day(`2024-03-${String(1 + (i % 28)).padStart(2, "0")}`) }));
  const c: Corpus = { articles, meetings, entities: { people, organizations: [], places: [] } };
  return { corpus: c, summaries: new Map(articles.map((a) => [a.id, `Summary of ${a.title}.`])), word };
}

/** Builds with the memo, then checks the files are a fresh build's, byte for byte. */
/** The summary function searchIndexFiles takes, from summaries by id (read at each call: a test may change them). */
const of = (m: Map<string, string>) => (a: Article) => m.get(a.id) ?? "";

function expectFresh(c: Corpus, summaries: Map<string, string>, memo: SearchMemo): Map<string, string> {
  const withMemo = searchIndexFiles(c, of(summaries), memo);
  const fresh = searchIndexFiles(c, of(summaries));
  expect([...withMemo.keys()]).toEqual([...fresh.keys()]);
  for (const [path, text] of fresh) expect(withMemo.get(path), path).toBe(text);
  return withMemo;
}

/** A copy of article i (a new object, as the dev loop gives for a changed file) with `over`. */
function replaceArticle(c: Corpus, i: number, over: (a: Article) => Partial<Article>): void {
  c.articles[i] = { ...c.articles[i]!, ...over(c.articles[i]!) };
}

describe("searchIndexFiles with a memo", () => {
  it("gives a fresh build's files after one article's body changed (a word added, replaced, removed)", () => {
    const { corpus: c, summaries, word } = corpus();
    const memo = new SearchMemo();
    expectFresh(c, summaries, memo);
    for (let round = 0; round < 12; round++) {
      const i = (round * 37) % c.articles.length;
      replaceArticle(c, i, (a) => {
        const words = a.body.split(" ");
        const at = (round * 13) % words.length;
        if (round % 3 === 0) words.splice(at, 0, round % 2 ? word() : `brandnew${round}`);
        else if (round % 3 === 1) words[at] = word();
        else words.splice(at, 1);
        return { body: words.join(" ") };
      });
      expectFresh(c, summaries, memo);
    }
  });

  it("gives a fresh build's files after an article is added, and after one is removed", () => {
    const { corpus: c, summaries, word } = corpus(11);
    const memo = new SearchMemo();
    expectFresh(c, summaries, memo);
    const added = article("added", "An added article on security", Array.from({ length: 200 }, word).join(" "), { published: day("2024-06-15") });
    c.articles.push(added);
    summaries.set(added.id, "Added.");
    expectFresh(c, summaries, memo);
    c.articles.splice(42, 1);
    expectFresh(c, summaries, memo);
    c.articles = c.articles.filter((a) => a.id !== "added");
    expectFresh(c, summaries, memo);
  });

  it("gives a fresh build's files after a person changes (aliases, roles, articles, and a new name that moves them)", () => {
    const { corpus: c, summaries } = corpus(13);
    const memo = new SearchMemo();
    expectFresh(c, summaries, memo);
    const people = c.entities.people;
    people[5] = { ...people[5]!, aliases: [...people[5]!.aliases, "Secretary Ulmor"], articles: [...people[5]!.articles, "a9"] };
    expectFresh(c, summaries, memo);
    people[6] = { ...people[6]!, roles: [{ title: "Deputy Foreign Minister", sources: [] }], country: "Orvania" };
    expectFresh(c, summaries, memo);
    people[7] = { ...people[7]!, name: "Aaron Zeroth" }; // now first by name: every person after it moves
    expectFresh(c, summaries, memo);
  });

  it("gives a fresh build's files after other changes: a title, a date that reorders, a summary, a meeting, several articles at once", () => {
    const { corpus: c, summaries, word } = corpus(17);
    const memo = new SearchMemo();
    expectFresh(c, summaries, memo);
    replaceArticle(c, 3, (a) => ({ title: `${a.title} ${word()} Émile` }));
    expectFresh(c, summaries, memo);
    replaceArticle(c, 4, () => ({ published: day("2030-01-01") }));
    expectFresh(c, summaries, memo);
    // A new summary comes with a new object (an article's summary is a function of it).
    replaceArticle(c, 5, () => ({}));
    summaries.set(c.articles[5]!.id, "A new summary.");
    expectFresh(c, summaries, memo);
    c.meetings[2] = { ...c.meetings[2]!, title: "Extraordinary session", participants: [{ person: "x", name: "Xu Lan" }] };
    expectFresh(c, summaries, memo);
    for (const i of [10, 20, 30]) replaceArticle(c, i, (a) => ({ body: `${a.body} ${word()} 王毅` }));
    expectFresh(c, summaries, memo);
    expectFresh(c, summaries, memo); // nothing changed
  });

  it("sees a change in every value a document is made of (index.ts `*Reads`), when the changed document is a new object", () => {
    const { corpus: c, summaries } = corpus(31);
    const memo = new SearchMemo();
    expectFresh(c, summaries, memo);
    const articleChanges: ((a: Article) => Partial<Article>)[] = [
      (a) => ({ title: `${a.title} retitled` }),
      () => ({ subtitle: "A new dek on tariffs" }),
      (a) => ({ authors: a.authors.length ? [{ name: "Osk Varrow" }] : [] }), // as many authors, one renamed
      () => ({ images: [{ caption: "Delegates at the harbour" }] }),
      () => ({ images: [{ caption: "Delegates at the pier" }] }), // as many captions, one changed
      (a) => ({ body: `${a.body} postscript` }),
      () => ({ published: { value: "2024-02", precision: "month", earliest: "2024-02-01", latest: "2024-02-29", evidence: [] } }),
      (a) => ({ published: { ...a.published, precision: "unknown" } }),
    ];
    articleChanges.forEach((change) => {
      replaceArticle(c, 50, change);
      expectFresh(c, summaries, memo);
    });
    const people = c.entities.people;
    const personChanges: ((p: Person) => Partial<Person>)[] = [
      (p) => ({ name: `${p.name} Jr` }),
      () => ({ aliases: ["The Envoy"] }),
      () => ({ country: "Velmark" }),
      () => ({ roles: [{ title: "Envoy", sources: [] }] }), // as many roles, one retitled
      () => ({ roles: [{ title: "Envoy", sources: [] }, { title: "Envoy", sources: [] }] }),
      () => ({ articles: [] }),
    ];
    personChanges.forEach((change) => {
      people[20] = { ...people[20]!, ...change(people[20]!) };
      expectFresh(c, summaries, memo);
    });
    const meetingChanges: ((m: Meeting) => Partial<Meeting>)[] = [
      () => ({ title: "Summit on ports" }),
      () => ({ date: day("2023-12-24") }),
      (m) => ({ end: day(m.date.value!.replace(/..$/, "29")) }),
      (m) => ({ place: { ...m.place, city: "Ostrava" } }),
      (m) => ({ place: { ...m.place, country: "Velmark" } }),
      () => ({ place: null }),
      (m) => ({ participants: [...m.participants, { person: "n", name: "Nadia Orr" }] }),
      (m) => ({ participants: m.participants.map((x, i) => (i ? x : { ...x, name: "Ilse Varga" })) }),
    ];
    meetingChanges.forEach((change) => {
      c.meetings[30] = { ...c.meetings[30]!, ...change(c.meetings[30]!) };
      expectFresh(c, summaries, memo);
    });
  });

  it("recognises documents given again as new but equal objects, and keeps their files' strings", () => {
    const { corpus: c, summaries } = corpus(19);
    const memo = new SearchMemo();
    const first = expectFresh(c, summaries, memo);
    const copy: Corpus = {
      articles: c.articles.map((a) => ({ ...a })).reverse(),
      meetings: c.meetings.map((m) => ({ ...m })),
      entities: { ...c.entities, people: c.entities.people.map((p) => ({ ...p })) },
    };
    const again = expectFresh(copy, new Map(summaries), memo);
    for (const [path, text] of first) expect(again.get(path) === text, path).toBe(true); // the same strings, not only equal ones
  });

  it("stays right when old terms pile up and the memo starts afresh", () => {
    const { corpus: c, summaries } = corpus(23);
    const memo = new SearchMemo();
    expectFresh(c, summaries, memo);
    for (let round = 0; round < 8; round++) {
      replaceArticle(c, 0, () => ({ body: Array.from({ length: 2000 }, (_, k) => `once${round}x${k}`).join(" ") }));
      expectFresh(c, summaries, memo);
    }
  });
});

describe("the bytes of the index", () => {
  it("writes each shard as JSON.stringify would, numbers of several digits and non-ASCII terms included", () => {
    const { corpus: c, summaries } = corpus(29);
    const files = searchIndexFiles(c, of(summaries));
    let terms = 0;
    let bigNumbers = false;
    for (const [path, text] of files) {
      if (!path.startsWith("search/index/")) continue;
      const parsed = JSON.parse(text) as Record<string, number[]>;
      const keys = [...text.matchAll(/"([^"\\]*)":\[/g)].map((m) => m[1]!); // in file order (JSON.parse puts "2024" first)
      expect(new Set(keys).size).toBe(Object.keys(parsed).length);
      expect(text).toBe(`{${keys.map((k) => `${JSON.stringify(k)}:${JSON.stringify(parsed[k])}`).join(",")}}\n`);
      terms += keys.length;
      bigNumbers ||= keys.some((k) => parsed[k]!.some((x) => x >= 100));
    }
    expect(terms).toBeGreaterThan(1000);
    expect(bigNumbers).toBe(true);
    for (const t of ["\"emile\"", "\"krakow\"", "\"王毅\"", "\"οδοσ\"", "\"2024\""]) expect([...files.values()].some((f) => f.includes(`${t}:[`)), t).toBe(true);
  });
});
