// The search index is rebuilt only when the indexed pages change: an unchanged site copies the
// previous index (a warm build), a changed one indexes again.
import { cp } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSearchIndex } from "../../src/search/index.ts";
import { hashTree, put, tempDir } from "./helpers.ts";

const page = (word: string) =>
  `<!doctype html><html lang="en"><head><title>${word}</title></head><body><main data-pagefind-body><h1>${word} talks</h1><p>Officials discussed ${word}.</p></main></body></html>`;

describe("reusing the search index", () => {
  let dir = "";
  let cleanup: () => Promise<void> = async () => {};
  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir("search-reuse"));
    for (const w of ["harbour", "river"]) await put(path.join(dir, "old"), `${w}/index.html`, page(w));
    await buildSearchIndex(path.join(dir, "old"), { sourceHash: "h1" });
  });
  afterAll(() => cleanup());

  it("copies the previous index when the indexed pages are the same", async () => {
    await cp(path.join(dir, "old"), path.join(dir, "same"), { recursive: true, filter: (p) => !p.includes(`${path.sep}pagefind`) });
    const r = await buildSearchIndex(path.join(dir, "same"), { sourceHash: "h1", previousSite: path.join(dir, "old") });
    expect(r.reused).toBe(true);
    expect(await hashTree(path.join(dir, "same", "pagefind"))).toEqual(await hashTree(path.join(dir, "old", "pagefind")));
  });

  it("indexes again when they changed", async () => {
    for (const w of ["harbour", "canal"]) await put(path.join(dir, "changed"), `${w}/index.html`, page(w));
    const r = await buildSearchIndex(path.join(dir, "changed"), { sourceHash: "h2", previousSite: path.join(dir, "old") });
    expect(r.reused).toBe(false);
    expect(r.pages).toBe(2);
  });
});
