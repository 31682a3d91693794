// The disk cache of read documents: what is saved loads back equal, in chunks; a damaged file
// is an empty cache, never an error; files of other code versions are removed on save.

import { readdir, readFile, truncate, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadDocCache, saveDocCache } from "../../src/cache.ts";
import { DEFAULT_CONFIG } from "../../src/config.ts";
import { build } from "../../src/pipeline.ts";
import type { DocCache, ReadDoc } from "../../src/read/documents.ts";
import { repoRoot, tempDir } from "../robustness/helpers.ts";

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir("doc-cache")));
afterEach(() => cleanup());

/** A cache of `n` distinct entries (more than one chunk's worth when n > 256). */
function sampleCache(n: number): DocCache {
  const cache: DocCache = new Map();
  for (let i = 0; i < n; i++) {
    const doc = { id: `a-${i}`, title: `Story ${i} — “quoted”`, body: `Body ${i}\n\n## Part`, people: [{ name: "Li Wei", roles: [] }] } as unknown as ReadDoc["doc"];
    cache.set(`seeds/a-${i}.txt\0a-${i}\0${i.toString(16)}`, { doc, bodyHtml: `<p>Body ${i}</p>\n` });
  }
  return cache;
}

describe("the disk cache", () => {
  it("loads back exactly what was saved, across several chunks", async () => {
    const cache = sampleCache(700);
    await saveDocCache(dir, cache);
    expect(await loadDocCache(dir)).toEqual(cache);
  });

  it("is empty, without an error, when the file is missing, cut short or not a cache", async () => {
    expect((await loadDocCache(dir)).size).toBe(0);
    await saveDocCache(dir, sampleCache(300));
    const [file] = (await readdir(dir)).filter((n) => n.endsWith(".v8"));
    const full = (await readFile(path.join(dir, file!))).length;
    await truncate(path.join(dir, file!), Math.floor(full / 2));
    expect((await loadDocCache(dir)).size).toBe(0);
    await writeFile(path.join(dir, file!), "not a cache");
    expect((await loadDocCache(dir)).size).toBe(0);
  });

  it("removes the caches of other code versions when it saves", async () => {
    await writeFile(path.join(dir, "docs-0000000000000000.v8"), "old");
    await saveDocCache(dir, sampleCache(3));
    const names = await readdir(dir);
    expect(names.filter((n) => n.startsWith("docs-"))).toHaveLength(1);
    expect(names).not.toContain("docs-0000000000000000.v8");
  });

  it("is saved by the build right after reading; one that cannot be saved is logged and the build goes on", async () => {
    const seedsDir = path.join(repoRoot, "seeds");
    const lines: string[] = [];
    const r = await build({ root: repoRoot, seedsDir, outDir: path.join(dir, "site"), config: DEFAULT_CONFIG, cacheDir: path.join(dir, "cache"), log: (l) => lines.push(l) });
    const saved = await loadDocCache(path.join(dir, "cache"));
    expect(saved.size).toBe(r.articles);
    expect(lines.findIndex((l) => l.startsWith("linked"))).toBeGreaterThan(-1);

    // A file where the folder should be: the cache cannot be saved; the site is built all the same.
    await writeFile(path.join(dir, "not-a-folder"), "");
    const failing: string[] = [];
    const again = await build({ root: repoRoot, seedsDir, outDir: path.join(dir, "site2"), config: DEFAULT_CONFIG, cacheDir: path.join(dir, "not-a-folder"), log: (l) => failing.push(l) });
    expect(again.articles).toBe(r.articles);
    expect(failing.some((l) => l.startsWith("could not save the cache in") && l.includes("not-a-folder"))).toBe(true);
  });
});
