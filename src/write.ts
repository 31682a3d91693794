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

/**
 * Writes text, bytes or parts to `file`. Parts are encoded straight into one buffer, written
 * each time it fills: joining them into strings first copied the whole file's text (tens of MB
 * for data/articles.json at thousands of articles), garbage that grew the heap by as much.
 */
export async function writeContent(file: string, content: FileContent): Promise<void> {
  if (!(content instanceof TextParts)) return writeFile(file, content);
  const handle = await open(file, "w");
  try {
    const buffer = Buffer.allocUnsafe(PART_BUFFER);
    let used = 0;
    const writeAll = async (bytes: Uint8Array, length = bytes.byteLength) => {
      for (let at = 0; at < length; ) at += (await handle.write(bytes, at, length - at)).bytesWritten;
    };
    const flush = async () => {
      await writeAll(buffer, used);
      used = 0;
    };
    for (const part of content.parts()) {
      // A string's UTF-8 takes at most 3 bytes per UTF-16 unit.
      const most = typeof part === "string" ? part.length * 3 : part.byteLength;
      if (most > PART_BUFFER - used) {
        await flush();
        if (most > PART_BUFFER) {
          await writeAll(typeof part === "string" ? Buffer.from(part) : part);
          continue;
        }
      }
      if (typeof part === "string") used += buffer.write(part, used);
      else {
        buffer.set(part, used);
        used += part.byteLength;
      }
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
