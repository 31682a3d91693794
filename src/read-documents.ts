// clean + extract per document, with a cache of earlier results. Pure but for the timings
// it adds to; used by the pipeline on the main thread and by the reading workers.

import type { ExtractedDoc, RawDoc } from "./types.ts";
import type { IngestProblem } from "./ingest/index.ts";
import { clean } from "./clean/index.ts";
import { extract } from "./extract/index.ts";

/** ExtractedDoc by source, id and content hash: an unchanged file is not cleaned or read again. */
export type DocCache = Map<string, ExtractedDoc>;

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
