// The pipeline, top to bottom: ingest -> clean -> extract (per document) -> link (corpus)
// -> render -> write. Per-document failures are reported with the file's path and never
// stop the other articles; the output folder is swapped in whole, never half-written.

import type { Corpus, ExtractedDoc, RawDoc, SiteConfig } from "./types.ts";
import { ingestDir, type IngestProblem } from "./ingest/index.ts";
import { clean } from "./clean/index.ts";
import { extract } from "./extract/index.ts";
import { link } from "./link/index.ts";
import { renderSite } from "./render/index.ts";
import { writeSiteAtomically } from "./write.ts";
import { buildSearchIndex } from "./search/index.ts";

export interface BuildOptions {
  root: string; // project root: seed paths are reported relative to it
  seedsDir: string;
  outDir: string;
  config: SiteConfig;
  log?: (line: string) => void;
  /** Per-document results from earlier builds (the dev loop and the disk cache keep one). */
  cache?: DocCache;
}

/** ExtractedDoc by source, id and content hash: an unchanged file is not cleaned or read again. */
export type DocCache = Map<string, ExtractedDoc>;

export interface BuildResult {
  articles: number;
  files: number;
  problems: IngestProblem[];
  timings: Record<string, number>; // ms per stage
  corpus: Corpus;
  /** Documents cleaned and read in this build; the others came from the cache. */
  fresh: number;
}

export async function build(opts: BuildOptions): Promise<BuildResult> {
  const log = opts.log ?? (() => {});
  const timings: Record<string, number> = {};
  const timed = async <T>(stage: string, fn: () => T | Promise<T>): Promise<T> => {
    const t0 = performance.now();
    try {
      return await fn();
    } finally {
      timings[stage] = (timings[stage] ?? 0) + performance.now() - t0;
    }
  };

  const { docs, problems } = await timed("ingest", () => ingestDir(opts.seedsDir, opts.root));
  log(`read ${docs.length} article${docs.length === 1 ? "" : "s"} from ${opts.seedsDir}`);
  const { extracted, fresh } = readDocuments(docs, problems, timings, opts.cache);
  const corpus = await timed("link", () => link(extracted));
  const files = await timed("render", () => renderSite(corpus, opts.config));
  await timed("write", () => writeSiteAtomically(opts.outDir, files, { beforeSwap: (dir) => timed("search", () => buildSearchIndex(dir)).then(() => {}) }));
  return { articles: corpus.articles.length, files: files.size, problems, timings, corpus, fresh };
}

/** clean + extract each document; a document that throws is reported and left out. */
export function readDocuments(
  docs: RawDoc[],
  problems: IngestProblem[],
  timings: Record<string, number> = {},
  cache?: DocCache,
): { extracted: ExtractedDoc[]; fresh: number } {
  const extracted: ExtractedDoc[] = [];
  const live = new Set<string>();
  let fresh = 0;
  for (const raw of docs) {
    const key = `${raw.source}\0${raw.id}\0${raw.hash}`;
    live.add(key);
    const hit = cache?.get(key);
    if (hit) {
      extracted.push(hit);
      continue;
    }
    let stage = "clean";
    try {
      let t0 = performance.now();
      const cleaned = clean(raw);
      timings.clean = (timings.clean ?? 0) + performance.now() - t0;
      stage = "extract";
      t0 = performance.now();
      const doc = extract(cleaned);
      timings.extract = (timings.extract ?? 0) + performance.now() - t0;
      cache?.set(key, doc);
      extracted.push(doc);
      fresh++;
    } catch (e) {
      problems.push({ source: raw.source, severity: "error", message: `could not ${stage} this article: ${(e as Error).message}` });
    }
  }
  if (cache) for (const key of cache.keys()) if (!live.has(key)) cache.delete(key); // changed or deleted files
  return { extracted, fresh };
}
