// `npm run dev`: build, serve dist/ on loopback, and rebuild when seeds or settings change.
// Bursts of file events (a git checkout of 100 files, an editor's atomic save) become one
// rebuild; unchanged seeds come from the in-memory cache, and only pages whose content changed
// are rewritten (each atomically; see write-changed.ts). A failed rebuild keeps the last
// good site served and shows the error in the terminal and on the page. Code and template
// changes restart the process (tsx watch), and the page reloads when it reconnects.

import path from "node:path";
import { build, type BuildOptions, type BuildResult, type DocCache, type LastBuild } from "../pipeline.ts";
import type { WrittenFiles } from "../write-changed.ts";
import type { IngestCache } from "../ingest/index.ts";
import { loadConfig, CONFIG_FILE } from "../config.ts";
import { loadDocCache, saveDocCache } from "../cache.ts";
import { startDevServer } from "./server.ts";
import { triggersRebuild } from "./watch-filter.ts";
import { startWatcher, type ThreadEntry } from "./watcher.ts";
import { readThreadEntry } from "../read/pool.ts";

export interface DevOptions {
  root: string;
  seedsDir: string;
  outDir: string;
  /** 0 picks a free port; the address actually used is in the result's `url`. */
  port: number;
  siteUrl?: string | null;
  log: (line: string) => void;
  /** Called after every build (the first one included), successful or not. */
  onRebuild?: (report: RebuildReport) => void;
  /** Quiet period after the last file event before rebuilding. */
  debounceMs?: number;
  /**
   * The disk cache of read articles (`.cache/`, as `npm run build` keeps it): the first build
   * takes unchanged articles from it, and saves what it read to it. Without it, every article
   * is read when the loop starts.
   */
  cacheDir?: string;
  /** Where the watching thread's script is (see watcher.ts); `null` watches on this thread. */
  watchEntry?: ThreadEntry | null;
  /** The reading threads' entry (a build reading many articles uses them); default `readThreadEntry()`, `null` reads on this thread. */
  readThread?: ThreadEntry | null;
  /** The build to run (tests inject failures here); default: the pipeline's build. */
  build?: (opts: BuildOptions) => Promise<BuildResult>;
}

export type RebuildReport =
  | {
      ok: true;
      n: number;
      files: number;
      articles: number;
      ms: number;
      /** Articles read in this build (the others came from a cache). */
      fresh: number;
      /** When the pages were on disk and the browser told to reload. */
      pagesMs?: number;
    }
  | { ok: false; n: number; error: string; ms: number };

export interface DevSession {
  /** The dev server's address, e.g. "http://127.0.0.1:8080/". */
  url: string;
  close(): Promise<void>;
}

// Each file's event already waits for its writes to settle (awaitWriteFinish), so a short quiet
// period is enough to gather a burst (a checkout) into one rebuild; every ms here is latency.
export const DEBOUNCE_MS = 25;

