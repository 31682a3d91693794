// Our side of the benchmark: `node scripts/newsfold.mjs build` (what `npm run build` runs: the
// bundled CLI, with reading worker threads) as a child process whose
// working directory is a scratch folder, so its disk cache (<cwd>/.cache) is the benchmark's
// own and never the project's; and the clean bodies for the Eleventy side (`cli.ts clean`).

import { mkdir, readdir, rm } from "node:fs/promises";
import path from "node:path";
import { measure, type Measured } from "./measure.ts";

export const ROOT = path.resolve(import.meta.dirname, "../..");
const CLI = path.join(ROOT, "src/cli.ts");
/** The launcher `npm run build` uses: bundles src/ once with esbuild, then runs the bundle. */
const LAUNCHER = path.join(ROOT, "scripts/newsfold.mjs");
/** tsx's loader as a file URL: a bare "tsx" would be resolved from the scratch cwd. */
const TSX = import.meta.resolve("tsx");
const ENV = { ...process.env, TSX_TSCONFIG_PATH: path.join(ROOT, "tsconfig.json") };

/** `node --import tsx <script> ...args` from anywhere. */
export const tsxNode = (script: string, args: string[]): [string, string[]] => [process.execPath, ["--import", TSX, script, ...args]];

export interface BuildRun extends Measured {
  /** `--profile` output: ms per stage. */
  stages: Record<string, number>;
  /** The CLI's own total ("built ... in N ms"), without process start-up. */
  internalMs: number | null;
  articles: number | null;
  meetings: number | null;
  files: number | null;
}

const STAGE_LINE = /^ {2}(\S+)\s+([\d.]+) ms(?:  \(RSS \d+ MiB after\))?$/;
const SUMMARY = /(?:built|up to date:) (\d+) articles?, (\d+) meetings, (\d+) files .* in (\d+) ms/;

export function parseBuildOutput(stderr: string): Pick<BuildRun, "stages" | "internalMs" | "articles" | "meetings" | "files"> {
  const stages: Record<string, number> = {};
  for (const line of stderr.split("\n")) {
    const m = STAGE_LINE.exec(line);
    if (m) stages[m[1]!] = Number(m[2]);
  }
  const s = SUMMARY.exec(stderr);
  return { stages, internalMs: s ? Number(s[4]) : null, articles: s ? Number(s[1]) : null, meetings: s ? Number(s[2]) : null, files: s ? Number(s[3]) : null };
}

/**
 * One build of `seeds` into `out`, run in `work`. "cold": no disk cache and no previous output
 * (a fresh checkout); "warm": both left from the previous build, nothing changed.
 */
export async function ourBuild(work: string, seeds: string, out: string, mode: "cold" | "warm"): Promise<BuildRun> {
  await mkdir(work, { recursive: true });
  if (mode === "cold") {
    await rm(path.join(work, ".cache"), { recursive: true, force: true });
    await rm(out, { recursive: true, force: true });
  }
  const m = await measure(process.execPath, [LAUNCHER, "build", "--seeds", seeds, "--out", out, "--profile", "--quiet"], { cwd: work, env: ENV });
  return { ...m, ...parseBuildOutput(m.stderr) };
}

/** Clean bodies of `rawDir` into `outDir` with `cli.ts clean`; falls back to the cleaner's own API when the CLI cannot load. */
export async function cleanBodies(rawDir: string, outDir: string): Promise<{ via: string; files: number }> {
  const [cmd, args] = tsxNode(CLI, ["clean", rawDir, outDir]);
  const m = await measure(cmd, args, { cwd: ROOT, env: ENV });
  if (m.code === 0) return { via: "cli.ts clean", files: (await readdir(outDir)).length };
  // The CLI imports every stage; while one is being rewritten it may not load, but the cleaner's output is the same.
  const { runCleanCommand } = await import("../../src/clean/index.ts");
  const { files } = await runCleanCommand(rawDir, outDir);
  return { via: "runCleanCommand (cli.ts did not load)", files };
}

export const ONE_FILE_SCRIPT = path.join(import.meta.dirname, "one-file.ts");

export interface OneFileResult {
  /** ms from the write of the changed file to the site written, per change. */
  changes: { file: string; ms: number; pagesMs: number | null; fresh: number; timings: Record<string, number> }[];
  initialMs: number;
  /** The same number of edits through `runDev` (watcher, debounce, build). */
  devLoop: { file: string; saveToPagesMs: number | null; pagesMs: number | null; ms: number }[];
  /** A new seed added, then removed, through `runDev` (the whole corpus is linked again). */
  devAdded: { file: string; change: "added" | "removed"; saveToPagesMs: number | null; pagesMs: number | null; ms: number }[];
  debounceMs: number;
}

/** Runs one-file.ts (in-process dev loop) on `seeds`; `changes` edits, one file each. */
export async function oneFileChange(work: string, seeds: string, out: string, changes: number): Promise<OneFileResult & { measured: Measured }> {
  await mkdir(work, { recursive: true });
  const [cmd, args] = tsxNode(ONE_FILE_SCRIPT, ["--seeds", seeds, "--out", out, "--changes", String(changes)]);
  const m = await measure(cmd, args, { cwd: work, env: ENV });
  if (m.code !== 0) throw new Error(`one-file.ts exited with ${m.code}:\n${m.stderr.split("\n").slice(-20).join("\n")}`);
  return { ...(JSON.parse(m.stdout) as OneFileResult), measured: m };
}
