// The per-document cache on disk (.cache/, git-ignored): ReadDoc by source, id and
// content hash, in one file keyed by the pipeline's version — a hash of the code of the
// per-document stages — so any change to that code starts from an empty cache.

import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, open, readFile, readdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
import type { DocCache, ReadDoc } from "./read/documents.ts";

const SRC = sourceDir();
// The code whose output the cache holds.
const STAGE_DIRS = ["ingest", "clean", "extract", "knowledge", "read"];
const STAGE_FILES = ["types.ts", "paths.ts", "render/markdown.ts", "../package-lock.json"];

/** The project's src/: this file's folder, or, run from the bundle (.cache/bin/<id>/), found above it. */
function sourceDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  for (let d = here; path.dirname(d) !== d; d = path.dirname(d)) if (existsSync(path.join(d, "src", "cache.ts"))) return path.join(d, "src");
  return here;
}

/** A hash of the given source files and folders (relative to src/); a missing file hashes as empty. */
async function codeHash(entries: string[]): Promise<string> {
  const files: string[] = [];
  for (const e of entries) {
    const p = path.join(SRC, e);
    const inside = await listFiles(p);
    files.push(...(inside.length ? inside : [p]));
  }
  const hash = createHash("sha256");
  for (const f of files.sort()) {
    hash.update(path.relative(SRC, f));
    hash.update(await readFile(f).catch(() => Buffer.alloc(0)));
  }
  return hash.digest("hex").slice(0, 16);
}

let versionPromise: Promise<string> | null = null;
let siteVersionPromise: Promise<string> | null = null;

/** A hash of every source file of the per-document stages. */
export function pipelineVersion(): Promise<string> {
  return (versionPromise ??= codeHash([...STAGE_DIRS, ...STAGE_FILES]));
}

/** A hash of all the code that makes the site: any change to it means a full rebuild. */
export function siteCodeVersion(): Promise<string> {
  return (siteVersionPromise ??= codeHash([".", "../templates", "../package-lock.json"]));
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listFiles(p)));
    else if (/\.(ts|json)$/.test(e.name)) out.push(p);
  }
  return out;
}

const cacheFile = async (dir: string) => path.join(dir, `docs-${await pipelineVersion()}.v8`);

/** Entries per serialised chunk: the file is written a chunk at a time, never as one huge buffer. */
const CHUNK = 256;

/** The cache for this pipeline version; empty when missing, stale or unreadable. */
export async function loadDocCache(dir: string): Promise<DocCache> {
  const cache: DocCache = new Map();
  try {
    // [u32 length][v8-serialised entries] repeated, read a chunk at a time (the file can be
    // hundreds of megabytes; it is never in memory whole).
    const file = await open(await cacheFile(dir), "r");
    try {
      const size = (await file.stat()).size;
      const head = Buffer.alloc(4);
      for (let at = 0; at < size; ) {
        if ((await file.read(head, 0, 4, at)).bytesRead !== 4) throw new Error("cut short");
        const length = head.readUInt32LE(0);
        if (length > size - at - 4) throw new Error("not a cache file"); // never allocate what a damaged length claims
        const chunk = Buffer.alloc(length);
        if ((await file.read(chunk, 0, length, at + 4)).bytesRead !== length) throw new Error("cut short");
        for (const [key, doc] of deserialize(chunk) as [string, ReadDoc][]) cache.set(key, doc);
        at += 4 + length;
      }
    } finally {
      await file.close();
    }
    return cache;
  } catch {
    return new Map();
  }
}

/** Writes the cache (replacing it atomically) and removes files of other pipeline versions. */
export async function saveDocCache(dir: string, cache: DocCache): Promise<void> {
  await mkdir(dir, { recursive: true });
  const file = await cacheFile(dir);
  const tmp = `${file}.${process.pid}.tmp`;
  const out = await open(tmp, "w");
  try {
    const entries = [...cache];
    for (let i = 0; i < entries.length; i += CHUNK) {
      const chunk = serialize(entries.slice(i, i + CHUNK));
      const length = Buffer.alloc(4);
      length.writeUInt32LE(chunk.length);
      await out.write(length);
      await out.write(chunk);
    }
  } finally {
    await out.close();
  }
  await rename(tmp, file);
  for (const name of await readdir(dir)) {
    if (name.startsWith("docs-") && path.join(dir, name) !== file && !name.endsWith(".tmp")) {
      await rm(path.join(dir, name), { force: true });
    }
  }
}
