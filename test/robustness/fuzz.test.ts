// Fuzz: 500 random mutations of the seeds (lines dropped, duplicated, shuffled, random bytes
// inserted) from a seeded PRNG, run in-process through every stage: ingestBytes, clean and
// extract per document, link per batch of 50, render on a few batches. No stage may throw, and
// every document that ingests must come out as an article (and a page, where rendered).
// A crash is shrunk to a minimal input (line by line) before it is reported.

import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { clean } from "../../src/clean/index.ts";
import { DEFAULT_CONFIG } from "../../src/config.ts";
import { extract } from "../../src/extract/index.ts";
import { ingestBytes } from "../../src/ingest/index.ts";
import { link } from "../../src/link/index.ts";
import { renderSite } from "../../src/render/index.ts";
import type { ExtractedDoc } from "../../src/types.ts";
import { repoRoot } from "./helpers.ts";

const CASES = 500;
const BATCH = 50;
const RENDERED_BATCHES = 3;
// Another seed explores other cases: NEWSFOLD_FUZZ_SEED=42 npx vitest run test/robustness/fuzz.test.ts
const SEED = Number(process.env.NEWSFOLD_FUZZ_SEED ?? 0x5eed_f01d);

/** mulberry32: a small, fast PRNG with a 32-bit state; the same seed gives the same cases. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const int = (r: Rand, n: number) => Math.floor(r() * n);

// Bytes a real dump might carry: ASCII, cp1252/invalid UTF-8 high bytes, control characters,
// stray UTF-8 sequences (a BOM, a non-breaking space, a right-to-left mark), and rarely NUL.
const BYTE_POOL: number[][] = [[0x20], [0x0a], [0x0d], [0x09], [0x93], [0x94], [0xe9], [0xff], [0xc3], [0x1b], [0x7f], [0xef, 0xbb, 0xbf], [0xc2, 0xa0], [0xe2, 0x80, 0x8f], [0x3c], [0x3e], [0x5b], [0x5d], [0x2a], [0x23]];

function mutate(r: Rand, source: Buffer): { bytes: Buffer; ops: string[] } {
  let lines = source.toString("latin1").split("\n"); // latin1 keeps every byte as one char
  const ops: string[] = [];
  for (let k = 1 + int(r, 4); k > 0; k--) {
    const op = int(r, 5);
    const i = int(r, lines.length);
    const n = 1 + int(r, Math.max(1, Math.min(12, lines.length - i)));
    if (op === 0) {
      lines.splice(i, n);
      ops.push(`drop ${n} lines at ${i}`);
    } else if (op === 1) {
      lines.splice(i, 0, ...lines.slice(i, i + n));
      ops.push(`duplicate ${n} lines at ${i}`);
    } else if (op === 2) {
      const part = lines.slice(i, i + n);
      for (let j = part.length - 1; j > 0; j--) {
        const m = int(r, j + 1);
        [part[j], part[m]] = [part[m]!, part[j]!];
      }
      lines.splice(i, part.length, ...part);
      ops.push(`shuffle ${n} lines at ${i}`);
    } else if (op === 3) {
      const line = lines[i] ?? "";
      const at = int(r, line.length + 1);
      let junk = "";
      for (let c = 1 + int(r, 8); c > 0; c--) junk += String.fromCharCode(...(r() < 0.02 ? [0] : BYTE_POOL[int(r, BYTE_POOL.length)]!));
      lines[i] = line.slice(0, at) + junk + line.slice(at);
      ops.push(`insert ${junk.length} bytes in line ${i}`);
    } else {
      lines = lines.slice(i, i + 1 + int(r, 60));
      ops.push(`keep lines ${i}..${i + lines.length - 1}`);
    }
  }
  return { bytes: Buffer.from(lines.join("\n"), "latin1"), ops };
}

interface Crash {
  caseNo: number;
  stage: string;
  ops: string[];
  message: string;
  stack: string;
  minimal: string;
}

/** Runs clean + extract; returns the stage and error that threw, or the document. */
function readOne(source: string, bytes: Buffer): { doc: ExtractedDoc | null; ingested: boolean; fail?: { stage: string; error: Error } } {
  let stage = "ingest";
  try {
    const { doc } = ingestBytes(source, bytes);
    if (!doc) return { doc: null, ingested: false };
    stage = "clean";
    const cleaned = clean(doc);
    stage = "extract";
    return { doc: extract(cleaned), ingested: true };
  } catch (e) {
    return { doc: null, ingested: stage !== "ingest", fail: { stage, error: e as Error } };
  }
}

/** Greedy line-by-line shrinking: drop every line whose removal still crashes the same stage. */
function shrink(source: string, bytes: Buffer, stage: string): string {
  let lines = bytes.toString("latin1").split("\n");
  for (let i = lines.length - 1; i >= 0; i--) {
    const fewer = [...lines.slice(0, i), ...lines.slice(i + 1)];
    if (readOne(source, Buffer.from(fewer.join("\n"), "latin1")).fail?.stage === stage) lines = fewer;
  }
  return lines.join("\n");
}

let seeds: Buffer[];
beforeAll(async () => {
  const dir = path.join(repoRoot, "seeds");
  seeds = await Promise.all((await readdir(dir)).sort().map((n) => readFile(path.join(dir, n))));
});

describe(`${CASES} mutated seeds`, () => {
  it("never crash a stage and never lose an article", () => {
    const r = prng(SEED);
    const crashes: Crash[] = [];
    const batches: ExtractedDoc[][] = [[]];
    let ingested = 0;
    for (let caseNo = 0; caseNo < CASES; caseNo++) {
      const { bytes, ops } = mutate(r, seeds[caseNo % seeds.length]!);
      const source = `seeds/case-${caseNo}.txt`;
      const got = readOne(source, bytes);
      if (got.ingested) ingested++;
      if (got.fail) {
        crashes.push({ caseNo, stage: got.fail.stage, ops, message: got.fail.error.message, stack: got.fail.error.stack ?? "", minimal: shrink(source, bytes, got.fail.stage) });
        continue;
      }
      if (!got.doc) continue;
      if (batches.at(-1)!.length === BATCH) batches.push([]);
      batches.at(-1)!.push(got.doc);
    }
    const report = crashes.map((c) => `case ${c.caseNo} (${c.ops.join("; ")}): ${c.stage} threw ${c.message}\nminimal input: ${JSON.stringify(c.minimal)}\n${c.stack}`);
    expect(report).toEqual([]);
    expect(ingested).toBeGreaterThan(CASES * 0.8); // the mutations mostly keep a readable document

    let linked = 0;
    for (const [b, docs] of batches.entries()) {
      const corpus = link(docs);
      expect(corpus.articles.map((a) => a.id).sort(), `batch ${b}`).toEqual(docs.map((d) => d.id).sort());
      linked += corpus.articles.length;
      if (b < RENDERED_BATCHES) {
        const files = renderSite(corpus, DEFAULT_CONFIG);
        for (const a of corpus.articles) expect(files.has(`articles/${a.id}/index.html`), a.id).toBe(true);
        for (const m of corpus.meetings) expect(files.has(`meetings/${m.id}/index.html`), m.id).toBe(true);
      }
    }
    expect(linked).toBe(ingested);
  }, 120_000);
});
