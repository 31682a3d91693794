// Builds the Pagefind search index of a finished site folder: every HTML page that marks an
// indexed region (see page.ts) becomes searchable from the static files in <site>/pagefind/,
// with no server. Runs the Pagefind binary that the `pagefind` npm package ships.

import { readFile } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import { SEARCH_BUNDLE } from "./page.ts";

export interface SearchIndexResult {
  /** Pages in the index (pages without an indexed region are not counted). */
  pages: number;
}

// Pagefind runs one service process per Node process; builds share it one at a time, and
// each closes it when done so no child process keeps the CLI or a test alive.
let queue: Promise<unknown> = Promise.resolve();

export function buildSearchIndex(siteDir: string): Promise<SearchIndexResult> {
  const run = queue.then(() => indexSite(path.resolve(siteDir)));
  queue = run.catch(() => {});
  return run;
}

async function indexSite(siteDir: string): Promise<SearchIndexResult> {
  const outputPath = path.join(siteDir, SEARCH_BUNDLE);
  try {
    const created = await pagefind.createIndex({});
    const index = created.index;
    if (!index) throw new Error(created.errors.join("; ") || "Pagefind did not start");
    failOn("reading the pages", (await index.addDirectory({ path: siteDir, glob: "**/*.html" })).errors);
    failOn("writing the index", (await index.writeFiles({ outputPath })).errors);
  } finally {
    await pagefind.close();
  }
  return { pages: await indexedPages(outputPath) };
}

function failOn(step: string, errors: string[]): void {
  if (errors.length) throw new Error(`search index: ${step} failed: ${errors.join("; ")}`);
}

/**
 * Pagefind's own count, per language, of the pages it kept. Only a figure for the log: a file
 * still being flushed (seen under heavy load) is read again, and never fails the build.
 */
async function indexedPages(bundleDir: string): Promise<number> {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const entry = JSON.parse(await readFile(path.join(bundleDir, "pagefind-entry.json"), "utf8")) as {
        languages?: Record<string, { page_count?: number }>;
      };
      return Object.values(entry.languages ?? {}).reduce((n, l) => n + (l.page_count ?? 0), 0);
    } catch {
      await new Promise((r) => setTimeout(r, 20 * (attempt + 1)));
    }
  }
  return 0;
}
