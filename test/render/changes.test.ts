// renderChanges (the dev loop's) skips files a prose edit cannot change: every file it skips
// must be exactly as the last full render made it, and every file it makes exactly what a full
// render of the new corpus makes.

import { describe, expect, it } from "vitest";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ingestDir } from "../../src/ingest/index.ts";
import { readDocuments } from "../../src/read/documents.ts";
import { relink } from "../../src/link/incremental.ts";
import { articlesNewestFirst, meetingsInDateOrder, newRenderMemo, renderChanges, renderFiles, renderSite } from "../../src/render/index.ts";
import { GONE, materialise } from "../../src/content.ts";
import type { ExtractedDoc, SiteConfig } from "../../src/types.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const { docs: raws } = await ingestDir(path.join(repoRoot, "seeds"), repoRoot);
const seeds = readDocuments(raws, []).read.map((r) => r.doc);
const config: SiteConfig = { title: "Test site", url: "https://example.org/news/", language: "en" };

// With the memo, some files are made as bytes: compared as text.
const asText = (c: string | Uint8Array) => (typeof c === "string" ? c : Buffer.from(c).toString("utf8"));

function check(edits: [index: number, edit: (d: ExtractedDoc) => void][]) {
  const first = relink(seeds);
  const before = renderSite(first.corpus, config);
  const next = seeds.map((d, i) => {
    const mine = edits.filter(([j]) => j === i);
    if (!mine.length) return d;
    const copy = structuredClone(d);
    for (const [, edit] of mine) edit(copy);
    return copy;
  });
  const r = relink(next, first.state);
  expect(r.reassembled).not.toBeNull();
  const after = renderSite(r.corpus, config);
  // Without a memo, and with the dev loop's (which saw the first render: it also skips the search
  // files that came out the same and the pages of people whose quotes did not change).
  const memo = newRenderMemo();
  for (const [, content] of renderFiles(first.corpus, config, undefined, memo)) materialise(content);
  const [plain, memoed] = [undefined, memo].map((m) => {
    const made = new Map<string, string | Uint8Array>();
    const skipped: string[] = [];
    const gone: string[] = [];
    const changes = renderChanges(r.corpus, config, undefined, r.reassembled!, m);
    expect(changes.complete).toBe(!m); // with the memo, only the files made (and removed) are named
    for (const [file, content] of changes.files) {
      if (content === null) skipped.push(file);
      else if (content === GONE) gone.push(file);
      else made.set(file, asText(materialise(content)));
    }
    if (changes.complete) {
      expect(gone).toEqual([]);
      expect(new Set([...made.keys(), ...skipped])).toEqual(new Set(after.keys()));
    } else {
      expect(skipped).toEqual([]);
      // The last site with the changes applied is the new site.
      const applied = new Map<string, string | Uint8Array>([...before].map(([f, c]) => [f, asText(c)]));
      for (const f of gone) applied.delete(f);
      for (const [f, c] of made) applied.set(f, c);
      expect(new Set(applied.keys())).toEqual(new Set(after.keys()));
      for (const [f, c] of applied) expect(asText(c), f).toEqual(asText(after.get(f)!));
      for (const [f] of before) if (!made.has(f) && after.has(f)) skipped.push(f);
    }
    for (const file of skipped) expect(after.get(file), file).toEqual(before.get(file));
    for (const [file, content] of made) expect(content, file).toEqual(asText(after.get(file)!));
    return { made, skipped };
  });
  expect(memoed!.made.size).toBeLessThanOrEqual(plain!.made.size);
  return { ...plain!, memoed: memoed!, before, after };
}

