import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

/** A fresh project root in the OS temp folder with an empty seeds/ inside. */
export async function tempProject(): Promise<{ root: string; seeds: string; cleanup: () => Promise<void> }> {
  const root = await mkdtemp(path.join(os.tmpdir(), "newsfold-ingest-"));
  const seeds = path.join(root, "seeds");
  await mkdir(seeds);
  return { root, seeds, cleanup: () => rm(root, { recursive: true, force: true }) };
}

export async function put(dir: string, name: string, content: string | Uint8Array): Promise<string> {
  const file = path.join(dir, name);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
  return file;
}

export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
