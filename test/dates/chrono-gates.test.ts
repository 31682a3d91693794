// The chrono gates are a speed-up only: with them, chrono finds exactly what it finds without
// them. Checked on the seeds, a generated corpus and phrases near each gate's edge — and again
// whenever chrono-node is upgraded, since the gates were read off its patterns.

import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildNewsChrono } from "../../src/extract/dates/chrono-setup.ts";
import { ingestDir } from "../../src/ingest/index.ts";
import { writeCorpus } from "../../scripts/bench/corpus.ts";
import { repoRoot, tempDir } from "../robustness/helpers.ts";

const gatedChrono = buildNewsChrono();
const plainChrono = buildNewsChrono({ gates: false });
const REF = new Date(Date.UTC(2024, 10, 20, 12));

const found = (c: ReturnType<typeof buildNewsChrono>, text: string) =>
  c.parse(text, REF).map((r) => ({ index: r.index, text: r.text, start: r.start.date().toISOString(), end: r.end?.date().toISOString() ?? null }));

const EDGE_CASES = [
  "They met last night and again at midnight.",
  "Talks resume in two weeks; a fortnight ago they stalled.",
  "The visit ended Wed. EST officials said more talks were planned.",
  "On the 27th, and from the 11th to the 15th, delegations met.",
  "Last May the ministers met; July of last year, too.",
  "Three days later the envoy left. Two days earlier he arrived.",
  "This weekend, next Tuesday, the past month, the end of the month.",
  "at noon, this morning, tonight, tomorrow, yesterday, today, now",
  "2024-11-03T10:00:00Z and 11/03/2024 and 3/11 and 2024年",
  "Sept. 5, Dec 1st 2023, 1 Jan, in 2021, during 1999",
  "No date words at all in this sentence about policy.",
];

describe("chrono gates", () => {
  it("change nothing chrono finds, on real, generated and edge-case text", async () => {
    const texts = [...EDGE_CASES];
    const { dir, cleanup } = await tempDir("chrono-gates");
    try {
      await writeCorpus(dir, 60);
      for (const folder of [path.join(repoRoot, "seeds"), dir]) {
        for (const doc of (await ingestDir(folder, repoRoot)).docs) texts.push(...doc.text.split(/\n+/).filter((p) => p.trim()));
      }
    } finally {
      await cleanup();
    }
    let withDates = 0;
    for (const text of texts) {
      const plain = found(plainChrono, text);
      if (plain.length) withDates++;
      expect(found(gatedChrono, text), text).toEqual(plain);
    }
    expect(withDates).toBeGreaterThan(100); // the check saw many dates, not only empty results
  }, 60_000);
});