describe("renderChanges after a prose edit", () => {
  it("makes the edited article's page and the site-wide files, and skips the rest unchanged", () => {
    const i = seeds.findIndex((d) => d.body.length > 0);
    const { made, skipped, before, after } = check([[i, (d) => (d.body = `${d.body}\n\nAn added paragraph about nothing.`)]]);
    const page = `articles/${seeds[i]!.id}/index.html`;
    expect(made.has(page)).toBe(true);
    expect(after.get(page)).not.toEqual(before.get(page));
    expect(skipped.length).toBeGreaterThan(made.size); // the point of it
    for (const other of seeds.filter((_, j) => j !== i)) expect(skipped).toContain(`articles/${other.id}/index.html`);
  });

  it("with the memo, remakes no person's page when no quote changed, and not the search files that stayed the same", () => {
    const i = seeds.findIndex((d) => d.people.length > 0 && d.body.length > 0);
    const { made, memoed } = check([[i, (d) => (d.body = `${d.body}\n\nAn added paragraph about nothing.`)]]);
    expect([...made.keys()].some((f) => f.startsWith("people/"))).toBe(true); // without the memo: all the article's people
    expect([...memoed.made.keys()].filter((f) => f.startsWith("people/"))).toEqual([]);
    expect([...memoed.made.keys()].filter((f) => f.startsWith("search/")).length).toBeLessThan([...made.keys()].filter((f) => f.startsWith("search/")).length);
    // The article's card (title, date, publisher, summary) is as it was: the home page is not made.
    expect(made.has("index.html")).toBe(true);
    expect(memoed.made.has("index.html")).toBe(false);
  });

  it("with the memo, makes the home page again when the edit changes a card (the summary)", () => {
    const i = seeds.findIndex((d) => d.body.length > 0 && !d.subtitle);
    const { memoed, after, before } = check([[i, (d) => (d.body = `A new opening sentence for the summary.\n\n${d.body}`)]]);
    expect(after.get("index.html")).not.toEqual(before.get("index.html"));
    expect(memoed.made.get("index.html")).toEqual(asText(after.get("index.html")!));
  });

  it("remakes the pages of the people whose quotes changed", () => {
    const i = seeds.findIndex((d) => d.quotes.some((q) => q.speaker));
    const { made, memoed, after, before } = check([[i, (d) => (d.quotes = d.quotes.map((q) => ({ ...q, text: `${q.text} (as corrected)` })))]]);
    const changedPeople = [...made.keys()].filter((f) => f.startsWith("people/") && after.get(f) !== before.get(f));
    expect(changedPeople.length).toBeGreaterThan(0);
    for (const f of changedPeople) expect(memoed.made.has(f), f).toBe(true);
  });

  it("handles several articles edited at once, captions and warnings included", () => {
    check([
      [0, (d) => (d.images = [...d.images, { caption: "A caption added later" }])],
      [1, (d) => (d.warnings = [...d.warnings, "an added warning"])],
      [2, (d) => (d.removed = d.removed.slice(1))],
      [3, (d) => (d.subtitle = "A new dek")],
    ]);
  });
});

describe("sorting from last render's order", () => {
  it("gives the same order whatever order it starts from, and ignores a start that does not fit", () => {
    const articles = relink(seeds).corpus.articles;
    const meetings = relink(seeds).corpus.meetings;
    const ids = (o: { output: { id: string }[] }) => o.output.map((a) => a.id);
    const plain = ids(articlesNewestFirst(articles));
    const reversed = [...articles].reverse();
    expect(ids(articlesNewestFirst(articles, articlesNewestFirst(reversed)))).toEqual(plain);
    expect(ids(articlesNewestFirst(articles, articlesNewestFirst(reversed.slice(1))))).toEqual(plain);
    const renamed = reversed.map((a, i) => (i === 0 ? { ...a, id: "gone" } : a));
    expect(ids(articlesNewestFirst(articles, articlesNewestFirst(renamed)))).toEqual(plain);
    // The objects come from the current list, not from last time's.
    const copies = articles.map((a) => ({ ...a }));
    expect(articlesNewestFirst(copies, articlesNewestFirst(articles)).output.every((a) => copies.includes(a))).toBe(true);
    // One article replaced by one that sorts elsewhere: the shortcut from last order must not keep its place.
    const last = articlesNewestFirst(articles);
    const moved = articles.map((a) => (a.id === last.output[0]!.id ? { ...a, published: { ...a.published, value: null, precision: "unknown" as const, earliest: null, latest: null } } : a));
    expect(ids(articlesNewestFirst(moved, last))).toEqual(ids(articlesNewestFirst(moved)));
    expect(ids(articlesNewestFirst(moved, last))[0]).not.toBe(last.output[0]!.id);
    const byDate = (o: { output: { id: string }[] }) => o.output.map((m) => m.id);
    expect(byDate(meetingsInDateOrder(meetings, meetingsInDateOrder([...meetings].reverse())))).toEqual(byDate(meetingsInDateOrder(meetings)));
  });
});

describe("renderChanges with the memo, edit after edit", () => {
  it("names search files a shorter text no longer needs as GONE, and the site stays equal to a full render", () => {
    const memo = newRenderMemo();
    let state = relink(seeds);
    let site = new Map<string, string>();
    for (const [f, c] of renderFiles(state.corpus, config, undefined, memo)) site.set(f, asText(materialise(c)));
    const i = seeds.findIndex((d) => d.body.length > 0);
    // Many new words make the search index grow by shards; taking them out again removes those.
    const words = Array.from({ length: 12000 }, (_, k) => `zq${k.toString(36)}x`).join(" ");
    const gone: string[] = [];
    for (const body of [`${seeds[i]!.body}\n\n${words}`, seeds[i]!.body]) {
      const next = seeds.map((d, j) => (j === i ? { ...structuredClone(d), body } : d));
      const r = relink(next, state.state);
      expect(r.reassembled).not.toBeNull();
      const changes = renderChanges(r.corpus, config, undefined, r.reassembled!, memo);
      for (const [f, c] of changes.files) {
        if (c === GONE) {
          gone.push(f);
          site.delete(f);
        } else if (c !== null) site.set(f, asText(materialise(c)));
      }
      const full = renderSite(r.corpus, config);
      expect(new Set(site.keys())).toEqual(new Set(full.keys()));
      for (const [f, c] of full) expect(site.get(f), f).toEqual(asText(c));
      state = r;
    }
    expect(gone.length).toBeGreaterThan(0);
    expect(gone.every((f) => f.startsWith("search/"))).toBe(true);
  });
});
