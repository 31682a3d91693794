// "Nothing changed" for the command line: a build whose inputs — every seed's content hash and
// id, the ingest problems, the settings and all of the code — match the last build into the
// same folder leaves that folder as it is (like make). The stamp lives in .cache/, never in the
// published folder; a folder replaced or deleted since (another inode) is built again.

import { createHash } from "node:crypto";
import { mkdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { RawDoc, SiteConfig } from "./types.ts";
import type { IngestProblem } from "./ingest/index.ts";
import { replaceFile } from "./write.ts";

/** What a skipped build reports, as the build that made the folder reported it. */
export interface BuildSummary {
  articles: number;
  meetings: number;
  files: number;
  /** Articles with warnings (for --strict). */
  warned: number;
  /** Every problem of that build, ingest and reading. */
  problems: IngestProblem[];
}

export interface BuildStamp {
  key: string;
  /** Inode of the output folder the build swapped in. */
  outIno: number;
  summary: BuildSummary;
}

export function buildKey(input: { code: string; config: SiteConfig; outDir: string; docs: RawDoc[]; problems: IngestProblem[] }): string {
  const hash = createHash("sha256");
  hash.update(JSON.stringify([input.code, input.config, path.resolve(input.outDir), input.problems]));
  for (const d of input.docs) hash.update(`\n${d.source}\0${d.id}\0${d.hash}`);
  return hash.digest("hex");
}

const stampFile = (cacheDir: string, outDir: string) =>
  path.join(cacheDir, `site-${createHash("sha256").update(path.resolve(outDir)).digest("hex").slice(0, 12)}.json`);

/** The summary of the last build into `outDir` when its key is `key` and the folder is still the one it wrote. */
export async function unchangedSince(cacheDir: string, outDir: string, key: string): Promise<BuildSummary | null> {
  try {
    const stamp = JSON.parse(await readFile(stampFile(cacheDir, outDir), "utf8")) as BuildStamp;
    if (stamp.key !== key) return null;
    const out = await stat(outDir);
    return out.isDirectory() && out.ino === stamp.outIno ? stamp.summary : null;
  } catch {
    return null;
  }
}

export async function saveStamp(cacheDir: string, outDir: string, key: string, summary: BuildSummary): Promise<void> {
  const outIno = (await stat(outDir)).ino;
  await mkdir(cacheDir, { recursive: true });
  await replaceFile(stampFile(cacheDir, outDir), JSON.stringify({ key, outIno, summary } satisfies BuildStamp));
}
