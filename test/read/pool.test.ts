// The reading pool gives exactly what reading on one thread gives, in the same order, using the
// worker of the bundle that `npm run build` runs (scripts/newsfold.mjs makes it).

import { writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { ingestDir } from "../../src/ingest/index.ts";
import { readDocuments, type DocCache } from "../../src/read/documents.ts";
import { readDocumentsInParallel, readThreadEntry } from "../../src/read/pool.ts";
import { writeCorpus } from "../../scripts/bench/corpus.ts";
import { bundle } from "../../scripts/bundle.mjs";
import { repoRoot, tempDir } from "../robustness/helpers.ts";

let worker: URL | null = null;
const bundledWorker = async (): Promise<URL> => (worker ??= pathToFileURL(path.join(await bundle(), "read-worker.mjs")));

describe("reading on worker threads", () => {
  it("returns what one thread returns, in input order, and fills and prunes the cache the same way", async () => {
    const { dir, cleanup } = await tempDir("pool");
    try {
      await writeCorpus(path.join(dir, "seeds"), 24);
      const { docs } = await ingestDir(path.join(dir, "seeds"), dir);
      const single = readDocuments(docs, []);

      const cache: DocCache = new Map();
      const timings: Record<string, number> = {};
      const seen: [number, number][] = [];
      const onProgress = (done: number, total: number) => seen.push([done, total]);
      const first = await readDocumentsInParallel(docs, [], timings, cache, { worker: { script: await bundledWorker() }, threads: 2, minDocsPerThread: 1, onProgress });
      expect(seen.at(-1)).toEqual([docs.length, docs.length]); // progress ends at "all of them"
      expect(first.fresh).toBe(docs.length);
      expect(first.read).toEqual(single.read);
      expect(cache.size).toBe(docs.length);
      expect(timings.extract).toBeGreaterThan(0); // the workers' own stage times come back

      // Half the documents cached: only the other half is read; the result is the same.
      for (const key of [...cache.keys()].slice(0, 12)) cache.delete(key);
      const second = await readDocumentsInParallel(docs, [], {}, cache, { worker: { script: await bundledWorker() }, threads: 2, minDocsPerThread: 1 });
      expect(second.fresh).toBe(12);
      expect(second.read).toEqual(single.read);

      // A deleted file leaves the cache.
      const fewer = await readDocumentsInParallel(docs.slice(1), [], {}, cache, { worker: { script: await bundledWorker() }, threads: 2, minDocsPerThread: 1 });
      expect(fewer.fresh).toBe(0);
      expect(cache.size).toBe(docs.length - 1);
    } finally {
      await cleanup();
    }
  }, 60_000);

  it("runs the reading threads from the sources too (through the tsx shim), as npm run dev does", async () => {
    const entry = readThreadEntry();
    expect(entry?.data?.tsEntry).toMatch(/read\/worker\.ts$/);
    const { docs } = await ingestDir(path.join(repoRoot, "seeds"), repoRoot);
    const timings: Record<string, number> = {};
    const r = await readDocumentsInParallel(docs, [], timings, undefined, { worker: entry!, threads: 2, minDocsPerThread: 1 });
    expect(r.read).toEqual(readDocuments(docs, []).read);
    expect(timings.extract).toBeGreaterThan(0); // the threads' own stage times came back: they read
  }, 60_000);

  it("reads on this thread too, between the workers' messages, and keeps input order", async () => {
    const { dir, cleanup } = await tempDir("pool-here");
    try {
      await writeCorpus(path.join(dir, "seeds"), 100);
      const { docs } = await ingestDir(path.join(dir, "seeds"), dir);
      // A worker that answers each batch at once with a marker: what it did not answer, this thread read.
      const stub = path.join(dir, "stub.mjs");
      await writeFile(stub, `import { parentPort } from "node:worker_threads";\nparentPort.on("message", ({ batch, docs }) => parentPort.postMessage({ batch, outcomes: docs.map((d) => ({ ok: { doc: { id: d.id }, bodyHtml: "worker" } })), timings: {} }));\n`);
      const seen: number[] = [];
      const r = await readDocumentsInParallel(docs, [], {}, undefined, { worker: { script: pathToFileURL(stub) }, threads: 2, minDocsPerThread: 1, onProgress: (done) => seen.push(done) });
      expect(r.read.map((x) => x.doc.id)).toEqual(docs.map((d) => d.id));
      const here = r.read.filter((x) => x.bodyHtml !== "worker");
      expect(here.length).toBeGreaterThan(0);
      expect(here.length).toBeLessThan(docs.length);
      const single = new Map(readDocuments(docs, []).read.map((x) => [x.doc.id, x]));
      for (const x of here) expect(x).toEqual(single.get(x.doc.id));
      expect(seen.at(-1)).toBe(docs.length);
      expect(seen).toEqual([...seen].sort((a, b) => a - b));
    } finally {
      await cleanup();
    }
  }, 60_000);

  it("fails with a clear error, not a hang, when a reading thread dies or throws", async () => {
    const { dir, cleanup } = await tempDir("pool-crash");
    try {
      await writeCorpus(path.join(dir, "seeds"), 4);
      const { docs } = await ingestDir(path.join(dir, "seeds"), dir);
      const dying = path.join(dir, "dying.mjs");
      await writeFile(dying, `import { parentPort } from "node:worker_threads";\nparentPort.on("message", () => process.exit(3));\n`);
      await expect(readDocumentsInParallel(docs, [], {}, undefined, { worker: { script: pathToFileURL(dying) }, threads: 2, minDocsPerThread: 1 })).rejects.toThrow(/exit code 3/);
      const throwing = path.join(dir, "throwing.mjs");
      await writeFile(throwing, `import { parentPort } from "node:worker_threads";\nparentPort.on("message", () => { throw new Error("boom"); });\n`);
      await expect(readDocumentsInParallel(docs, [], {}, undefined, { worker: { script: pathToFileURL(throwing) }, threads: 2, minDocsPerThread: 1 })).rejects.toThrow(/reading thread failed: boom/);
    } finally {
      await cleanup();
    }
  });

  it("after a few documents are replaced, reads only those, and gives and keeps what reading them all gives", async () => {
    const { docs } = await ingestDir(path.join(repoRoot, "seeds"), repoRoot);
    const cache: DocCache = new Map();
    await readDocumentsInParallel(docs, [], {}, cache);
    const edited = (i: number, text: string) => docs.map((d, j) => (j === i ? { ...d, text, hash: `edited-${text.length}` } : d));
    let now = docs;
    for (const [i, text] of [[1, `${docs[1]!.text}\n\nOne more paragraph.\n`], [3, `${docs[3]!.text}\n\nAnother.\n`], [1, docs[1]!.text]] as const) {
      now = edited(i, text).map((d, j) => (j === i ? d : now[j]!));
      const problems: never[] = [];
      const timings: Record<string, number> = {};
      const r = await readDocumentsInParallel(now, problems, timings, cache);
      expect(r.fresh).toBe(1);
      expect(r.read).toEqual(readDocuments(now, []).read);
      expect(problems).toEqual([]);
      expect([...cache.keys()].sort()).toEqual(now.map((d) => `${d.source}\0${d.id}\0${d.hash}`).sort());
    }
    // A document that fails to read: reported, as reading them all reports it.
    const broken = now.map((d, j) => (j === 2 ? ({ ...d, text: null, hash: "broken" } as unknown as typeof d) : d));
    const problems: unknown[] = [];
    const r = await readDocumentsInParallel(broken, problems as never[], {}, cache);
    const expected: unknown[] = [];
    expect(r.read).toEqual(readDocuments(broken, expected as never[]).read);
    expect(problems).toEqual(expected);
    expect(problems).toHaveLength(1);
  });

  it("stays on this thread when there are too few documents to pay for starting workers", async () => {
    const { docs } = await ingestDir(path.join(repoRoot, "seeds"), repoRoot);
    const bogusWorker = pathToFileURL(path.join(repoRoot, "does-not-exist.mjs"));
    const seen: number[] = [];
    const out = await readDocumentsInParallel(docs, [], {}, undefined, { worker: { script: bogusWorker }, threads: 2, onProgress: (done) => seen.push(done) });
    expect(seen).toEqual(docs.map((_, i) => i + 1));
    expect(out.read.map((r) => r.doc.id)).toEqual(readDocuments(docs, []).read.map((r) => r.doc.id));
  });
});
