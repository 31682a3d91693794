// A folder of seeds -> RawDoc[]: list, read (bounded), ingest each file, then make ids unique.
// One bad file never stops the others; every problem names its file.

import { statSync } from "node:fs";
import path from "node:path";
import type { RawDoc } from "../types.ts";
import { resolveIds, usableSlug } from "./ids.ts";
import { ingestBytes, resolveLimits } from "./ingest-bytes.ts";
import { tooLargeMessage } from "./limits.ts";
import { listSeeds } from "./list-seeds.ts";
import type { IngestCache, IngestOptions, IngestProblem } from "./problems.ts";
import { ioMessage, readSeedFile, type ReadResult, type SeedReader } from "./read.ts";

export async function ingestDir(
  dir: string,
  root: string,
  opts?: IngestOptions,
  read: SeedReader = readSeedFile,
): Promise<{ docs: RawDoc[]; problems: IngestProblem[] }> {
  const limits = resolveLimits(opts);
  const cache = opts?.cache;
  const last = cache && listings.get(cache);
  // A changed path the cache does not know (spelt another way, through a symlink) voids the hint.
  const hinted = !!opts?.changed && last?.dir === dir && last.root === root && [...opts.changed].every((f) => cache?.has(f));
  if (hinted && cache && last.result) {
    const quick = await changedOnly(opts.changed!, cache, last.result, limits, read);
    if (quick) return quick;
  }
  const listed = hinted ? last.listed : await listSeeds(dir, root);
  const base = path.resolve(root);
  const files = hinted ? last.files : listed.files.map((source) => path.resolve(base, source));
  const listing: Listing = { dir, root, listed, files };
  if (cache) listings.set(cache, listing);
  const problems: IngestProblem[] = [...listed.problems];
  const docs: RawDoc[] = [];

  // Unchanged files come from the cache, checked up front (a stat each); only the others are read.
  const hits = new Map<string, Settled>();
  const stamps = new Map<string, string>();
  if (cache)
    for (const [i, source] of listed.files.entries()) {
      const file = files[i]!;
      const hit = cache.get(file);
      if (hinted && hit && !opts.changed!.has(file)) {
        hits.set(source, { kind: "cached", doc: hit.doc, problems: hit.problems });
        continue;
      }
      const stamp = statStamp(file);
      if (stamp && hit?.stamp === stamp) hits.set(source, { kind: "cached", doc: hit.doc, problems: hit.problems });
      else if (stamp) stamps.set(source, stamp);
    }
  const reading = async (source: string): Promise<Settled> => {
    const result = await read(path.resolve(base, source), limits.maxBytes);
    const stamp = stamps.get(source);
    return result.kind === "ok" && stamp ? { ...result, stamp } : result;
  };
  const reads = readAhead(listed.files.filter((source) => !hits.has(source)), (source) => settle(() => reading(source)));
  for (const source of listed.files) {
    const result = hits.get(source) ?? (await reads.next());
    if (result.kind === "cached") {
      problems.push(...result.problems);
      if (result.doc) docs.push(result.doc);
      continue;
    }
    if (result.kind === "failed") {
      problems.push({ source, severity: "error", message: `cannot read file: ${ioMessage(result.error)}` });
      continue;
    }
    if (result.kind === "too-large") {
      problems.push({ source, severity: "error", message: tooLargeMessage(result.size, limits.maxBytes) });
      continue;
    }
    const ingested = ingestBytes(source, result.bytes, limits);
    if (cache && "stamp" in result && result.stamp) cache.set(path.resolve(base, source), { stamp: result.stamp, ...ingested });
    problems.push(...ingested.problems);
    if (ingested.doc) docs.push(ingested.doc);
  }

  if (cache && !hinted) {
    const listedFiles = new Set(files);
    for (const file of cache.keys()) if (!listedFiles.has(file)) cache.delete(file);
  }
  const unique = withUniqueIds(docs);
  problems.push(...unique.problems);
  if (cache) listing.result = lastResult(unique.docs, problems);
  return { docs: unique.docs, problems };
}

/** The listing each cache was last filled from, reused when the caller says nothing was added or removed. */
const listings = new WeakMap<IngestCache, Listing>();

interface Listing {
  dir: string;
  root: string;
  listed: Awaited<ReturnType<typeof listSeeds>>;
  files: string[];
  /** What the last run gave, for `changedOnly`. */
  result?: LastResult;
}

interface LastResult {
  docs: RawDoc[];
  problems: IngestProblem[];
  /** Each doc's place in `docs`, by source. */
  at: Map<string, number>;
  /** How many docs have each hash of bytes. */
  hashes: Map<string, number>;
}

function lastResult(docs: RawDoc[], problems: IngestProblem[]): LastResult {
  const hashes = new Map<string, number>();
  for (const d of docs) hashes.set(d.hash, (hashes.get(d.hash) ?? 0) + 1);
  return { docs: docs.slice(), problems: problems.slice(), at: new Map(docs.map((d, i) => [d.source, i])), hashes };
}

