// renderFilesKept (the dev loop's, after the corpus is linked again): a page whose view objects
// and lookups are as when the file on disk was made is kept (null) and not made. Whatever edit
// linking sees, the last site with the files it gives applied must be what a full render makes.

import { describe, expect, it } from "vitest";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ingestDir } from "../../src/ingest/index.ts";
import { readDocuments } from "../../src/read/documents.ts";
import { relink } from "../../src/link/incremental.ts";
import { newRenderMemo, renderFiles, renderFilesKept, renderSite } from "../../src/render/index.ts";
import { contentHash, GONE, materialise } from "../../src/content.ts";
import type { ExtractedDoc, SiteConfig } from "../../src/types.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const { docs: raws } = await ingestDir(path.join(repoRoot, "seeds"), repoRoot);
const seeds = readDocuments(raws, []).read.map((r) => r.doc);
const config: SiteConfig = { title: "Test site", url: "https://example.org/news/", language: "en" };
const asText = (c: string | Uint8Array) => (typeof c === "string" ? c : Buffer.from(c).toString("utf8"));

/** A site on "disk" and the writer's record of it, kept up to date by `apply`. */
function disk() {
  const site = new Map<string, string>();
  const written = new Map<string, string>();
  const apply = (files: Iterable<[string, unknown]>) => {
    let kept = 0;
    const seen = new Set<string>();
    for (const [f, c] of files) {
      seen.add(f);
      if (c === null) {
        expect(site.has(f), f).toBe(true);
        kept++;
        continue;
      }
      expect(c).not.toBe(GONE);
      const text = asText(materialise(c as Parameters<typeof materialise>[0]));
      site.set(f, text);
      written.set(f, contentHash(text));
    }
    for (const f of [...site.keys()]) if (!seen.has(f)) (site.delete(f), written.delete(f));
    return kept;
  };
  return { site, written, apply };
}

const edited = (docs: ExtractedDoc[], i: number, edit: (d: ExtractedDoc) => void) =>
  docs.map((d, j) => {
    if (j !== i) return d;
    const copy = structuredClone(d);
    edit(copy);
    return copy;
  });

const linkingEdits: [string, (d: ExtractedDoc) => void][] = [
  ["a title", (d) => (d.title = `${d.title} (updated)`)],
  ["a date", (d) => (d.published = { value: "2001-02-03", precision: "day", earliest: "2001-02-03", latest: "2001-02-03", evidence: ["edit"] })],
  ["a person", (d) => (d.people = [...d.people, { name: "Invented Person", aliases: [], roles: [], country: null }])],
  ["a meeting", (d) => (d.meetings = d.meetings.slice(1))],
  ["a place", (d) => (d.places = [...d.places, { name: "Invented City", kind: "city", country: null }])],
];

describe("renderFilesKept", () => {
  for (const [what, edit] of linkingEdits)
    it(`after a change to ${what}, keeps pages whose inputs are unchanged, and the site equals a full render`, () => {
      const memo = newRenderMemo();
      const { site, written, apply } = disk();
      let state = relink(seeds);
      expect(apply(renderFilesKept(state.corpus, config, undefined, memo, written))).toBe(0); // nothing on disk yet
      // Again, nothing changed: every page with a recorded view is kept.
      const again = relink(seeds, state.state);
      expect(apply(renderFilesKept(again.corpus, config, undefined, memo, written))).toBeGreaterThan(0);
      const i = seeds.findIndex((d) => d.people.length > 0 && d.meetings.length > 0);
      const next = edited(seeds, i, edit);
      state = relink(next, again.state);
      expect(state.reassembled).toBeNull(); // linked again
      const kept = apply(renderFilesKept(state.corpus, config, undefined, memo, written));
      expect(kept).toBeGreaterThan(0);
      const full = renderSite(state.corpus, config);
      expect(new Set(site.keys())).toEqual(new Set(full.keys()));
      for (const [f, c] of full) expect(site.get(f), f).toEqual(asText(c));
      // And back.
      const back = relink(seeds, state.state);
      apply(renderFilesKept(back.corpus, config, undefined, memo, written));
      for (const [f, c] of renderSite(back.corpus, config)) expect(site.get(f), f).toEqual(asText(c));
    });

  it("makes a page again when the writer has no such file, and every page once the records are forgotten (a failed write)", () => {
    const memo = newRenderMemo();
    const { written, apply } = disk();
    const { corpus } = relink(seeds);
    apply(renderFilesKept(corpus, config, undefined, memo, written));
    const page = [...written.keys()].find((f) => f.startsWith("people/"))!;
    written.delete(page);
    const made = new Map([...renderFilesKept(corpus, config, undefined, memo, written)]);
    expect(made.get(page)).not.toBeNull();
    expect([...made.values()].filter((c) => c === null).length).toBeGreaterThan(0);
    memo.pages.clear();
    expect([...renderFilesKept(corpus, config, undefined, memo, written)].filter(([, c]) => c === null)).toEqual([]);
  });

  it("records what each page is made from in a first render (renderFiles with the memo), so the next render after linking again keeps pages", () => {
    const memo = newRenderMemo();
    const { written, apply } = disk();
    const first = relink(seeds);
    apply(renderFiles(first.corpus, config, undefined, memo));
    const i = seeds.findIndex((d) => d.people.length > 0 && d.meetings.length > 0);
    const next = relink(edited(seeds, i, (d) => (d.title = `${d.title} (updated)`)), first.state);
    expect(next.reassembled).toBeNull();
    expect(apply(renderFilesKept(next.corpus, config, undefined, memo, written))).toBeGreaterThan(0);
  });
});
