// Determinism: the same seeds give a byte-identical site, whatever the project folder, the order
// the files were created in, or their timestamps. Both builds are cold (no cache).

import { readFile, readdir, stat, utimes } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../../src/config.ts";
import { build } from "../../src/pipeline.ts";
import { hashTree, put, repoRoot, tempDir } from "./helpers.ts";

let a: Map<string, string>;
let b: Map<string, string>;
let outA: string;
const cleanups: (() => Promise<void>)[] = [];

async function buildCopy(order: "forward" | "reverse", time: Date): Promise<string> {
  const { dir, cleanup } = await tempDir(`determinism-${order}`);
  cleanups.push(cleanup);
  const seeds = path.join(repoRoot, "seeds");
  const names = (await readdir(seeds)).sort();
  if (order === "reverse") names.reverse();
  for (const n of names) await utimes(await put(path.join(dir, "seeds"), n, await readFile(path.join(seeds, n))), time, time);
  const out = path.join(dir, "site-out");
  await build({ root: dir, seedsDir: path.join(dir, "seeds"), outDir: out, config: DEFAULT_CONFIG });
  return out;
}

beforeAll(async () => {
  outA = await buildCopy("forward", new Date("2020-01-01T00:00:00Z"));
  const outB = await buildCopy("reverse", new Date("2024-06-30T12:00:00Z"));
  [a, b] = await Promise.all([hashTree(outA), hashTree(outB)]);
});
afterAll(async () => {
  await Promise.all(cleanups.map((c) => c()));
});

describe("two builds of the same seeds", () => {
  it("write the same files", () => {
    expect([...b.keys()]).toEqual([...a.keys()]);
    expect(a.size).toBeGreaterThan(50);
  });

  it("write byte-identical pages, data, assets and search index", () => {
    expect([...a.keys()].filter((f) => f.startsWith("search/") && f.endsWith(".json")).length).toBeGreaterThan(2);
    const differ = [...a].filter(([f, h]) => b.get(f) !== h).map(([f]) => f);
    expect(differ).toEqual([]);
  });

  it("do not embed the project or output folder", async () => {
    for (const f of a.keys()) {
      if (!/\.(html|json|xml|txt|js|css)$/.test(f)) continue;
      const text = await readFile(path.join(outA, f), "utf8");
      expect(text.includes(path.dirname(outA)), f).toBe(false);
    }
    expect((await stat(outA)).isDirectory()).toBe(true);
  });
});
