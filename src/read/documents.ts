// The per-document stages, one article at a time: clean -> extract -> the body's HTML. Pure:
// the same RawDoc gives the same result, so results are cached by content hash and can run on
// any thread (see pool.ts).

import type { ExtractedDoc, RawDoc } from "../types.ts";
import type { IngestProblem } from "../ingest/index.ts";
import { clean } from "../clean/index.ts";
import { extract } from "../extract/index.ts";
import { renderMarkdown } from "../render/markdown.ts";
import { replacedAt } from "../replaced.ts";

/** What the corpus-wide stages need from one article. */
export interface ReadDoc {
  doc: ExtractedDoc;
  /** The body as sanitised HTML: rendering Markdown is per-document work, so it is done (and cached) here. */
  bodyHtml: string;
}

/** ReadDoc by source, id and content hash: an unchanged file is not read again. */
export type DocCache = Map<string, ReadDoc>;

/** Keys made before, by document object: ingest gives an unchanged seed's same object each build. */
const keys = new WeakMap<RawDoc, string>();

export function cacheKey(raw: RawDoc): string {
  let key = keys.get(raw);
  if (key === undefined) keys.set(raw, (key = `${raw.source}\0${raw.id}\0${raw.hash}`));
  return key;
}

export type ReadOutcome = { ok: ReadDoc } | { problem: IngestProblem };

/** Reads one article; an exception becomes a problem naming the file and the stage that failed. */
export function readDocument(raw: RawDoc, timings: Record<string, number>): ReadOutcome {
  let stage = "clean";
  try {
    let t0 = performance.now();
    const cleaned = clean(raw);
    timings.clean = (timings.clean ?? 0) + performance.now() - t0;
    stage = "extract";
    t0 = performance.now();
    const doc = extract(cleaned);
    timings.extract = (timings.extract ?? 0) + performance.now() - t0;
    stage = "render the body of";
    t0 = performance.now();
    const bodyHtml = renderMarkdown(doc.body);
    timings.markdown = (timings.markdown ?? 0) + performance.now() - t0;
    return { ok: { doc, bodyHtml } };
  } catch (e) {
    return { problem: { source: raw.source, severity: "error", message: `could not ${stage} this article: ${(e as Error).message}` } };
  }
}

/**
 * Puts the documents' results together in input order: cache hits as they are, new results into
 * the cache, failures into `problems`; then prunes the cache to `docs`. `outcomeOf` is asked
 * only for documents the cache does not have.
 */
export function gather(docs: RawDoc[], problems: IngestProblem[], cache: DocCache | undefined, outcomeOf: (raw: RawDoc) => ReadOutcome): { read: ReadDoc[]; fresh: number } {
  const read: ReadDoc[] = [];
  let fresh = 0;
  for (const raw of docs) {
    const key = cacheKey(raw);
    const hit = cache?.get(key);
    if (hit) {
      read.push(hit);
      continue;
    }
    const outcome = outcomeOf(raw);
    if ("problem" in outcome) {
      problems.push(outcome.problem);
      continue;
    }
    cache?.set(key, outcome.ok);
    read.push(outcome.ok);
    fresh++;
  }
  if (cache) {
    pruneCache(cache, docs);
    if (read.length === docs.length) lastRead.set(cache, { docs: docs.slice(), read: read.slice() });
    else lastRead.delete(cache);
  }
  return { read, fresh };
}

/** Each cache's last read, when every document gave a result (so `docs` and `read` line up). */
const lastRead = new WeakMap<DocCache, { docs: RawDoc[]; read: ReadDoc[] }>();

/** At most this many replaced documents are looked at one by one. */
const FEW = 64;

/**
 * The dev loop's usual case: the documents of the last read with a few replaced (ingest gives an
 * unchanged seed's same object). Last read's results with those read again (or taken from the
 * cache), and the cache rid of the replaced ones, without a pass over the others' keys (each
 * look at one of 4,000 costs memory traffic). Null when it is not that case, or one of them
 * fails to read: then read them all (`gather`).
 */
export function readFew(docs: RawDoc[], timings: Record<string, number>, cache: DocCache): { read: ReadDoc[]; fresh: number } | null {
  const last = lastRead.get(cache);
  // The cache as last read left it (pruned to those documents: one entry each), not changed since.
  if (!last || cache.size !== last.read.length) return null;
  const replaced = replacedAt(docs, last.docs, FEW);
  if (!replaced) return null;
  const read = last.read.slice();
  let fresh = 0;
  for (const i of replaced) {
    const raw = docs[i]!;
    const key = cacheKey(raw);
    let hit = cache.get(key);
    if (!hit) {
      const outcome = readDocument(raw, timings);
      if ("problem" in outcome) return null;
      cache.set(key, (hit = outcome.ok));
      fresh++;
    }
    read[i] = hit;
  }
  // The cache holds the keys of the documents read (see pruneCache): the replaced ones' keys go,
  // unless a replacement has the same (a source is listed once, so no other document has it).
  const kept = new Set(replaced.map((i) => cacheKey(docs[i]!)));
  for (const i of replaced) if (!kept.has(cacheKey(last.docs[i]!))) cache.delete(cacheKey(last.docs[i]!));
  lastRead.set(cache, { docs: docs.slice(), read: read.slice() });
  return { read, fresh };
}

/** Reads every document on this thread; cache hits are reused and the cache is pruned to `docs`. */
export function readDocuments(
  docs: RawDoc[],
  problems: IngestProblem[],
  timings: Record<string, number> = {},
  cache?: DocCache,
  onProgress?: (done: number, total: number) => void,
): { read: ReadDoc[]; fresh: number } {
  const total = onProgress ? docs.filter((d) => !cache?.has(cacheKey(d))).length : 0;
  let done = 0;
  return gather(docs, problems, cache, (raw) => {
    const outcome = readDocument(raw, timings);
    onProgress?.(++done, total);
    return outcome;
  });
}

/** Drops entries of changed or deleted files. */
export function pruneCache(cache: DocCache, docs: RawDoc[]): void {
  const live = new Set(docs.map(cacheKey));
  for (const key of cache.keys()) if (!live.has(key)) cache.delete(key);
}
