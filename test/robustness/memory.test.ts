// What a build keeps in memory: the raw text of the articles goes once they are read (the CLI
// hands its ingested seeds over), and the look-up caches do not keep the texts their keys were
// cut from. Checked with the garbage collector forced, through weak references and heap sizes.

import path from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../../src/config.ts";
import { Handoff } from "../../src/handoff.ts";
import { ingestDir } from "../../src/ingest/index.ts";
import { memoize } from "../../src/knowledge/memo.ts";
import { build, type Ingested } from "../../src/pipeline.ts";
import { repoRoot, tempDir } from "./helpers.ts";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
const heapUsed = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};
const MB = 2 ** 20;

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempDir("memory-")));
afterAll(() => cleanup());

/** The seeds, handed over, with weak references to each raw document (made here, so no local of the test holds them). */
async function handedOver(seedsDir: string): Promise<{ seeds: Handoff<Ingested>; refs: WeakRef<object>[] }> {
  const seeds = new Handoff(await ingestDir(seedsDir, repoRoot));
  return { seeds, refs: seeds.value.docs.map((d) => new WeakRef(d)) };
}

describe("memory", () => {
  it("lets the articles' raw text go once they are read, before the site is written", async () => {
    const seedsDir = path.join(repoRoot, "seeds");
    const { seeds, refs } = await handedOver(seedsDir);
    expect(refs.length).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 0)); // a weak reference holds its target to the end of the task that made it
    let gone: boolean | undefined;
    const log = (line: string) => {
      if (!line.startsWith("linked")) return;
      gc();
      gone = refs.every((r) => r.deref() === undefined);
    };
    const result = await build({ root: repoRoot, seedsDir, outDir: path.join(dir, "site"), config: DEFAULT_CONFIG, ingested: seeds, log });
    expect(result.articles).toBe(refs.length);
    expect(gone).toBe(true);
    expect(() => seeds.value).toThrow(/handed over/);
  });

  it("memoize does not keep the text a key or a result was cut from", () => {
    const length = memoize((s: string) => s.length);
    const tail = memoize((s: string) => s.slice(1));
    const before = heapUsed();
    for (let i = 0; i < 300; i++) {
      const text = `${i} ${"x".repeat(200_000)}`; // 300 texts of 200 KB: 60 MB, were they kept
      length(text.slice(0, 40));
      tail(text.slice(50, 90));
    }
    expect((heapUsed() - before) / MB).toBeLessThan(15);
  });
});
