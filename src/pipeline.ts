// The pipeline, top to bottom: ingest -> clean -> extract (per document) -> link (corpus)
// -> render -> write. Per-document failures are reported with the file's path and never
// stop the other articles; the output folder is swapped in whole, never half-written.

import { existsSync } from "node:fs";
import type { Corpus, RawDoc, SiteConfig } from "./types.ts";
import { ingestDir, type IngestCache, type IngestProblem } from "./ingest/index.ts";
import type { DocCache } from "./read/documents.ts";
import { readDocumentsInParallel } from "./read/pool.ts";
import type { ThreadEntry } from "./threads.ts";
import { relink, type LinkState } from "./link/incremental.ts";
import { newRenderMemo, renderChanges, renderFiles, renderFilesKept, type RenderMemo } from "./render/index.ts";
import { writeSiteAtomically } from "./write.ts";
import { recording, writeChanged, type WrittenFiles } from "./write-changed.ts";

export interface BuildOptions {
  root: string; // project root: seed paths are reported relative to it
  seedsDir: string;
  outDir: string;
  config: SiteConfig;
  log?: (line: string) => void;
  /** Per-document results from earlier builds (the dev loop and the disk cache keep one). */
  cache?: DocCache;
  /** Files ingested by earlier builds (the dev loop keeps one): unchanged files are not read again. */
  ingestCache?: IngestCache;
  /** With `ingestCache`: the only seed files changed since the last build, none added or removed (see IngestOptions). */
  changed?: ReadonlySet<string>;
  /** The seeds, when the caller has ingested them already (to check whether anything changed). */
  ingested?: { docs: RawDoc[]; problems: IngestProblem[] };
  /**
   * The dev loop's record of the files in `outDir` (see write-changed.ts): when it has entries and
   * the folder is there, only changed files are written, in place; otherwise the site is swapped
   * in whole and recorded into it.
   */
  written?: WrittenFiles;
  /**
   * The dev loop's memory of the last site written (with `written`): after a prose edit the
   * corpus is not linked again and only the files the edit can change are made (see
   * link/incremental.ts, renderChanges).
   */
  last?: LastBuild;
  /**
   * Told when the pages are on disk and only the large data files are left to write (the dev
   * loop reloads the browser then). Only when changed files are written in place.
   */
  onPagesWritten?: () => void;
  /** The reading threads' entry (`readThreadEntry()`); without it, one thread reads. */
  readThread?: ThreadEntry;
}

export type { DocCache };

/** What the dev loop keeps of the last site it wrote. */
export interface LastBuild {
  link?: LinkState;
  /** The settings it was built with (a change to them remakes every page). */
  config?: string;
  /** What rendering keeps of unchanged objects (their data text). */
  render?: RenderMemo;
}
export { ingestDir };

export interface BuildResult {
  articles: number;
  files: number;
  problems: IngestProblem[];
  timings: Record<string, number>; // ms per stage
  /** Resident memory (bytes) at the end of each stage, for --profile. */
  memory: Record<string, number>;
  corpus: Corpus;
  /** Documents cleaned and read in this build; the others came from the cache. */
  fresh: number;
  /** Files written or removed, when only changed files were written (the dev loop); else every file was. */
  rewritten?: number;
  /** Files made, when an edit of prose let the build make only the files it can change (the dev loop). */
  made?: number;
}

/** `log` for progress lines: at most one per `ms`, and none in the first `ms` of a stage. */
function throttled(log: (line: string) => void, ms: number): (line: () => string) => void {
  let last = performance.now();
  return (line) => {
    const now = performance.now();
    if (now - last < ms) return;
    last = now;
    log(line());
  };
}

/** Passes `files` through, telling `report` how many have gone by. */
function* counting<T>(files: Iterable<T>, report: (n: number) => void): Generator<T> {
  let n = 0;
  for (const file of files) {
    yield file;
    report(++n);
  }
}