export async function runDev(opts: DevOptions): Promise<DevSession> {
  const cache: DocCache = opts.cacheDir ? await loadDocCache(opts.cacheDir) : new Map();
  // Saved once, after the first build that read articles, so the next start reads only what
  // changed since (saving a large cache takes a second or two: not after every edit).
  let cacheSaved = !opts.cacheDir;
  let saveCache = false;
  const written: WrittenFiles = new Map(); // after the first build, only changed files are written
  const ingestCache: IngestCache = new Map(); // unchanged seed files are not read again
  const last: LastBuild = {}; // a prose edit is not linked again, and makes only the files it changes
  const buildSite = opts.build ?? build;
  const readThread = opts.readThread === undefined ? readThreadEntry() : opts.readThread;
  const configFile = path.join(opts.root, CONFIG_FILE);
  let count = 0;
  // Seed files changed (not added or removed) since the last build started; null when anything
  // may have changed (a file came or went, the settings changed, a build failed). Ingest then
  // checks only these files instead of listing and checking the whole folder.
  let touched: Set<string> | null = null;

  const rebuild = async (): Promise<RebuildReport> => {
    const t0 = performance.now();
    const n = ++count;
    const changed = touched;
    touched = new Set();
    // Until the pages are written (see Watcher.pause), for a rebuild of edited files, where every
    // ms counts; a rebuild after files came or went takes seconds, and events during it only
    // queue one more (a burst of new files then gives one or two rebuilds, not one per clump).
    if (changed) watcher.pause();
    try {
      const config = await loadConfig(opts.root);
      if (opts.siteUrl !== undefined) config.url = opts.siteUrl;
      let pagesMs: number | undefined;
      // The browser reloads as soon as the pages are on disk; the data files (no page loads them) follow.
      const onPagesWritten = () => {
        pagesMs = Math.round(performance.now() - t0);
        watcher.resume();
        server.reload();
      };
      const r = await buildSite({ root: opts.root, seedsDir: opts.seedsDir, outDir: opts.outDir, config, cache, written, ingestCache, last, onPagesWritten, ...(changed ? { changed } : {}), ...(readThread ? { readThread } : {}) });
      for (const p of r.problems) opts.log(`${p.severity}: ${p.source}: ${p.message}`);
      if (!cacheSaved && r.fresh > 0) saveCache = true;
      const ms = Math.round(performance.now() - t0);
      const how = [r.made === undefined ? "" : `a prose edit: ${r.made} files made again`, pagesMs === undefined ? "" : `pages written in ${pagesMs} ms`].filter(Boolean).join(", ");
      opts.log(`${r.files} files (${r.articles} articles) in ${ms} ms${r.rewritten === undefined ? "" : `, ${r.rewritten} written or removed`}${how ? ` (${how})` : ""}`);
      return { ok: true, n, files: r.files, articles: r.articles, ms, fresh: r.fresh, ...(pagesMs === undefined ? {} : { pagesMs }) };
    } catch (e) {
      touched = null;
      const error = (e as Error).message;
      opts.log(`build failed: ${error} — still serving the last good site`);
      return { ok: false, n, error, ms: Math.round(performance.now() - t0) };
    } finally {
      watcher.resume();
    }
  };

  const server = await startDevServer(opts.outDir, opts.port);

  // One build at a time; events during a build queue exactly one more.
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  let closed = false;
  const runQueued = async (): Promise<void> => {
    try {
      do {
        again = false;
        const report = await rebuild();
        if (!report.ok) server.showError(report.error);
        else if (report.pagesMs === undefined) server.reload(); // not reloaded early
        opts.onRebuild?.(report);
        if (saveCache && opts.cacheDir) {
          // After the reload: the browser need not wait for it.
          saveCache = false;
          cacheSaved = true;
          await saveDocCache(opts.cacheDir, cache).catch((e: Error) => opts.log(`could not save the cache: ${e.message}`));
        }
      } while (again && !closed);
    } finally {
      running = null;
    }
  };
  const schedule = () => {
    if (closed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      if (running) again = true;
      else running = runQueued();
    }, opts.debounceMs ?? DEBOUNCE_MS);
  };

  // Watch before the first build, so an edit made while it runs is not missed.
  const watcher = await startWatcher({
    paths: [opts.seedsDir, configFile],
    onEvent: (event, file) => {
      if (!triggersRebuild(event, file, opts.seedsDir, configFile)) return;
      if (event === "change" && path.resolve(file) !== configFile) touched?.add(path.resolve(file));
      else touched = null;
      schedule();
    },
    onError: (message) => opts.log(`watch error: ${message}`),
    onRestart: () => {
      touched = null;
      schedule();
    },
    ...(opts.watchEntry !== undefined ? { entry: opts.watchEntry } : {}),
  });

  running = runQueued();
  await running;
  opts.log(`serving ${path.relative(opts.root, opts.outDir) || "."} at ${server.url} (Ctrl-C to stop)`);

  return {
    url: server.url,
    close: async () => {
      closed = true;
      if (timer) clearTimeout(timer);
      await watcher.close();
      await running;
      await server.close();
    },
  };
}
