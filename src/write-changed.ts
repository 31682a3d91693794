// The dev loop's writer: after the first build has swapped a whole site in (write.ts), later
// rebuilds replace only the files whose content changed — each one atomically, by writing a
// sibling and renaming it over — and remove the files the site no longer has. A one-word edit
// then rewrites a handful of pages instead of every page. (`npm run build` always swaps.)

import { mkdir, rm, rmdir } from "node:fs/promises";
import path from "node:path";
import { assertInside, replaceFile } from "./write.ts";
import { GONE, hashOf, madeNow, UNHASHED, type FileChange, type FileContent } from "./content.ts";

export { contentHash } from "./content.ts";

/** What is on disk: each file's path in the output folder and a hash of its content. */
export type WrittenFiles = Map<string, string>;

/** Passes `files` through, recording each one's hash in `into` (for the first, swapped-in build). */
export function* recording(files: Iterable<[string, FileContent]>, into: WrittenFiles): Generator<[string, FileContent]> {
  for (const [rel, made] of files) {
    const content = madeNow(made); // made once, for the hash and the write
    into.set(rel, hashOf(content));
    yield [rel, content];
  }
}

/**
 * Renders all of `files` first, keeping only the changed ones, then writes those: a build that
 * fails while rendering leaves the last good site as it was. A file with null content is known
 * to be as the last build wrote it (see renderChanges) and is kept as it is. `complete`: `files`
 * names every file of the site, and the others are removed; otherwise only the files made again
 * and, as GONE, the ones to remove are named (a prose edit at 4,000 articles names ~20 of 21,000).
 * The pages (every file but the very large ones, which are the data files no page loads) are
 * written and removed first; `onPagesWritten` is told then, so the browser can reload while the
 * data files are written.
 */
export async function writeChanged(
  outDir: string,
  files: Iterable<[string, FileChange]>,
  written: WrittenFiles,
  onPagesWritten?: () => void,
  complete = true,
): Promise<{ files: number; made: number; changed: number; removed: number }> {
  let made = 0;
  const seen = new Set<string>();
  const gone: string[] = [];
  const changed: [rel: string, content: FileContent, hash: string][] = [];
  for (const [rel, content0] of files) {
    if (complete) seen.add(rel);
    if (content0 === null) {
      // Kept as it is: its path was checked when it was written.
      if (!written.has(rel)) throw new Error(`${rel} was not made, but no earlier build wrote it`);
      continue;
    }
    if (content0 === GONE) {
      gone.push(rel);
      continue;
    }
    assertInside(rel);
    made++;
    // Parts are made once here: hashing and then writing them would serialise a data file twice.
    const content = madeNow(content0);
    const hash = hashOf(content);
    if (hash === UNHASHED || written.get(rel) !== hash) changed.push([rel, content, hash]);
  }
  const write = async ([rel, content, hash]: (typeof changed)[number]) => {
    const file = path.join(outDir, rel);
    await mkdir(path.dirname(file), { recursive: true });
    await replaceFile(file, content); // the server never sees half a file
    written.set(rel, hash);
  };
  for (const file of changed) if (file[2] !== UNHASHED) await write(file);
  if (complete) for (const rel of written.keys()) if (!seen.has(rel)) gone.push(rel);
  let removed = 0;
  for (const rel of gone) {
    if (!written.has(rel)) continue;
    removed++;
    await rm(path.join(outDir, rel), { force: true });
    await rmdir(path.dirname(path.join(outDir, rel))).catch(() => {}); // the page's folder, once empty
    written.delete(rel);
  }
  onPagesWritten?.();
  for (const file of changed) if (file[2] === UNHASHED) await write(file);
  return { files: complete ? seen.size : written.size, made, changed: changed.length, removed };
}