/**
 * The dev loop's usual case, one file edited, without a pass over the others (each look at one of
 * 4,000 costs memory traffic): last run's docs with the changed files' docs replaced. Only when
 * nothing but their content changed: each was and is a doc without problems, keeps its id and
 * slug (so making ids unique ends the same), was not given another id, and neither had nor has
 * a byte-identical twin. Otherwise null, and the caller takes the whole way (with the changed
 * files already in the cache).
 */
async function changedOnly(
  changed: ReadonlySet<string>,
  cache: IngestCache,
  last: LastResult,
  limits: ReturnType<typeof resolveLimits>,
  read: SeedReader,
): Promise<{ docs: RawDoc[]; problems: IngestProblem[] } | null> {
  const docs = last.docs.slice();
  const hashes = new Map<string, number>();
  for (const file of changed) {
    const hit = cache.get(file);
    const was = hit?.doc;
    if (!hit || !was || hit.problems.length) return null;
    const i = last.at.get(was.source);
    if (i === undefined || last.docs[i] !== was || last.hashes.get(was.hash) !== 1) return null;
    const stamp = statStamp(file);
    if (!stamp) return null;
    if (stamp === hit.stamp) continue; // as it was (an event without a change)
    const result = await settle(() => read(file, limits.maxBytes));
    if (result.kind !== "ok") return null;
    const ingested = ingestBytes(was.source, result.bytes, limits);
    cache.set(file, { stamp, ...ingested });
    const now = ingested.doc;
    if (!now || ingested.problems.length || now.id !== was.id || usableSlug(now.frontMatter.slug) !== usableSlug(was.frontMatter.slug)) return null;
    if (now.hash !== was.hash && (last.hashes.has(now.hash) || hashes.has(now.hash))) return null;
    docs[i] = now;
    if (now.hash !== was.hash) hashes.set(now.hash, 1).set(was.hash, 0);
  }
  for (const [hash, n] of hashes) {
    if (n) last.hashes.set(hash, n);
    else last.hashes.delete(hash);
  }
  last.docs = docs;
  return { docs: docs.slice(), problems: last.problems.slice() };
}

/** Files read at the same time: waiting on one file at a time leaves the disk and the thread pool idle. */
const READ_AHEAD = 16;

type Settled =
  | ReadResult
  | (ReadResult & { stamp: string })
  | { kind: "failed"; error: unknown }
  | { kind: "cached"; doc: RawDoc | null; problems: IngestProblem[] };

/**
 * What changes when a file is written, replaced or touched; null when it cannot be read.
 * Synchronous: a stat answers from the kernel's cache in microseconds, and thousands of them
 * through the thread pool cost the dev loop ~0.1 s at 4,000 seeds.
 */
function statStamp(file: string): string | null {
  const s = statSync(file, { bigint: true, throwIfNoEntry: false });
  return s?.isFile() ? `${s.size}:${s.mtimeNs}:${s.ctimeNs}:${s.ino}` : null;
}

/** A read that never rejects: a failure waiting in the read-ahead queue must not go unhandled. */
async function settle(reading: () => Promise<Settled>): Promise<Settled> {
  try {
    return await reading();
  } catch (error) {
    return { kind: "failed", error };
  }
}

/** Results of `start(item)` in the items' order, with up to READ_AHEAD of them under way. */
function readAhead<T, R>(items: readonly T[], start: (item: T) => Promise<R>): { next: () => Promise<R> } {
  const queue: Promise<R>[] = [];
  let started = 0;
  const fill = (): void => {
    while (started < items.length && queue.length < READ_AHEAD) queue.push(start(items[started++]!));
  };
  return {
    next: () => {
      fill();
      const head = queue.shift()!;
      fill();
      return head;
    },
  };
}

/** Applies resolveIds and flags byte-identical seeds (usually a file saved twice). */
function withUniqueIds(docs: RawDoc[]): { docs: RawDoc[]; problems: IngestProblem[] } {
  const claims = docs.map((d) => ({ source: d.source, id: d.id, fromSlug: usableSlug(d.frontMatter.slug) }));
  const { ids, warnings } = resolveIds(claims);
  const firstWithHash = new Map<string, string>();
  const problems: IngestProblem[] = [];
  const out = docs.map((doc) => {
    const extra: string[] = [];
    const renamed = warnings.get(doc.source);
    if (renamed) extra.push(renamed);
    const twin = firstWithHash.get(doc.hash);
    if (twin) extra.push(`same bytes as ${twin} (a duplicate seed?)`);
    else firstWithHash.set(doc.hash, doc.source);
    const id = ids.get(doc.source) ?? doc.id;
    if (id === doc.id && extra.length === 0) return doc; // the same object, build after build: later stages key memos by it
    problems.push(...extra.map((message) => ({ source: doc.source, severity: "warning" as const, message })));
    return { ...doc, id, warnings: [...doc.warnings, ...extra] };
  });
  return { docs: out, problems };
}
