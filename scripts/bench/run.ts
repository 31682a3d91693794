// The build benchmark: for each corpus size, a synthetic corpus (corpus.ts) is built by our CLI
// cold (no disk cache, no output), warm (nothing changed), after editing one seed (disk cache
// warm), a one-file change goes through
// the dev pipeline in process, and Eleventy 3 builds the same articles' clean bodies as
// Markdown. Every figure is a median over --runs runs; our and Eleventy's cold runs alternate
// so that a noisy neighbour hurts both. Prints Markdown tables; --json FILE keeps every run.
//   npm run bench [-- --sizes 1000,4000,10000 --runs 3 --changes 5 --seed S --keep --no-eleventy]

import { appendFile, mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_SEED, writeCorpus } from "./corpus.ts";
import { cleanBodies, oneFileChange, ourBuild, type BuildRun } from "./ours.ts";
import { eleventyBuild, ensureEleventy, writeEleventySite, type EleventyRun } from "./eleventy.ts";
import { mainTable, stageTable, targetTable, type SizeResult } from "./report.ts";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000,4000,10000" },
    runs: { type: "string", default: "3" },
    changes: { type: "string", default: "5" },
    seed: { type: "string", default: DEFAULT_SEED },
    keep: { type: "boolean", default: false },
    "no-eleventy": { type: "boolean", default: false },
    "eleventy-dir": { type: "string", default: path.join(os.tmpdir(), "newsfold-bench-eleventy3") },
    json: { type: "string" },
  },
});
const sizes = values.sizes.split(",").map((s) => Number(s.trim()));
const runs = Number(values.runs);
const changes = Number(values.changes);
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(runs) || runs < 1 || !Number.isInteger(changes) || changes < 0) {
  process.stderr.write("usage: npm run bench [-- --sizes 1000,4000,10000 --runs 3 --changes 5 --seed S --keep --no-eleventy --json FILE]\n");
  process.exit(2);
}
const log = (line: string): void => void process.stderr.write(`${line}\n`);
const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load ${os.loadavg().map((x) => x.toFixed(1)).join(" ")}`);
const eleventy = values["no-eleventy"] ? null : ensureEleventy(values["eleventy-dir"]);
if (eleventy) log(`Eleventy ${eleventy.version} in ${values["eleventy-dir"]}`);

const scratch = await mkdtemp(path.join(os.tmpdir(), "newsfold-bench-"));
log(`scratch folder: ${scratch}`);

// Warm-up, untimed: tsx's transform cache and the OS file cache, for both tools.
{
  const raw = path.join(scratch, "warmup/raw");
  const { titles } = await writeCorpus(raw, 5, values.seed);
  await ourBuild(path.join(scratch, "warmup/work"), raw, path.join(scratch, "warmup/work/dist"), "cold");
  if (eleventy) {
    const clean = path.join(scratch, "warmup/clean");
    await cleanBodies(raw, clean);
    await writeEleventySite(path.join(scratch, "warmup/eleventy"), clean, titles);
    await eleventyBuild(path.join(scratch, "warmup/eleventy"), eleventy.cli);
  }
}

const results: SizeResult[] = [];
for (const n of sizes) {
  const dir = path.join(scratch, String(n));
  const raw = path.join(dir, "raw");
  const work = path.join(dir, "work");
  const out = path.join(work, "dist");
  const { titles, bytes } = await writeCorpus(raw, n, values.seed);
  const result: SizeResult = { n, corpusMiB: bytes / 2 ** 20, cold: [], warm: [], touched: [], oneFile: null, eleventy: [], cleanVia: "", errors: [] };
  results.push(result);
  log(`\n== ${n} articles (${result.corpusMiB.toFixed(1)} MiB) in ${raw}`);

  let site: string | null = null;
  if (eleventy) {
    const clean = path.join(dir, "clean");
    const c = await cleanBodies(raw, clean);
    result.cleanVia = c.via;
    site = path.join(dir, "eleventy");
    await writeEleventySite(site, clean, titles);
    log(`clean bodies via ${c.via}: ${c.files} files -> ${site}/src/articles/*.md`);
  }

  const note = (what: string, r: BuildRun | EleventyRun): void => {
    if (r.code !== 0) {
      const lines = r.stderr.trim().split("\n");
      const cause = lines.find((l) => /Error|newsfold:/.test(l)) ?? lines.slice(-3).join(" | ");
      const message = `${what} failed (exit ${r.code}): ${cause.trim()}`;
      result.errors.push(message);
      log(`  ${message}`);
    } else log(`  ${what}: ${s(r.wallMs)}, peak RSS ${r.peakRssKiB === null ? "?" : Math.round(r.peakRssKiB / 1024)} MiB`);
  };
  for (let i = 0; i < runs; i++) {
    const cold = await ourBuild(work, raw, out, "cold");
    result.cold.push(cold);
    note(`cold build ${i + 1}/${runs}`, cold);
    if (site && eleventy) {
      const e = await eleventyBuild(site, eleventy.cli);
      result.eleventy.push(e);
      note(`Eleventy ${i + 1}/${runs} (${e.files ?? "?"} files)`, e);
    }
  }
  if (result.cold.some((r) => r.code === 0)) {
    for (let i = 0; i < runs; i++) {
      const warm = await ourBuild(work, raw, out, "warm");
      result.warm.push(warm);
      note(`warm build ${i + 1}/${runs}`, warm);
      // The build stamp covers all the code: an edit to src/ during the run makes this a full build.
      if (warm.code === 0 && !/up to date/.test(warm.stderr)) log("    (not skipped: was src/ edited during the run? this is not a warm build)");
    }
    for (let i = 0; i < runs; i++) {
      // One seed edited, as between two `npm run build`s: every other article comes from .cache/.
      const names = (await readdir(raw)).sort();
      const file = path.join(raw, names[(i * 7919 + 13) % names.length]!);
      await appendFile(file, `\nAn added sentence for edit ${i + 1}.\n`);
      const touched = await ourBuild(work, raw, out, "warm");
      result.touched.push(touched);
      note(`CLI after editing one seed ${i + 1}/${runs}`, touched);
    }
    if (changes > 0) {
      try {
        result.oneFile = await oneFileChange(work, raw, path.join(work, "dist-dev"), changes);
        log(`  one-file changes: ${result.oneFile.changes.map((c) => `${c.pagesMs === null ? "" : `pages ${c.pagesMs.toFixed(0)} / `}${c.ms.toFixed(0)} ms`).join(", ")} (after a first build of ${s(result.oneFile.initialMs)})`);
        log(`  through npm run dev's loop, rebuild to pages: edits ${result.oneFile.devLoop.map((c) => `${c.pagesMs ?? "–"} ms`).join(", ")}; a seed ${result.oneFile.devAdded.map((c) => `${c.change} ${c.pagesMs ?? "–"} ms`).join(", ")}`);
      } catch (e) {
        result.errors.push((e as Error).message);
        log(`  one-file change failed: ${(e as Error).message}`);
      }
    }
  }
  log(`\n${mainTable([result])}\n\n${stageTable([result])}`); // partial results, in case a long run is stopped
  if (!values.keep) await rm(dir, { recursive: true, force: true });
}
if (!values.keep) await rm(scratch, { recursive: true, force: true });

const report = [
  `### Build times (median of ${runs}; one-file: median of ${changes})`,
  "",
  mainTable(results),
  "",
  "### Targets",
  "",
  targetTable(results),
  "",
  "### Where the time goes (median ms per stage, from --profile)",
  "",
  stageTable(results),
  "",
].join("\n");
process.stdout.write(`\n${report}`);
for (const r of results) for (const e of r.errors) process.stdout.write(`\nerror at ${r.n}: ${e}`);
if (values.json) {
  await mkdir(path.dirname(path.resolve(values.json)), { recursive: true });
  await writeFile(values.json, JSON.stringify({ date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, sizes, runs, changes, seed: values.seed, results }, (k, v: unknown) => ((k === "stdout" || k === "stderr") && typeof v === "string" ? v.slice(-2000) : v), 2));
  log(`\nevery run: ${values.json}`);
}
