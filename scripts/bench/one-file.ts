// The dev loop's one-file change, in process: build once with an in-memory DocCache and record
// of written files (as `npm run dev` keeps them; its watcher also names the changed file), then edit one article at a time and time from the edit to the site
// written (`ms`), and to the pages written (`pagesMs`: when the dev loop reloads the browser; the
// large data files follow). The watcher's own debounce (see src/dev) is not included. Prints JSON on stdout.
//   node --import tsx scripts/bench/one-file.ts --seeds DIR --out DIR [--changes 5]

import { readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { build, type DocCache, type LastBuild } from "../../src/pipeline.ts";
import { loadConfig } from "../../src/config.ts";
import type { WrittenFiles } from "../../src/write-changed.ts";
import type { IngestCache } from "../../src/ingest/index.ts";

const { values } = parseArgs({ options: { seeds: { type: "string" }, out: { type: "string" }, changes: { type: "string", default: "5" } } });
if (!values.seeds || !values.out) {
  process.stderr.write("usage: one-file.ts --seeds DIR --out DIR [--changes 5]\n");
  process.exit(2);
}
const root = process.cwd();
const seedsDir = path.resolve(values.seeds);
const outDir = path.resolve(values.out);
const config = await loadConfig(root);
const cache: DocCache = new Map();
const written: WrittenFiles = new Map();
const ingestCache: IngestCache = new Map();
const last: LastBuild = {};

let t0 = performance.now();
await build({ root, seedsDir, outDir, config, cache, written, ingestCache, last });
const initialMs = performance.now() - t0;

const names = (await readdir(seedsDir)).filter((n) => n.endsWith(".txt")).sort();
const changes: { file: string; ms: number; pagesMs: number | null; fresh: number; timings: Record<string, number> }[] = [];
for (let i = 0; i < Number(values.changes); i++) {
  const name = names[(i * 7919 + 13) % names.length]!; // spread over the corpus, same files every run
  const file = path.join(seedsDir, name);
  const text = await readFile(file, "utf8");
  // An edit inside the article's prose, as a writer fixing a word would make.
  const edited = text.includes(" said") ? text.replace(" said", " stated") : `${text}\nOne more sentence for the benchmark.\n`;
  t0 = performance.now();
  let pagesMs: number | null = null;
  const start = t0;
  await writeFile(file, edited);
  const r = await build({ root, seedsDir, outDir, config, cache, written, ingestCache, last, changed: new Set([file]), onPagesWritten: () => (pagesMs = performance.now() - start) });
  changes.push({ file: name, ms: performance.now() - t0, pagesMs, fresh: r.fresh, timings: r.timings });
}
process.stdout.write(JSON.stringify({ initialMs, changes }));