export async function build(opts: BuildOptions): Promise<BuildResult> {
  const log = opts.log ?? (() => {});
  const timings: Record<string, number> = {};
  const memory: Record<string, number> = {};
  const timed = async <T>(stage: string, fn: () => T | Promise<T>): Promise<T> => {
    const t0 = performance.now();
    try {
      return await fn();
    } finally {
      timings[stage] = (timings[stage] ?? 0) + performance.now() - t0;
      memory[stage] = process.memoryUsage().rss;
    }
  };

  const ingested = opts.ingested ?? (await timed("ingest", () => ingestDir(opts.seedsDir, opts.root, opts.ingestCache ? { cache: opts.ingestCache, ...(opts.changed ? { changed: opts.changed } : {}) } : undefined)));
  const docs = ingested.docs;
  const problems = [...ingested.problems];
  log(`read ${docs.length} article${docs.length === 1 ? "" : "s"} from ${opts.seedsDir}`);
  const progress = throttled(log, 2000);
  // `read` is wall time; clean, extract and markdown add up their time on every thread.
  const { read, fresh } = await timed("read", () =>
    readDocumentsInParallel(docs, problems, timings, opts.cache, {
      ...(opts.readThread ? { worker: opts.readThread } : {}),
      onProgress: (done, total) => progress(() => `reading articles: ${done} of ${total} done`),
    }),
  );
  const last = opts.last;
  // Without a last build (the CLI), relink links the whole corpus, as link() does.
  const relinked = await timed("link", () => relink(read.map((r) => r.doc), last?.link));
  const corpus = relinked.corpus;
  log(`linked ${corpus.meetings.length} meeting${corpus.meetings.length === 1 ? "" : "s"} and ${corpus.entities.people.length} ${corpus.entities.people.length === 1 ? "person" : "people"}; writing the site`);
  const bodies = new Map(read.map((r) => [r.doc.id, r.bodyHtml]));
  // Rendering and writing interleave (each page is written as it is made): one timing for both.
  const writing = throttled(log, 2000);
  const written = opts.written;
  const inPlace = !!written?.size && existsSync(opts.outDir);
  const config = JSON.stringify(opts.config);
  // Only what the edit can change, when the site on disk is the one `last` describes.
  const reassembled = inPlace && relinked.reassembled && last?.config === config ? relinked.reassembled : null;
  const progressed = <T>(files: Iterable<T>) => counting(files, (n) => writing(() => `writing the site: ${n} files so far`));
  let rewritten: number | undefined;
  let made: number | undefined;
  if (last) delete last.link; // until this build's site is on disk, the last one is not known
  const memo = last ? (last.render ??= newRenderMemo()) : undefined;
  const files = await timed("render+write", async () => {
    try {
      return await renderAndWrite();
    } catch (e) {
      memo?.pages.clear(); // what it made may not be on disk
      throw e;
    }
  });
  async function renderAndWrite(): Promise<number> {
    if (inPlace) {
      const site = reassembled
        ? renderChanges(corpus, opts.config, bodies, reassembled, memo)
        : { files: memo ? renderFilesKept(corpus, opts.config, bodies, memo, written!) : renderFiles(corpus, opts.config, bodies), complete: true };
      const r = await writeChanged(opts.outDir, progressed(site.files), written, opts.onPagesWritten, site.complete);
      rewritten = r.changed + r.removed;
      if (reassembled) made = r.made;
      return r.files;
    }
    const rendered = progressed(renderFiles(corpus, opts.config, bodies, memo));
    if (!written) return writeSiteAtomically(opts.outDir, rendered);
    // The record changes only once the new site is swapped in: a failed build leaves it true.
    const record: WrittenFiles = new Map();
    const count = await writeSiteAtomically(opts.outDir, recording(rendered, record));
    written.clear();
    for (const [file, hash] of record) written.set(file, hash);
    return count;
  }
  // Only now is the site on disk the one this corpus makes.
  if (last) Object.assign(last, { link: relinked.state, config });
  return { articles: corpus.articles.length, files, problems, timings, memory, corpus, fresh, ...(rewritten === undefined ? {} : { rewritten }), ...(made === undefined ? {} : { made }) };
}

