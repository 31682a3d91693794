// Known bug reproduction (src/search, not fixed here): Pagefind's Node API resolves
// `writeFiles` before every file is on disk, and `pagefind.close()` (which buildSearchIndex calls
// right after) kills the service, so now and then a bundle file stays empty for good — a 0-byte
// pagefind-entry.json fails the build ("Unexpected end of JSON input"), a 0-byte pagefind-ui.js,
// .css or wasm file silently breaks search on the published site. Measured at 1–3 bad builds in 20.
// It fails only some of the time, so it runs on request:
//   NEWSFOLD_REPRO_PAGEFIND=1 npx vitest run test/robustness/search-index.test.ts

import { cp, readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSearchIndex } from "../../src/search/index.ts";
import { put, tempDir } from "./helpers.ts";

const ROUNDS = 30;
let dir: string;
let cleanup: () => Promise<void>;

async function emptyFiles(folder: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && (await stat(path.join(e.parentPath, e.name))).size === 0) out.push(path.relative(folder, path.join(e.parentPath, e.name)));
  }
  return out;
}

describe.runIf(process.env.NEWSFOLD_REPRO_PAGEFIND === "1")("the search index", () => {
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
