// Atomic builds: whatever fails (render at the start, render after every page is written, a
// write half-way, the process being killed) the previous site stays as it was and no temporary folder
// is left; a rebuild never keeps pages of a deleted seed.

import { spawn, spawnSync } from "node:child_process";
import { readFile, readdir, rm, unlink } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { DEFAULT_CONFIG } from "../../src/config.ts";
import { build } from "../../src/pipeline.ts";
import { writeSiteAtomically } from "../../src/write.ts";
import type { WrittenFiles } from "../../src/write-changed.ts";
import { article, hashTree, put, repoRoot, tempDir } from "./helpers.ts";

// Failures injected into the real stages, switched per test.
const fail = vi.hoisted(() => ({ render: false, afterLastPage: false }));
vi.mock("../../src/render/index.ts", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/render/index.ts")>();
  return {
    ...real,
    renderFiles: function* (...args: Parameters<typeof real.renderFiles>) {
      if (fail.render) throw new Error("simulated render failure");
      yield* real.renderFiles(...args);
      if (fail.afterLastPage) throw new Error("simulated failure after every page was written");
    },
  };
});

let root: string;
let cleanup: () => Promise<void>;
let seeds: string;
let out: string;

const siblings = async () => (await readdir(root)).filter((n) => n.startsWith(".dist-"));
const runBuild = () => build({ root, seedsDir: seeds, outDir: out, config: DEFAULT_CONFIG });

