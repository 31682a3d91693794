// Builds the Pagefind search index of a finished site folder: every HTML page that marks an
// indexed region (see page.ts) becomes searchable from the static files in <site>/pagefind/,
// with no server. Runs the Pagefind binary that the `pagefind` npm package ships.

import { readFileSync } from "node:fs";
import { cp, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { SEARCH_BUNDLE } from "./page.ts";

export interface SearchIndexResult {
  /** Pages in the index (pages without an indexed region are not counted). */
  pages: number;
}

// Pagefind's Node API can return from writeFiles() before every file of the bundle is on disk,
// and closing its service then leaves files empty (seen about one build in ten under load). So
// the build runs Pagefind's own command, which the npm package ships, and waits for it to exit:
// the bundle is complete when the process is gone. Builds still run one at a time.
let queue: Promise<unknown> = Promise.resolve();

export interface SearchIndexOptions {
  /** A hash of every indexed page; when the previous site's index was built from the same pages, it is copied, not rebuilt. */
  sourceHash?: string;
  /** The site being replaced, whose index may be reused. */
  previousSite?: string;
}

// Written inside the bundle: which pages (and which Pagefind) the index was built from.
const SOURCE_FILE = "newsfold-source.txt";
const PAGEFIND_VERSION = (JSON.parse(readFileSync(path.join(path.dirname(fileURLToPath(import.meta.resolve("pagefind"))), "..", "package.json"), "utf8")) as { version: string }).version;

export function buildSearchIndex(siteDir: string, opts: SearchIndexOptions = {}): Promise<SearchIndexResult & { reused: boolean }> {
  const run = queue.then(() => indexOrReuse(path.resolve(siteDir), opts));
  queue = run.catch(() => {});
  return run;
}

const PAGEFIND_BIN = path.join(path.dirname(fileURLToPath(import.meta.resolve("pagefind"))), "runner", "bin.cjs");

async function indexOrReuse(siteDir: string, opts: SearchIndexOptions): Promise<SearchIndexResult & { reused: boolean }> {
  const stamp = opts.sourceHash ? `${opts.sourceHash} pagefind ${PAGEFIND_VERSION}\n` : null;
  const bundle = path.join(siteDir, SEARCH_BUNDLE);
  if (stamp && opts.previousSite) {
    const old = path.join(opts.previousSite, SEARCH_BUNDLE);
    const oldStamp = await readFile(path.join(old, SOURCE_FILE), "utf8").catch(() => null);
    if (oldStamp === stamp) {
      await cp(old, bundle, { recursive: true });
      return { pages: await indexedPages(bundle), reused: true };
    }
  }
  const result = await indexSite(siteDir);
  if (stamp) await writeFile(path.join(bundle, SOURCE_FILE), stamp);
  return { ...result, reused: false };
}

async function indexSite(siteDir: string): Promise<SearchIndexResult> {
  const args = [PAGEFIND_BIN, "--site", siteDir, "--output-subdir", SEARCH_BUNDLE, "--glob", "**/*.html", "--silent"];
  const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"] });
    let err = "";
    child.stderr.setEncoding("utf8").on("data", (d: string) => (err += d));
    child.once("error", reject);
    child.once("close", (c) => resolve({ code: c, stderr: err }));
  });
  if (code !== 0) throw new Error(`search index: Pagefind failed (exit ${code})${stderr.trim() ? `: ${stderr.trim().split("\n").slice(-3).join(" ")}` : ""}`);
  return { pages: await indexedPages(path.join(siteDir, SEARCH_BUNDLE)) };
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
