// Deterministic synthetic corpus: N raw news pages as plain-text dumps (page chrome around a
// China–Russia security meeting story), written to a folder. Same seed, same files, byte for byte.
//   npx tsx scripts/bench/corpus.ts --n 1000 --out DIR [--seed S]

import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { officialPool } from "./corpus/cast.ts";
import { generatePage, type GeneratedPage } from "./corpus/article.ts";

export const DEFAULT_SEED = "newsfold-bench";

/** The first `n` pages of corpus `seed`. */
export function* generateCorpus(n: number, seed = DEFAULT_SEED): Generator<GeneratedPage> {
  const pool = officialPool(seed);
  for (let i = 0; i < n; i++) yield generatePage(seed, i, pool);
}

/** Writes the corpus into `outDir` (created if missing); returns the file paths, headlines by file name, and total bytes. */
export async function writeCorpus(outDir: string, n: number, seed = DEFAULT_SEED): Promise<{ files: string[]; titles: Map<string, string>; bytes: number }> {
  await mkdir(outDir, { recursive: true });
  const files: string[] = [];
  const titles = new Map<string, string>();
  let bytes = 0;
  for (const page of generateCorpus(n, seed)) {
    const file = path.join(outDir, page.name);
    await writeFile(file, page.text);
    files.push(file);
    titles.set(page.name, page.title);
    bytes += Buffer.byteLength(page.text);
  }
  return { files, titles, bytes };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { n: { type: "string" }, out: { type: "string" }, seed: { type: "string" } } });
  const n = Number(values.n);
  if (!Number.isInteger(n) || n < 1 || !values.out) {
    process.stderr.write("usage: npx tsx scripts/bench/corpus.ts --n 1000 --out DIR [--seed S]\n");
    process.exit(2);
  }
  const { files, bytes } = await writeCorpus(path.resolve(values.out), n, values.seed ?? DEFAULT_SEED);
  process.stderr.write(`wrote ${files.length} articles (${(bytes / 1024 / 1024).toFixed(1)} MiB) into ${values.out}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