/** The pid of a process that has exited. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
  return Number(r.stdout);
}

beforeAll(async () => {
  ({ dir: root, cleanup } = await tempDir("atomic"));
  seeds = path.join(root, "seeds");
  out = path.join(root, "dist");
  await put(seeds, "harbour-talks.txt", article("Harbour Officials Hold Customs Talks", "quayside"));
  await put(seeds, "river-border.txt", article("River Border Commission Meets Again", "sandbank"));
  await put(seeds, "rail-freight.txt", article("Rail Freight Officials Compare Timetables", "sidings"));
  await runBuild();
});
afterAll(async () => {
  fail.render = fail.afterLastPage = false;
  await cleanup?.();
});

describe("a failed build", () => {
  it("keeps the previous site when render throws", async () => {
    const before = await hashTree(out);
    fail.render = true;
    try {
      await expect(runBuild()).rejects.toThrow("simulated render failure");
    } finally {
      fail.render = false;
    }
    expect(await hashTree(out)).toEqual(before);
    expect(await siblings()).toEqual([]);
  });

  it("keeps the previous site when rendering fails after every page is written", async () => {
    const before = await hashTree(out);
    await put(seeds, "new-story.txt", article("Customs Officers Swap Notes", "manifest"));
    fail.afterLastPage = true;
    try {
      await expect(runBuild()).rejects.toThrow("simulated failure after every page was written");
    } finally {
      fail.afterLastPage = false;
      await unlink(path.join(seeds, "new-story.txt"));
    }
    expect(await hashTree(out)).toEqual(before);
    expect(await siblings()).toEqual([]);
  });

  it("leaves the dev loop's record of written files empty when its first build fails late", async () => {
    // The record must describe what is on disk: a site that was never swapped in is not there.
    const written: WrittenFiles = new Map();
    fail.afterLastPage = true;
    try {
      await expect(build({ root, seedsDir: seeds, outDir: out, config: DEFAULT_CONFIG, written })).rejects.toThrow("simulated failure");
    } finally {
      fail.afterLastPage = false;
    }
    expect(written.size).toBe(0);
    await build({ root, seedsDir: seeds, outDir: out, config: DEFAULT_CONFIG, written });
    expect(written.has("index.html")).toBe(true);
  });

  it("keeps the previous site when a write fails half-way", async () => {
    const before = await hashTree(out);
    // 300 good files (several write batches), then a file whose path is also a folder.
    const files = new Map<string, string>(Array.from({ length: 300 }, (_, i) => [`page-${i}/index.html`, `<p>${i}</p>`]));
    files.set("clash", "a file").set("clash/inside.html", "needs clash/ to be a folder");
    await expect(writeSiteAtomically(out, files)).rejects.toThrow(/EISDIR|ENOTDIR|EEXIST/);
    expect(await hashTree(out)).toEqual(before);
    expect(await siblings()).toEqual([]);
  });

  it("refuses a page path that leaves the output folder, before writing anything", async () => {
    const before = await hashTree(out);
    await expect(writeSiteAtomically(out, new Map([["ok.html", "x"], ["../escaped.html", "x"]]))).rejects.toThrow(/outside the output folder/);
    expect(await hashTree(out)).toEqual(before);
    expect((await readdir(root)).includes("escaped.html")).toBe(false);
    expect(await siblings()).toEqual([]);
  });
});

describe("an interrupted build", () => {
  it("leaves the previous site whole when the CLI is killed mid-write, and the next build clears its temp folder", async () => {
    const before = await hashTree(out);
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli.ts", "build", "--seeds", seeds, "--out", out, "--no-cache", "--quiet"], {
      cwd: repoRoot,
      stdio: "ignore",
    });
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    const tmpName = `.dist-tmp-${child.pid}`;
    // Kill it as soon as its temporary folder appears (it is being written).
    const deadline = Date.now() + 30_000;
    let seen = false;
    while (Date.now() < deadline && child.exitCode === null) {
      if ((await readdir(root)).includes(tmpName)) {
        child.kill("SIGKILL");
        seen = true;
        break;
      }
      await new Promise((r) => setTimeout(r, 5));
    }
    await exited;
    expect(seen, "the CLI's temporary folder was never seen").toBe(true);
    expect(await hashTree(out)).toEqual(before);
    expect(await siblings()).toEqual([tmpName]); // what a killed build leaves...

    await runBuild();
    expect(await siblings()).toEqual([]); // ...is cleared by the next one
  });

  it("puts back the previous site left in .dist-old-<pid> by a build killed between its two renames", async () => {
    const before = await hashTree(out);
    const pid = deadPid();
    const { rename } = await import("node:fs/promises");
    await rename(out, path.join(root, `.dist-old-${pid}`)); // the state after the first rename
    function* failingSite(): Generator<[string, string]> {
      yield ["index.html", "new"];
      throw new Error("this build fails too");
    }
    await expect(writeSiteAtomically(out, failingSite())).rejects.toThrow("this build fails too");
    expect(await hashTree(out)).toEqual(before);
    expect(await siblings()).toEqual([]);
  });

  it("leaves alone the temporary folder of a build that is still running", async () => {
    const live = path.join(root, `.dist-tmp-${process.ppid}`); // the parent process is alive
    await put(live, "index.html", "in progress");
    try {
      await runBuild();
      expect(await siblings()).toEqual([path.basename(live)]);
    } finally {
      await rm(live, { recursive: true, force: true });
    }
  });
});

describe("a rebuild after a seed is deleted", () => {
  it("keeps no page, link or data of the deleted seed", async () => {
    await runBuild();
    expect((await hashTree(out)).has("articles/river-border/index.html")).toBe(true);
    await unlink(path.join(seeds, "river-border.txt"));
    await runBuild();
    const files = await hashTree(out);
    expect([...files.keys()].filter((f) => f.includes("river-border"))).toEqual([]);
    const articles = JSON.parse(await readFile(path.join(out, "data/articles.json"), "utf8")) as { id: string }[];
    expect(articles.map((a) => a.id).sort()).toEqual(["harbour-talks", "rail-freight"]);
    for (const f of files.keys()) {
      if (f.endsWith(".html") || f.endsWith(".json") || f.endsWith(".xml")) expect(await readFile(path.join(out, f), "utf8"), f).not.toContain("sandbank");
    }
  });
});
