// The dev loop's one-file change, in process: build once with an in-memory DocCache and record
// of written files (as `npm run dev` keeps them; its watcher also names the changed file), then edit one article at a time and time from the edit to the site
// written (`ms`), and to the pages written (`pagesMs`: when the dev loop reloads the browser; the
// large data files follow). The watcher's own debounce (see src/dev) is not included. Then the
// same number of edits through the dev loop itself (`runDev`: chokidar, its wait for writes to
// settle, the debounce, the build): from the save to the pages written (`saveToPagesMs`), and
// from the rebuild's start (the debounce after the file event) to the pages written (`pagesMs`).
// Prints JSON on stdout.
//   node --import tsx scripts/bench/one-file.ts --seeds DIR --out DIR [--changes 5]

import { readFile, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { build, type DocCache, type LastBuild } from "../../src/pipeline.ts";
import { loadConfig } from "../../src/config.ts";
import type { WrittenFiles } from "../../src/write-changed.ts";
import type { IngestCache } from "../../src/ingest/index.ts";
import { DEBOUNCE_MS, runDev, type RebuildReport } from "../../src/dev/index.ts";
import type { OneFileResult } from "./ours.ts";

/** An edit inside the article's prose, as a writer fixing a word would make. */
const proseEdit = (text: string): string => (text.includes(" said") ? text.replace(" said", " stated") : `${text}\nOne more sentence for the benchmark.\n`);

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
const changes: OneFileResult["changes"] = [];
for (let i = 0; i < Number(values.changes); i++) {
  const name = names[(i * 7919 + 13) % names.length]!; // spread over the corpus, same files every run
  const file = path.join(seedsDir, name);
  const text = await readFile(file, "utf8");
  const edited = proseEdit(text);
  t0 = performance.now();
  let pagesMs: number | null = null;
  const start = t0;
  await writeFile(file, edited);
  const r = await build({ root, seedsDir, outDir, config, cache, written, ingestCache, last, changed: new Set([file]), onPagesWritten: () => (pagesMs = performance.now() - start) });
  changes.push({ file: name, ms: performance.now() - t0, pagesMs, fresh: r.fresh, timings: r.timings });
}

// The dev loop itself (its first build reads everything again). What the builds above kept is let
// go first: a real `npm run dev` holds one set of caches, not two.
cache.clear();
written.clear();
ingestCache.clear();
for (const key of Object.keys(last) as (keyof LastBuild)[]) delete last[key];
const reports: ((r: RebuildReport) => void)[] = [];
const session = await runDev({ root, seedsDir, outDir: `${outDir}-dev`, port: 0, log: () => {}, onRebuild: (r) => reports.shift()?.(r) });
const devLoop: OneFileResult["devLoop"] = [];
const devAdded: OneFileResult["devAdded"] = [];
/** Runs `act` (a change to the seeds) through the loop: its rebuild's times, from the save. */
const through = async (act: () => Promise<void>) => {
  const report = new Promise<RebuildReport>((resolve) => reports.push(resolve));
  const saved = performance.now();
  await act();
  const r = await report;
  if (!r.ok) throw new Error(`dev loop rebuild failed: ${r.error}`);
  const started = performance.now() - r.ms; // onRebuild comes as the rebuild ends
  await new Promise((resolve) => setTimeout(resolve, 300)); // changes apart, as a person makes them
  return { saveToPagesMs: r.pagesMs === undefined ? null : started + r.pagesMs - saved, pagesMs: r.pagesMs ?? null, ms: r.ms };
};
try {
  for (let i = 0; i < Number(values.changes); i++) {
    const name = names[(i * 7919 + 2011) % names.length]!;
    const file = path.join(seedsDir, name);
    const edited = proseEdit(await readFile(file, "utf8"));
    devLoop.push({ file: name, ...(await through(() => writeFile(file, edited))) });
  }
  // The other common change: a new article dropped into the folder (linked with the whole
  // corpus again), and taken out again. A copy of a seed under a headline of its own.
  for (let i = 0; i < Math.min(2, Number(values.changes)); i++) {
    const name = `zz-bench-added-${i}.txt`;
    const file = path.join(seedsDir, name);
    const text = (await readFile(path.join(seedsDir, names[(i * 31 + 7) % names.length]!), "utf8")).replace(/^(\s*\S.*)$/m, `$1, report ${i + 2}`);
    devAdded.push({ file: name, change: "added", ...(await through(() => writeFile(file, text))) });
    devAdded.push({ file: name, change: "removed", ...(await through(() => rm(file))) });
  }
} finally {
  await session.close();
}
process.stdout.write(JSON.stringify({ initialMs, changes, devLoop, devAdded, debounceMs: DEBOUNCE_MS }));
