// The pipeline, top to bottom: ingest -> clean -> extract (per document) -> link (corpus)
// -> render -> write. Per-document failures are reported with the file's path and never
// stop the other articles; the output folder is swapped in whole, never half-written.

import { existsSync } from "node:fs";
import type { Corpus, ExtractedDoc, RawDoc, SiteConfig } from "./types.ts";
import { ingestDir, type IngestCache, type IngestProblem } from "./ingest/index.ts";
import type { DocCache } from "./read/documents.ts";
import { readDocumentsInParallel } from "./read/pool.ts";
import type { ThreadEntry } from "./threads.ts";
import { loadDocCache, saveDocCache } from "./cache.ts";
import type { Handoff } from "./handoff.ts";
import { link } from "./link/index.ts";
import { relink, type LinkState } from "./link/incremental.ts";
import { newRenderMemo, renderChanges, renderFiles, renderFilesKept, type Bodies, type RenderMemo } from "./render/index.ts";
import { writeSiteAtomically } from "./write.ts";
import { recording, writeChanged, type WrittenFiles } from "./write-changed.ts";

export interface BuildOptions {
  root: string; // project root: seed paths are reported relative to it
  seedsDir: string;
  outDir: string;
  config: SiteConfig;
  log?: (line: string) => void;
  /** Per-document results from earlier builds, kept in memory by the caller (the dev loop). */
  cache?: DocCache;
  /**
   * Without `cache`: a folder that keeps per-document results between runs (the CLI's .cache/).
   * Loaded before reading and saved right after, when anything changed, so the results are not
   * held while the corpus is linked and the site written. A failed save is logged, not fatal.
   */
  cacheDir?: string;
  /** Files ingested by earlier builds (the dev loop keeps one): unchanged files are not read again. */
  ingestCache?: IngestCache;
  /** With `ingestCache`: the only seed files changed since the last build, none added or removed (see IngestOptions). */
  changed?: ReadonlySet<string>;
  /**
   * The seeds, when the caller has ingested them already (to check whether anything changed).
   * Handed over (see handoff.ts): their raw text goes once the articles are read.
   */
  ingested?: Handoff<Ingested>;
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

/** What ingesting the seed folder gives. */
export interface Ingested {
  docs: RawDoc[];
  problems: IngestProblem[];
}

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

interface ReadAndLinked {
  corpus: Corpus;
  /** Each article's body HTML by id. */
  bodies: Map<string, string>;
  problems: IngestProblem[];
  fresh: number;
  /** From relink (the dev loop's builds): the articles made again after a prose edit, or null. */
  reassembled: Set<string> | null;
  /** What the dev loop keeps for relinking; none for a build without `last` (the CLI). */
  state?: LinkState;
}

/** Reads the articles and links the corpus. */
async function readAndLink(opts: BuildOptions, stages: Stages): Promise<ReadAndLinked> {
  const read = await readArticles(opts, stages); // the raw text goes when that returns
  const last = opts.last;
  const { bodies, problems, fresh } = read; // (not the documents: they go once linked)
  if (!last) return { corpus: await timed(stages, "link", () => link(read.docs)), bodies, problems, fresh, reassembled: null };
  const relinked = await timed(stages, "link", () => relink(read.docs, last.link));
  return { corpus: relinked.corpus, bodies, problems, fresh, reassembled: relinked.reassembled, state: relinked.state };
}

/** Ingests (unless handed the seeds) and reads every article, through the cache when there is one. */
async function readArticles(opts: BuildOptions, stages: Stages): Promise<{ docs: ExtractedDoc[]; bodies: Map<string, string>; problems: IngestProblem[]; fresh: number }> {
  const { log } = stages;
  const ingested = opts.ingested?.take() ?? (await timed(stages, "ingest", () => ingestDir(opts.seedsDir, opts.root, opts.ingestCache ? { cache: opts.ingestCache, ...(opts.changed ? { changed: opts.changed } : {}) } : undefined)));
  const problems = [...ingested.problems];
  log(`read ${ingested.docs.length} article${ingested.docs.length === 1 ? "" : "s"} from ${opts.seedsDir}`);
  const disk = opts.cache ? undefined : opts.cacheDir;
  const cache = opts.cache ?? (disk ? await timed(stages, "cache", () => loadDocCache(disk)) : undefined);
  const cachedBefore = cache?.size ?? 0;
  const progress = throttled(log, 2000);
  // `read` is wall time; clean, extract and markdown add up their time on every thread.
  const { read, fresh } = await timed(stages, "read", () =>
    readDocumentsInParallel(ingested.docs, problems, stages.timings, cache, {
      ...(opts.readThread ? { worker: opts.readThread } : {}),
      onProgress: (done, total) => progress(() => `reading articles: ${done} of ${total} done`),
    }),
  );
  if (disk && cache && (fresh > 0 || cache.size !== cachedBefore))
    await timed(stages, "cache", () => saveDocCache(disk, cache).catch((e: Error) => log(`could not save the cache in ${disk}: ${e.message}`)));
  return { docs: read.map((r) => r.doc), bodies: new Map(read.map((r) => [r.doc.id, r.bodyHtml])), problems, fresh };
}

/** The bodies, each removed from `bodies` as it is asked for. */
function takingEach(bodies: Map<string, string>): Bodies {
  return {
    get(id) {
      const html = bodies.get(id);
      bodies.delete(id);
      return html;
    },
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

/** Times for the build's report: ms per stage, resident memory after each. */
interface Stages {
  timings: Record<string, number>;
  memory: Record<string, number>;
  log: (line: string) => void;
}

async function timed<T>(stages: Stages, stage: string, fn: () => T | Promise<T>): Promise<T> {
  const t0 = performance.now();
  try {
    return await fn();
  } finally {
    stages.timings[stage] = (stages.timings[stage] ?? 0) + performance.now() - t0;
    stages.memory[stage] = process.memoryUsage().rss;
  }
}

export async function build(opts: BuildOptions): Promise<BuildResult> {
  const log = opts.log ?? (() => {});
  const stages: Stages = { timings: {}, memory: {}, log };
  const { timings, memory } = stages;
  // Reading's large results (raw text, per-document results, the disk cache) live in the frames
  // of the functions that make them, and go when those return: V8 keeps an async function's
  // locals to its end, so they must not be locals here, where the site is written.
  const { corpus, bodies, problems, fresh, reassembled: relinked, state } = await readAndLink(opts, stages);
  const last = opts.last;
  log(`linked ${corpus.meetings.length} meeting${corpus.meetings.length === 1 ? "" : "s"} and ${corpus.entities.people.length} ${corpus.entities.people.length === 1 ? "person" : "people"}; writing the site`);
  // Rendering and writing interleave (each page is written as it is made): one timing for both.
  const writing = throttled(log, 2000);
  const written = opts.written;
  const inPlace = !!written?.size && existsSync(opts.outDir);
  const config = JSON.stringify(opts.config);
  // Only what the edit can change, when the site on disk is the one `last` describes.
  const reassembled = inPlace && relinked && last?.config === config ? relinked : null;
  const progressed = <T>(files: Iterable<T>) => counting(files, (n) => writing(() => `writing the site: ${n} files so far`));
  let rewritten: number | undefined;
  let made: number | undefined;
  if (last) delete last.link; // until this build's site is on disk, the last one is not known
  const memo = last ? (last.render ??= newRenderMemo()) : undefined;
  const files = await timed(stages, "render+write", async () => {
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
    // Without a memo (the CLI), each body is let go once its page is made.
    const rendered = progressed(renderFiles(corpus, opts.config, memo ? bodies : takingEach(bodies), memo));
    if (!written) return writeSiteAtomically(opts.outDir, rendered);
    // The record changes only once the new site is swapped in: a failed build leaves it true.
    const record: WrittenFiles = new Map();
    const count = await writeSiteAtomically(opts.outDir, recording(rendered, record));
    written.clear();
    for (const [file, hash] of record) written.set(file, hash);
    return count;
  }
  // Only now is the site on disk the one this corpus makes.
  if (last) Object.assign(last, { link: state, config });
  return { articles: corpus.articles.length, files, problems, timings, memory, corpus, fresh, ...(rewritten === undefined ? {} : { rewritten }), ...(made === undefined ? {} : { made }) };
}

