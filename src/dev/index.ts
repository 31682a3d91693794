// `npm run dev`: build, serve dist/ on loopback, and rebuild when seeds or settings change.
// Bursts of file events (a git checkout of 100 files, an editor's atomic save) become one
// rebuild; unchanged seeds come from the in-memory cache. A failed rebuild keeps the last
// good site served and shows the error in the terminal and on the page. Code and template
// changes restart the process (tsx watch), and the page reloads when it reconnects.

import path from "node:path";
import { watch } from "chokidar";
import { build, type DocCache } from "../pipeline.ts";
import { loadConfig, CONFIG_FILE } from "../config.ts";
import { startDevServer } from "./server.ts";
import { isLitter } from "../ingest/index.ts";

export interface DevOptions {
  root: string;
  seedsDir: string;
  outDir: string;
  port: number;
  siteUrl?: string | null;
  log: (line: string) => void;
}

const DEBOUNCE_MS = 80;

export async function runDev(opts: DevOptions): Promise<{ close(): Promise<void> }> {
  const cache: DocCache = new Map();
  const rebuild = async (): Promise<string | null> => {
    const t0 = performance.now();
    try {
      const config = await loadConfig(opts.root);
      if (opts.siteUrl !== undefined) config.url = opts.siteUrl;
      const r = await build({ root: opts.root, seedsDir: opts.seedsDir, outDir: opts.outDir, config, cache });
      for (const p of r.problems) opts.log(`${p.severity}: ${p.source}: ${p.message}`);
      opts.log(`${r.files} files (${r.articles} articles) in ${Math.round(performance.now() - t0)} ms`);
      return null;
    } catch (e) {
      const message = (e as Error).message;
      opts.log(`build failed: ${message} — still serving the last good site`);
      return message;
    }
  };

  await rebuild();
  const server = await startDevServer(opts.outDir, opts.port);
  opts.log(`serving ${path.relative(opts.root, opts.outDir) || "."} at ${server.url} (Ctrl-C to stop)`);

  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      if (running) {
        again = true;
        return;
      }
      running = (async () => {
        do {
          again = false;
          const error = await rebuild();
          if (error) server.showError(error);
          else server.reload();
        } while (again);
        running = null;
      })();
    }, DEBOUNCE_MS);
  };

  // chokidar 5 ignores glob patterns: watch folders and filter here.
  const watcher = watch([opts.seedsDir, path.join(opts.root, CONFIG_FILE)], {
    ignoreInitial: true,
    ignored: (file: string) => isLitter(path.basename(file)),
    awaitWriteFinish: { stabilityThreshold: 40, pollInterval: 10 },
  });
  watcher.on("all", schedule);
  await new Promise<void>((resolve) => watcher.once("ready", () => resolve()));

  return {
    close: async () => {
      if (timer) clearTimeout(timer);
      await watcher.close();
      await running;
      await server.close();
    },
  };
}
