// relink (the dev loop's) must give exactly what link gives, whichever way it gets there: reusing
// the corpus-wide result for prose edits, linking again for anything linking reads.

import { describe, expect, it } from "vitest";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ingestDir } from "../../src/ingest/index.ts";
import { readDocuments } from "../../src/read/documents.ts";
import { link } from "../../src/link/index.ts";
import { relink } from "../../src/link/incremental.ts";
import type { ExtractedDoc, RawDoc } from "../../src/types.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const { docs: raws } = await ingestDir(path.join(repoRoot, "seeds"), repoRoot);
const readAll = (raw: RawDoc[]) => readDocuments(raw, []).read.map((r) => r.doc);
const seeds = readAll(raws);

/** A copy of `docs` with the document at `i` changed by `edit` (a new object, as the dev loop gets). */
function edited(docs: ExtractedDoc[], i: number, edit: (d: ExtractedDoc) => void): ExtractedDoc[] {
  const copy = structuredClone(docs[i]!);
  edit(copy);
  return docs.map((d, j) => (j === i ? copy : d));
}

describe("relink", () => {
  it("equals link on a first build", () => {
    const r = relink(seeds);
    expect(r.reassembled).toBeNull();
    expect(r.corpus).toEqual(link(seeds));
  });

  it("reuses the corpus for a prose edit, and gives what link gives", () => {
    const first = relink(seeds);
    const withQuote = seeds.findIndex((d) => d.quotes.some((q) => q.speaker));
    expect(withQuote).toBeGreaterThanOrEqual(0);
    const next = edited(seeds, withQuote, (d) => {
      d.body = `${d.body}\n\nOne more paragraph of prose.`;
      d.quotes = [...d.quotes, { speaker: d.quotes.find((q) => q.speaker)!.speaker, text: "A new quote" }];
      d.warnings = [...d.warnings, "a new warning"];
      d.images = [{ caption: "A new caption" }];
    });
    const r = relink(next, first.state);
    expect(r.reassembled).toEqual(new Set([seeds[withQuote]!.id]));
    expect(r.corpus).toEqual(link(next));
    // Everything else is the very same object: pages and data made of it need not be made again.
    expect(r.corpus.meetings).toBe(first.corpus.meetings);
    expect(r.corpus.entities).toBe(first.corpus.entities);
    r.corpus.articles.forEach((a, i) => (a.id === seeds[withQuote]!.id ? expect(a).not.toBe(first.corpus.articles[i]) : expect(a).toBe(first.corpus.articles[i])));
  });

  it("a real re-read of an edited seed takes the short way when only prose changed", () => {
    const first = relink(seeds);
    const i = raws.findIndex((r) => r.text.includes(" the "));
    const raw = { ...raws[i]!, text: raws[i]!.text.replace(" the ", " the the "), hash: "edited" };
    const next = readAll(raws.map((r, j) => (j === i ? raw : r)));
    const r = relink(next, first.state);
    expect(r.corpus).toEqual(link(next));
  });

  const linkingEdits: [string, (d: ExtractedDoc) => void][] = [
    ["a title (other pages show it)", (d) => (d.title = `${d.title} (updated)`)],
    ["a date", (d) => (d.published = { value: "2001-02-03", precision: "day", earliest: "2001-02-03", latest: "2001-02-03", evidence: ["edit"] })],
    ["a person", (d) => (d.people = [...d.people, { name: "Invented Person", aliases: [], roles: [], country: null }])],
    ["a role", (d) => (d.people = d.people.map((p, k) => (k === 0 ? { ...p, roles: [...p.roles, { title: "Invented Role", evidence: "x" }] } : p)))],
    ["a meeting", (d) => (d.meetings = d.meetings.slice(1))],
    ["a place", (d) => (d.places = [...d.places, { name: "Invented City", kind: "city", country: null }])],
    ["an organisation", (d) => (d.organizations = [...d.organizations, { name: "Invented Agency", aliases: [], country: null }])],
  ];
  for (const [what, edit] of linkingEdits)
    it(`links the corpus again after a change to ${what}`, () => {
      const first = relink(seeds);
      const i = seeds.findIndex((d) => d.people.length > 0 && d.meetings.length > 0);
      const next = edited(seeds, i, edit);
      const r = relink(next, first.state);
      expect(r.reassembled).toBeNull();
      expect(r.corpus).toEqual(link(next));
      // What came out equal to last build's is last build's object (memos downstream are keyed by object).
      const fresh = link(next);
      const before = first.corpus;
      const kinds = [
        [r.corpus.articles, before.articles, fresh.articles],
        [r.corpus.meetings, before.meetings, fresh.meetings],
        [r.corpus.entities.people, before.entities.people, fresh.entities.people],
        [r.corpus.entities.places, before.entities.places, fresh.entities.places],
      ] as const;
      let kept = 0;
      for (const [now, old, again] of kinds)
        now.forEach((x: { id: string }, k) => {
          const o = (old as { id: string }[]).find((y) => y.id === x.id);
          if (o && JSON.stringify(o) === JSON.stringify((again as { id: string }[])[k])) {
            expect(x, x.id).toBe(o);
            kept++;
          } else expect(x).not.toBe(o);
        });
      expect(kept).toBeGreaterThan(0);
    });

  it("takes the short way when only a role's evidence sentence changed (linking reads the title)", () => {
    const first = relink(seeds);
    const i = seeds.findIndex((d) => d.people.some((p) => p.roles.length > 0));
    const next = edited(seeds, i, (d) => (d.people = d.people.map((p) => ({ ...p, roles: p.roles.map((r) => ({ ...r, evidence: `${r.evidence} (reworded)` })) }))));
    const r = relink(next, first.state);
    expect(r.reassembled).toEqual(new Set([seeds[i]!.id]));
    expect(r.corpus).toEqual(link(next));
  });

  it("links again when an article is added or removed", () => {
    const first = relink(seeds.slice(1));
    const added = relink(seeds, first.state);
    expect(added.reassembled).toBeNull();
    expect(added.corpus).toEqual(link(seeds));
    const removed = relink(seeds.slice(2), added.state);
    expect(removed.reassembled).toBeNull();
    expect(removed.corpus).toEqual(link(seeds.slice(2)));
  });

  it("an unchanged corpus reassembles nothing and keeps every object", () => {
    const first = relink(seeds);
    const again = relink([...seeds].reverse(), first.state);
    expect(again.reassembled).toEqual(new Set());
    again.corpus.articles.forEach((a, i) => expect(a).toBe(first.corpus.articles[i]));
  });

  it("matches documents by id when they moved, and the next edit in the new order takes the short way too", () => {
    const first = relink(seeds);
    const i = seeds.findIndex((d) => d.body.length > 0);
    const moved = [...edited(seeds, i, (d) => (d.body = `${d.body}\n\nMoved and edited.`))].reverse();
    const r = relink(moved, first.state);
    expect(r.reassembled).toEqual(new Set([seeds[i]!.id]));
    expect(r.corpus).toEqual(link(moved));
    const j = moved.length - 1 - i;
    const again = edited(moved, j === 0 ? 1 : 0, (d) => (d.body = `${d.body}\n\nAnother edit.`));
    const r2 = relink(again, r.state);
    expect(r2.reassembled?.size).toBe(1);
    expect(r2.corpus).toEqual(link(again));
  });
});
