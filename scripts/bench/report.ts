// Medians and the printed tables (Markdown, so a run's output can go into the README as is).

import type { BuildRun, OneFileResult } from "./ours.ts";
import type { EleventyRun } from "./eleventy.ts";

export interface SizeResult {
  n: number;
  corpusMiB: number;
  cold: BuildRun[];
  warm: BuildRun[];
  /** The CLI after one seed was edited: the disk cache serves every other article. */
  touched: BuildRun[];
  oneFile: OneFileResult | null;
  eleventy: EleventyRun[];
  cleanVia: string;
  errors: string[];
}

export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const ok = <T extends { code: number | null }>(runs: readonly T[]): T[] => runs.filter((r) => r.code === 0);
const wall = (runs: readonly { code: number | null; wallMs: number }[]): number | null => median(ok(runs).map((r) => r.wallMs));
const mib = (kib: number | null): string => (kib === null ? "–" : (kib / 1024).toFixed(0));
const secs = (ms: number | null): string => (ms === null ? "–" : (ms / 1000).toFixed(2));
const ratio = (a: number | null, b: number | null): string => (a === null || b === null ? "–" : `${(a / b).toFixed(2)}×`);
const medKiB = (xs: (number | null)[]): number | null => median(xs.filter((x): x is number => x !== null));

export interface Summary {
  n: number;
  coldMs: number | null;
  warmMs: number | null;
  touchedMs: number | null;
  oneFileMs: number | null;
  /** To the pages written (the dev loop reloads then; data files follow). */
  oneFilePagesMs: number | null;
  /** Through `npm run dev`'s loop: from the file event to the pages written (debounce + rebuild to pages). */
  devEventToPagesMs: number | null;
  /** Through `npm run dev`'s loop: from the save to the pages written (also the watcher's wait for the write to settle). */
  devSaveToPagesMs: number | null;
  /** Through the loop, a seed added (or removed): file event to pages written. */
  devAddedEventToPagesMs: number | null;
  peakRssKiB: number | null;
  treeRssKiB: number | null;
  eleventyMs: number | null;
  eleventyRssKiB: number | null;
}

export function summarise(r: SizeResult): Summary {
  return {
    n: r.n,
    coldMs: wall(r.cold),
    warmMs: wall(r.warm),
    touchedMs: wall(r.touched),
    oneFileMs: r.oneFile ? median(r.oneFile.changes.map((c) => c.ms)) : null,
    oneFilePagesMs: r.oneFile ? median(r.oneFile.changes.flatMap((c) => (c.pagesMs === null ? [] : [c.pagesMs]))) : null,
    devEventToPagesMs: r.oneFile?.devLoop?.length ? median(r.oneFile.devLoop.flatMap((c) => (c.pagesMs === null ? [] : [r.oneFile!.debounceMs + c.pagesMs]))) : null,
    devSaveToPagesMs: r.oneFile?.devLoop?.length ? median(r.oneFile.devLoop.flatMap((c) => (c.saveToPagesMs === null ? [] : [c.saveToPagesMs]))) : null,
    devAddedEventToPagesMs: r.oneFile?.devAdded?.length ? median(r.oneFile.devAdded.flatMap((c) => (c.pagesMs === null ? [] : [r.oneFile!.debounceMs + c.pagesMs]))) : null,
    peakRssKiB: medKiB(ok(r.cold).map((x) => x.peakRssKiB)),
    treeRssKiB: medKiB(ok(r.cold).map((x) => x.treeRssKiB)),
    eleventyMs: wall(r.eleventy),
    eleventyRssKiB: medKiB(ok(r.eleventy).map((x) => x.peakRssKiB)),
  };
}

export function mainTable(results: readonly SizeResult[]): string {
  const rows = [
    "| articles | corpus MiB | cold build s | warm build s (nothing changed) | CLI, one seed edited s | dev one-file change ms: pages / all files | `npm run dev` loop ms: event → pages / save → pages | peak RSS MiB (largest process / whole tree) | Eleventy 3 s | Eleventy RSS MiB | cold ÷ Eleventy | warm ÷ Eleventy |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const r of results) {
    const s = summarise(r);
    rows.push(
      `| ${r.n.toLocaleString("en")} | ${r.corpusMiB.toFixed(1)} | ${secs(s.coldMs)} | ${secs(s.warmMs)} | ${secs(s.touchedMs)} | ${s.oneFilePagesMs === null ? "–" : s.oneFilePagesMs.toFixed(0)} / ${s.oneFileMs === null ? "–" : s.oneFileMs.toFixed(0)} | ${s.devEventToPagesMs === null ? "–" : s.devEventToPagesMs.toFixed(0)} / ${s.devSaveToPagesMs === null ? "–" : s.devSaveToPagesMs.toFixed(0)} | ${mib(s.peakRssKiB)} / ${mib(s.treeRssKiB)} | ${secs(s.eleventyMs)} | ${mib(s.eleventyRssKiB)} | ${ratio(s.coldMs, s.eleventyMs)} | ${ratio(s.warmMs, s.eleventyMs)} |`,
    );
  }
  return rows.join("\n");
}

