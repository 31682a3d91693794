// The bundle behind `npm run build`: src/ and templates/ as JavaScript, made with esbuild on
// first use and again whenever a source file changes (kept in .cache/bin/<fingerprint>/).
// Why: compiling ~100 TypeScript modules on every start costs time (`--version`: 0.80–0.92 s under
// tsx, 0.34–0.43 s from the bundle, on the 2-core dev machine), and each worker thread would pay it again.

import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const SOURCE_DIRS = ["src", "templates"];
const ENTRIES = { cli: "src/cli.ts", "read-worker": "src/read/worker.ts", "watch-worker": "src/dev/watch-thread.ts" };

/** Path, size and mtime of every source file (and the lockfile): cheap, and any edit changes it. */
function sourcesFingerprint() {
  const hash = createHash("sha256");
  const visit = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) visit(p);
      else if (/\.(ts|json)$/.test(e.name)) stamp(p);
    }
  };
  const stamp = (p) => {
    const s = statSync(p, { throwIfNoEntry: false });
    hash.update(`${path.relative(root, p)}\0${s ? `${s.size}:${s.mtimeMs}` : "-"}\n`);
  };
  for (const d of SOURCE_DIRS) visit(path.join(root, d));
  stamp(path.join(root, "package-lock.json"));
  return hash.digest("hex").slice(0, 16);
}

/** The folder holding cli.mjs and its threads' entries (read-worker.mjs, watch-worker.mjs) for the current sources; made when missing. */
export async function bundle() {
  const binDir = path.join(root, ".cache", "bin");
  const outDir = path.join(binDir, sourcesFingerprint());
  if (existsSync(path.join(outDir, "cli.mjs"))) return outDir;
  const esbuild = await import("esbuild");
  const tmp = `${outDir}.${process.pid}.tmp`;
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: ENTRIES,
    outdir: tmp,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external", // node_modules/ stays as installed; resolved from the project root
    sourcemap: "linked",
    logLevel: "error",
  });
  mkdirSync(binDir, { recursive: true });
  try {
    renameSync(tmp, outDir);
  } catch {
    rmSync(tmp, { recursive: true, force: true }); // a concurrent start made the same bundle
  }
  // Bundles of earlier sources are dead weight; the two newest others stay, in case a build
  // started from one of them is still running and has workers to start.
  const others = readdirSync(binDir)
    .filter((name) => path.join(binDir, name) !== outDir && !name.endsWith(".tmp"))
    .map((name) => ({ name, mtime: statSync(path.join(binDir, name)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const { name } of others.slice(2)) rmSync(path.join(binDir, name), { recursive: true, force: true });
  return outDir;
}

