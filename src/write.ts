// Writes the whole site into a fresh sibling folder, then swaps it in with renames, so a crash
// or Ctrl-C mid-build leaves the previous output intact and no stale page survives.

import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

export interface WriteOptions {
  /** Runs on the complete new folder before it is swapped in (e.g. to index it for search). */
  beforeSwap?: (dir: string) => Promise<void>;
}

export async function writeSiteAtomically(outDir: string, files: Map<string, string | Uint8Array>, opts: WriteOptions = {}): Promise<void> {
  const abs = path.resolve(outDir);
  const parent = path.dirname(abs);
  const base = path.basename(abs);
  const tmp = path.join(parent, `.${base}-tmp-${process.pid}`);
  const old = path.join(parent, `.${base}-old-${process.pid}`);
  await rm(tmp, { recursive: true, force: true });
  try {
    const dirs = new Set<string>();
    for (const rel of files.keys()) {
      assertInside(rel);
      dirs.add(path.dirname(path.join(tmp, rel)));
    }
    for (const d of [...dirs].sort()) await mkdir(d, { recursive: true });
    await mkdir(tmp, { recursive: true });
    const entries = [...files];
    const BATCH = 64; // bounded parallel writes
    for (let i = 0; i < entries.length; i += BATCH) {
      await Promise.all(entries.slice(i, i + BATCH).map(([rel, content]) => writeFile(path.join(tmp, rel), content)));
    }
    if (opts.beforeSwap) await opts.beforeSwap(tmp);
    let hadOld = false;
    try {
      await rename(abs, old);
      hadOld = true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
    }
    try {
      await rename(tmp, abs);
    } catch (e) {
      if (hadOld) await rename(old, abs); // put the previous site back
      throw e;
    }
    if (hadOld) await rm(old, { recursive: true, force: true });
  } catch (e) {
    await rm(tmp, { recursive: true, force: true });
    throw e;
  }
}

function assertInside(rel: string): void {
  const norm = path.posix.normalize(rel);
  if (path.isAbsolute(rel) || norm.startsWith("../") || norm === "..") throw new Error(`refusing to write outside the output folder: ${rel}`);
}