/** Median ms per `--profile` stage of the cold builds, CLI builds after one edit, and dev one-file changes, per size. (A warm build with nothing changed runs no stage.) */
export function stageTable(results: readonly SizeResult[]): string {
  const stageNames = new Set<string>();
  for (const r of results) for (const run of [...r.cold, ...r.warm, ...r.touched]) for (const k of Object.keys(run.stages)) stageNames.add(k);
  for (const r of results) for (const c of r.oneFile?.changes ?? []) for (const k of Object.keys(c.timings)) stageNames.add(k);
  const cols = results.flatMap((r) => [`cold ${r.n}`, `CLI 1 edited ${r.n}`, `dev 1-file ${r.n}`]);
  const rows = [`| stage (ms) | ${cols.join(" | ")} |`, `| --- | ${cols.map(() => "---:").join(" | ")} |`];
  const fmt = (x: number | null): string => (x === null ? "–" : x.toFixed(0));
  const stageMedian = (runs: readonly BuildRun[], k: string): number | null => median(ok(runs).flatMap((x) => (k in x.stages ? [x.stages[k]!] : [])));
  for (const k of stageNames) {
    const cells = results.flatMap((r) => [
      fmt(stageMedian(r.cold, k)),
      fmt(stageMedian(r.touched, k)),
      fmt(median((r.oneFile?.changes ?? []).flatMap((c) => (k in c.timings ? [c.timings[k]!] : [])))),
    ]);
    rows.push(`| ${k} | ${cells.join(" | ")} |`);
  }
  const internal = results.flatMap((r) => [fmt(median(ok(r.cold).flatMap((x) => (x.internalMs === null ? [] : [x.internalMs])))), fmt(median(ok(r.touched).flatMap((x) => (x.internalMs === null ? [] : [x.internalMs])))), "–"]);
  rows.push(`| CLI total (no start-up) | ${internal.join(" | ")} |`);
  const startup = results.flatMap((r) => [
    fmt(median(ok(r.cold).flatMap((x) => (x.internalMs === null ? [] : [x.wallMs - x.internalMs])))),
    fmt(median(ok(r.touched).flatMap((x) => (x.internalMs === null ? [] : [x.wallMs - x.internalMs])))),
    "–",
  ]);
  rows.push(`| start-up + module load | ${startup.join(" | ")} |`);
  return rows.join("\n");
}

export interface Target {
  label: string;
  value: string;
  goal: string;
  met: boolean | null;
}

/** The targets, judged on the sizes that were run. */
export function targets(results: readonly SizeResult[]): Target[] {
  const at = (n: number) => results.find((r) => r.n === n);
  const s4 = at(4000) ? summarise(at(4000)!) : null;
  const s1 = at(1000) ? summarise(at(1000)!) : null;
  const s10 = at(10000) ? summarise(at(10000)!) : null;
  const out: Target[] = [];
  const judge = (label: string, v: number | null, goal: number, unit: string, fmt: (x: number) => string) =>
    out.push({ label, value: v === null ? "not measured" : `${fmt(v)}${unit}`, goal: `≤ ${fmt(goal)}${unit}`, met: v === null ? null : v <= goal });
  const r = (a: number | null | undefined, b: number | null | undefined) => (a == null || b == null ? null : a / b);
  judge("cold build of 4,000 vs Eleventy", r(s4?.coldMs, s4?.eleventyMs), 1.0, "×", (x) => x.toFixed(2));
  judge("warm build of 4,000 vs Eleventy", r(s4?.warmMs, s4?.eleventyMs), 0.3, "×", (x) => x.toFixed(2));
  judge("one-file change at 4,000 in `npm run dev`, file event to pages written (browser reloads)", s4?.devEventToPagesMs ?? null, 100, " ms", (x) => x.toFixed(0));
  judge("one-file change at 4,000, build from the save to pages written (no watcher)", s4?.oneFilePagesMs ?? null, 100, " ms", (x) => x.toFixed(0));
  judge("one-file change at 4,000, to every file written (data files too)", s4?.oneFileMs ?? null, 100, " ms", (x) => x.toFixed(0));
  judge("a seed added or removed at 4,000 in `npm run dev`, file event to pages written (the corpus linked again)", s4?.devAddedEventToPagesMs ?? null, 100, " ms", (x) => x.toFixed(0));
  judge("peak RSS at 4,000 (largest process)", s4?.peakRssKiB == null ? null : s4.peakRssKiB / 1024, 400, " MiB", (x) => x.toFixed(0));
  judge("cold time(10,000) / time(1,000)", r(s10?.coldMs, s1?.coldMs), 11, "", (x) => x.toFixed(1));
  // Linear scaling would give 4.0 here; the 10,000 run is the slow one to make.
  judge("cold time(4,000) / time(1,000)", r(s4?.coldMs, s1?.coldMs), 4.4, "", (x) => x.toFixed(1));
  return out;
}

export function targetTable(results: readonly SizeResult[]): string {
  const rows = ["| target | measured | goal | met |", "| --- | ---: | ---: | :---: |"];
  for (const t of targets(results)) rows.push(`| ${t.label} | ${t.value} | ${t.goal} | ${t.met === null ? "–" : t.met ? "yes" : "no"} |`);
  return rows.join("\n");
}
