// Writes the whole site into a fresh sibling folder, then swaps it in with renames, so a crash
// or Ctrl-C mid-build leaves the previous output intact and no stale page survives.

import { mkdir, open, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { TextParts, type FileContent } from "./content.ts";
import path from "node:path";

/** Files written at once: enough to keep the disk busy while the next pages are rendered. */
const IN_FLIGHT = 64;

/**
 * Writes every file of `files` (taken one at a time, so a generator can render the next page
 * while earlier ones are written) into a fresh folder, then swaps it in. Returns the file count.
 */
export async function writeSiteAtomically(outDir: string, files: Iterable<[string, FileContent]>): Promise<number> {
  const abs = path.resolve(outDir);
  const parent = path.dirname(abs);
  const base = path.basename(abs);
  const tmp = path.join(parent, `.${base}-tmp-${process.pid}`);
  const old = path.join(parent, `.${base}-old-${process.pid}`);
  await rm(tmp, { recursive: true, force: true });
  await clearInterrupted(parent, base, abs);
  const inFlight = new Set<Promise<void>>();
  const seen = new Set<string>();
  try {
    await mkdir(tmp, { recursive: true });
    const dirs = new Map<string, Promise<unknown>>([[tmp, Promise.resolve()]]);
    for (const [rel, content] of files) {
      assertInside(rel);
      if (seen.has(rel)) throw new Error(`two files for one path: ${rel}`);
      seen.add(rel);
      const file = path.join(tmp, rel);
      const dir = path.dirname(file);
      let made = dirs.get(dir);
      if (!made) dirs.set(dir, (made = mkdir(dir, { recursive: true })));
      const write: Promise<void> = made.then(() => writeContent(file, content)).finally(() => inFlight.delete(write));
      inFlight.add(write);
      if (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
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
    await Promise.allSettled(inFlight); // let started writes finish before their folder goes
    await rm(tmp, { recursive: true, force: true });
    throw e;
  }
  return seen.size;
}

/** Bytes per write when a file is made of parts. */
const PART_BUFFER = 1 << 20;
/** Buffers per writev (the system's limit is 1024). */
const IOV_MAX = 1024;

/** Writes text, bytes or parts (gathered into ~1 MiB writes, bytes as they are) to `file`. */
export async function writeContent(file: string, content: FileContent): Promise<void> {
  if (!(content instanceof TextParts)) return writeFile(file, content);
  const handle = await open(file, "w");
  try {
    let batch: Uint8Array[] = [];
    let size = 0;
    let pending = "";
    const flushText = () => {
      if (pending) batch.push(Buffer.from(pending));
      size += pending.length;
      pending = "";
    };
    const flush = async () => {
      flushText();
      if (batch.length) await handle.writev(batch);
      batch = [];
      size = 0;
    };
    for (const part of content.parts()) {
      if (typeof part === "string") {
        pending += part;
        if (pending.length >= PART_BUFFER) flushText();
      } else {
        flushText();
        batch.push(part);
        size += part.byteLength;
      }
      if (size >= PART_BUFFER || batch.length >= IOV_MAX - 1) await flush();
    }
    await flush();
  } finally {
    await handle.close();
  }
}

/** Replaces `file` whole: written beside it, then renamed over it, so no reader sees half of it. */
export async function replaceFile(file: string, content: FileContent): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await writeContent(tmp, content);
  await rename(tmp, file);
}

export function assertInside(rel: string): void {
  const norm = path.posix.normalize(rel);
  if (path.isAbsolute(rel) || norm.startsWith("../") || norm === "..") throw new Error(`refusing to write outside the output folder: ${rel}`);
}

/**
 * A build killed mid-write (Ctrl-C, SIGKILL) leaves its `.<out>-tmp-<pid>` folder behind, and one
 * killed between the two renames leaves the previous site in `.<out>-old-<pid>` with no <out>.
 * Put such a site back and remove the rest; folders of a live process (a concurrent build) stay.
 */
async function clearInterrupted(parent: string, base: string, abs: string): Promise<void> {
  const names = await readdir(parent).catch(() => [] as string[]);
  const prefix = `.${base}-`;
  for (const name of names) {
    const m = name.startsWith(prefix) ? /^(tmp|old)-(\d+)$/.exec(name.slice(prefix.length)) : null;
    if (!m || isAlive(Number(m[2]))) continue;
    const dir = path.join(parent, name);
    if (m[1] === "old" && !(await exists(abs))) await rename(dir, abs).catch(() => {});
    else await rm(dir, { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM"; // exists, owned by someone else
  }
}

const exists = (p: string): Promise<boolean> => stat(p).then(() => true, () => false);
