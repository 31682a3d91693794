// Reads the documents the cache does not have on worker threads, when there are enough of them
// to pay for starting workers (each loads the bundled pipeline: ~0.1-0.2 s). Workers pull small
// batches, so a slow batch does not leave a core idle; results come back in input order.

import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { RawDoc } from "../types.ts";
import type { IngestProblem } from "../ingest/index.ts";
import { threadEntry, type ThreadEntry } from "../threads.ts";
import { cacheKey, gather, readDocument, readDocuments, readFew, type DocCache, type ReadDoc, type ReadOutcome } from "./documents.ts";

export interface PoolOptions {
  /** The worker entry (`readThreadEntry()`). Without it everything runs on this thread. */
  worker?: ThreadEntry;
  /** Threads to use; default: the machine's available parallelism. */
  threads?: number;
  /** Uncached documents a thread needs to be worth starting (default 150). */
  minDocsPerThread?: number;
  /** Called as uncached documents are read: how many so far, of how many. */
  onProgress?: (done: number, total: number) => void;
}

/** The reading threads' entry (see threads.ts). */
export const readThreadEntry = (): ThreadEntry | null => threadEntry("read-worker.mjs", "read/worker.ts");

/** Messages between the pool and a worker. */
export type ToWorker = { batch: number; docs: RawDoc[] };
export type FromWorker = { batch: number; outcomes: ReadOutcome[]; timings: Record<string, number> };

const BATCH = 40;
/** Documents this thread reads between looks at the workers' messages (~5 ms each). */
const HERE_BATCH = 8;
/** Below this many uncached documents per thread, start-up costs more than the threads save. */
const MIN_DOCS_PER_THREAD = 150;

export async function readDocumentsInParallel(
  docs: RawDoc[],
  problems: IngestProblem[],
  timings: Record<string, number> = {},
  cache?: DocCache,
  opts: PoolOptions = {},
): Promise<{ read: ReadDoc[]; fresh: number }> {
  const few = cache && readFew(docs, timings, cache);
  if (few) return few;
  const missing = docs.filter((d) => !cache?.has(cacheKey(d)));
  const threads = Math.min(opts.threads ?? availableParallelism(), Math.floor(missing.length / (opts.minDocsPerThread ?? MIN_DOCS_PER_THREAD)));
  if (!opts.worker || threads < 2) return readDocuments(docs, problems, timings, cache, opts.onProgress);

  const outcomes = await runWorkers(missing, threads, opts.worker, timings, opts.onProgress);
  const byKey = new Map<string, ReadOutcome>(missing.map((d, i) => [cacheKey(d), outcomes[i]!]));
  return gather(docs, problems, cache, (raw) => byKey.get(cacheKey(raw))!);
}

/**
 * Reads `docs` on `threads` threads: this one and `threads - 1` workers. This thread reads small
 * batches between the workers' messages rather than waiting on them: a worker is a whole second
 * copy of the pipeline's heap and code (~150 MB), and its results must be copied back.
 */
function runWorkers(docs: RawDoc[], threads: number, entry: ThreadEntry, timings: Record<string, number>, onProgress?: (done: number, total: number) => void): Promise<ReadOutcome[]> {
  const outcomes: ReadOutcome[] = new Array(docs.length);
  let next = 0;
  let done = 0;
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    let settled = false;
    const retired = new Set<Worker>(); // stopped by us: no work left for them
    const sent = new Map<Worker, number>(); // batches sent and not answered yet
    const fail = (e: Error) => {
      if (settled) return;
      settled = true;
      for (const w of workers) void w.terminate();
      reject(e);
    };
    const finished = (n: number) => {
      done += n;
      onProgress?.(done, docs.length);
      if (done < docs.length || settled) return;
      settled = true;
      for (const x of workers) void x.terminate();
      resolve(outcomes);
    };
    const feed = (w: Worker) => {
      if (next >= docs.length) {
        if (!sent.get(w)) {
          retired.add(w);
          void w.terminate();
        }
        return;
      }
      const batch = next;
      next += BATCH;
      sent.set(w, (sent.get(w) ?? 0) + 1);
      w.postMessage({ batch, docs: docs.slice(batch, batch + BATCH) } satisfies ToWorker);
    };
    for (let i = 0; i < threads - 1; i++) {
      const w = new Worker(entry.script, entry.data ? { workerData: entry.data } : {});
      workers.push(w);
      w.on("message", (msg: FromWorker) => {
        msg.outcomes.forEach((o, j) => (outcomes[msg.batch + j] = o));
        for (const [stage, ms] of Object.entries(msg.timings)) timings[stage] = (timings[stage] ?? 0) + ms;
        sent.set(w, sent.get(w)! - 1);
        feed(w);
        finished(msg.outcomes.length);
      });
      w.on("error", (e) => fail(new Error(`a reading thread failed: ${e.message}`)));
      // A worker that dies without an error event (out of memory, killed) must not leave the build waiting.
      w.on("exit", (code) => {
        if (!settled && !retired.has(w)) fail(new Error(`a reading thread stopped (exit code ${code}) with articles still to read`));
      });
      // Two batches each, so a worker has the next one while this thread is busy reading.
      feed(w);
      feed(w);
    }
    void (async () => {
      while (!settled && next < docs.length) {
        const batch = next;
        next = Math.min(docs.length, next + HERE_BATCH);
        for (let i = batch; i < next; i++) outcomes[i] = readDocument(docs[i]!, timings);
        finished(next - batch);
        await new Promise((r) => setImmediate(r)); // the workers' messages
      }
    })().catch((e: Error) => fail(e));
  });
}
