// The extraction benchmark: cleans every page dump of ../shared/bench/extraction/pages (or the
// folder given as the first argument) into a fresh temporary folder and prints the scorer's
// figures — the benchmark's own metric (case-sensitive 4-gram shingles) and the default
// lowercase unigram one. Extra arguments (e.g. --verbose, --split dev) go to the scorer.
// --folds also scores two halves of the pages (sorted ids, even / odd positions), so that a
// change can be checked on both halves: a guard against tuning to a few pages.
//   npm run bench:extraction [-- <pages-dir>] [--verbose] [--split dev|test] [--keep] [--folds]

import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, rm, symlink } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { runCleanCommand } from "../src/clean/index.ts";

const root = path.resolve(import.meta.dirname, "..");
/** Scorer options that take a value (passed on with it). */
const VALUE_OPTIONS = new Set(["--split", "--truth"]);
const args = process.argv.slice(2);
let keep = false;
let folds = false;
const positional: string[] = [];
const scorerArgs: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === "--keep") keep = true;
  else if (a === "--folds") folds = true;
  else if (VALUE_OPTIONS.has(a)) scorerArgs.push(a, args[++i] ?? "");
  else if (a.startsWith("--")) scorerArgs.push(a);
  else positional.push(a);
}
const pagesDir = path.resolve(positional[0] ?? path.join(root, "../shared/bench/extraction/pages"));
const benchDir = path.dirname(pagesDir);
const scorer = path.join(benchDir, "score.mjs");
const truthDir = path.join(benchDir, "truth");

if (!existsSync(pagesDir) || !existsSync(scorer)) {
  process.stderr.write(`bench-extraction: need ${pagesDir} and ${scorer}\n`);
  process.exit(2);
}

/** Two truth folders (symlinks) holding the pages' ids at even and odd positions in sorted order. */
async function makeFolds(tmp: string): Promise<string[]> {
  const ids = (await readdir(pagesDir)).filter((f) => f.endsWith(".txt") && existsSync(path.join(truthDir, f))).sort();
  const dirs = [path.join(tmp, "fold-a"), path.join(tmp, "fold-b")];
  for (const d of dirs) await mkdir(d);
  for (let i = 0; i < ids.length; i++) await symlink(path.join(truthDir, ids[i]!), path.join(dirs[i % 2]!, ids[i]!));
  return dirs;
}

const out = await mkdtemp(path.join(os.tmpdir(), "newsfold-bench-"));
const foldTmp = folds ? await mkdtemp(path.join(os.tmpdir(), "newsfold-folds-")) : null;
try {
  const t0 = performance.now();
  const { files } = await runCleanCommand(pagesDir, out);
  const ms = performance.now() - t0;
  process.stdout.write(`cleaned ${files} pages in ${(ms / 1000).toFixed(1)} s into ${out}\n`);
  const score = (extra: string[]) => {
    try {
      return execFileSync(process.execPath, [scorer, out, ...extra, ...scorerArgs], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] }).trim();
    } catch {
      process.exitCode = 2;
      return "the scorer failed (see its message above)";
    }
  };
  const metrics: [string, string[]][] = [
    ["4-gram, case-sensitive (benchmark metric)", ["--ngram", "4", "--case-sensitive"]],
    ["unigram, lowercase", []],
  ];
  for (const [name, extra] of metrics) process.stdout.write(`${`${name}:`.padEnd(43)}${score(extra)}\n`);
  if (foldTmp) {
    const dirs = await makeFolds(foldTmp);
    dirs.forEach((dir, k) => {
      for (const [name, extra] of metrics) process.stdout.write(`fold ${"ab"[k]}, ${name}: ${score([...extra, "--truth", dir])}\n`);
    });
  }
} finally {
  if (keep) process.stdout.write(`kept ${out}\n`);
  else await rm(out, { recursive: true, force: true });
  if (foldTmp) await rm(foldTmp, { recursive: true, force: true });
}
