// Shared by the robustness tests: temp projects, file-tree hashes, and a small article written
// for these tests (not taken from the seeds).

import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

export const repoRoot = path.resolve(import.meta.dirname, "../..");

export async function tempDir(prefix: string): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `newsfold-${prefix}-`));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Every file under `dir` (relative, "/"-separated) with the sha256 of its bytes, in sorted order. */
export async function hashTree(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = async (d: string): Promise<void> => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else out.set(path.relative(dir, p).split(path.sep).join("/"), createHash("sha256").update(await readFile(p)).digest("hex"));
    }
  };
  await walk(dir);
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export async function put(dir: string, name: string, content: string | Uint8Array): Promise<string> {
  const file = path.join(dir, name);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
  return file;
}

/** A short, plain news article; `marker` is a word that appears once in its body. */
export function article(title: string, marker: string): string {
  return `${title}

By Test Writer

VLADIVOSTOK, March 3, 2024 — Port officials from two neighbouring countries met on Tuesday to discuss customs rules for container traffic. The ${marker} talks covered inspection times and shared data systems.

The delegations agreed to meet again in the autumn, according to a statement released after the meeting.
`;
}
