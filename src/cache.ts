// The per-document cache on disk (.cache/, git-ignored): ExtractedDoc by source, id and
// content hash, in one file keyed by the pipeline's version — a hash of the code of the
// per-document stages — so any change to that code starts from an empty cache.

import { createHash } from "node:crypto";
import { mkdir, readFile, readdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
import type { DocCache } from "./pipeline.ts";
import type { ExtractedDoc } from "./types.ts";

const SRC = path.dirname(fileURLToPath(import.meta.url));
// The code whose output the cache holds.
const STAGE_DIRS = ["ingest", "clean", "extract", "knowledge"];
const STAGE_FILES = ["types.ts", "read-documents.ts", "paths.ts"];

let versionPromise: Promise<string> | null = null;

/** A hash of every source file of the per-document stages. */
export function pipelineVersion(): Promise<string> {
  versionPromise ??= (async () => {
    const files: string[] = STAGE_FILES.map((f) => path.join(SRC, f));
    for (const dir of STAGE_DIRS) files.push(...(await listFiles(path.join(SRC, dir))));
    const hash = createHash("sha256");
    for (const f of files.sort()) {
      hash.update(path.relative(SRC, f));
      hash.update(await readFile(f).catch(() => Buffer.alloc(0)));
    }
    return hash.digest("hex").slice(0, 16);
  })();
  return versionPromise;
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

/** The cache for this pipeline version; empty when missing, stale or unreadable. */
export async function loadDocCache(dir: string): Promise<DocCache> {
  try {
    const entries = deserialize(await readFile(await cacheFile(dir))) as [string, ExtractedDoc][];
    return new Map(entries);
  } catch {
    return new Map();
  }
}

/** Writes the cache (replacing it atomically) and removes files of other pipeline versions. */
export async function saveDocCache(dir: string, cache: DocCache): Promise<void> {
  await mkdir(dir, { recursive: true });
  const file = await cacheFile(dir);
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, serialize([...cache]));
  await rename(tmp, file);
  for (const name of await readdir(dir)) {
    if (name.startsWith("docs-") && path.join(dir, name) !== file && !name.endsWith(".tmp")) {
      await rm(path.join(dir, name), { force: true });
    }
  }
}
