// Reading one seed file, bounded: the size is checked on the open handle before reading, and
// reading stops once the limit is passed (the file may grow between listing and reading).

import { constants } from "node:fs";
import { open } from "node:fs/promises";

export type ReadResult = { kind: "ok"; bytes: Uint8Array } | { kind: "too-large"; size: number };

/** Reads a file of at most `maxBytes`; rejects with the file system's error otherwise. Injectable for tests. */
export type SeedReader = (absolutePath: string, maxBytes: number) => Promise<ReadResult>;

const CHUNK = 1024 * 1024;
/** Smallest read once the size from stat is used up: a file that grew since. */
const PROBE = 4096;

export const readSeedFile: SeedReader = async (absolutePath, maxBytes) => {
  // O_NONBLOCK: opening a named pipe must not wait for a writer.
  const handle = await open(absolutePath, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw Object.assign(new Error("not a regular file"), { code: "ENOTREG" });
    if (info.size > maxBytes) return { kind: "too-large", size: info.size };
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      // Sized to what stat promised, +1 to see the end: a fresh 1 MiB buffer per read costs more than a small file's read.
      const expected = Math.max(info.size + 1 - total, PROBE);
      const buffer = new Uint8Array(Math.min(CHUNK, maxBytes + 1 - total, expected));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) return { kind: "too-large", size: total };
      // A short read of a regular file is its end (as fs.readFile assumes); a full one may mean it grew.
      if (bytesRead < buffer.length) break;
    }
    return { kind: "ok", bytes: concat(chunks, total) };
  } finally {
    await handle.close();
  }
};

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** A file-system error in words, with its code: "permission denied (EACCES)". */
export function ioMessage(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  const words: Record<string, string> = {
    EACCES: "permission denied",
    EPERM: "operation not permitted",
    ENOENT: "no such file or folder (it may have been moved or deleted)",
    ENOTDIR: "not a folder",
    EISDIR: "is a folder",
    ELOOP: "too many symlink levels",
    EMFILE: "too many open files",
    ENOTREG: "not a regular file",
  };
  const code = typeof e?.code === "string" ? e.code : undefined;
  if (code && words[code]) return `${words[code]} (${code})`;
  return err instanceof Error ? err.message : String(err);
}
