// Regression test: Pagefind's Node API could resolve `writeFiles` before every file was on
// disk, and closing its service then left bundle files empty now and then (1–3 builds in 20
// under load): a 0-byte pagefind-entry.json failed the build, a 0-byte script or wasm file broke
// search silently. buildSearchIndex now runs Pagefind's command and waits for it to exit. The
// failure was intermittent, so the test builds several times (NEWSFOLD_PAGEFIND_ROUNDS for more).

import { cp, readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSearchIndex } from "../../src/search/index.ts";
import { put, tempDir } from "./helpers.ts";

const ROUNDS = Number(process.env.NEWSFOLD_PAGEFIND_ROUNDS) || 10;
let dir: string;
let cleanup: () => Promise<void>;

async function emptyFiles(folder: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && (await stat(path.join(e.parentPath, e.name))).size === 0) out.push(path.relative(folder, path.join(e.parentPath, e.name)));
  }
  return out;
}

describe("the search index", () => {
  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir("search"));
    for (const [i, word] of ["harbour", "customs", "freight"].entries()) {
      await put(path.join(dir, "site"), `p${i}/index.html`, `<!doctype html><html lang="en"><head><title>${word}</title></head><body><main data-pagefind-body><h1>${word} talks</h1><p>Officials discussed ${word} rules.</p></main></body></html>`);
    }
  });
  afterAll(async () => cleanup?.());

  it(`never leaves an empty bundle file (${ROUNDS} builds)`, async () => {
    const bad: string[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const site = path.join(dir, `round-${i}`);
      await cp(path.join(dir, "site"), site, { recursive: true });
      const error = await buildSearchIndex(site).then(() => null, (e: Error) => e.message);
      const empty = await emptyFiles(path.join(site, "pagefind"));
      if (error || empty.length) bad.push(`round ${i}: ${error ?? ""} empty: ${empty.join(", ")}`);
      await rm(site, { recursive: true, force: true });
    }
    expect(bad).toEqual([]);
  });
});
