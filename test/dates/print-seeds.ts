// Prints readDates on the five seed articles as a careful editor cut them (headline, dek,
// caption, body from /work/shared/gold/seeds.json), for eyeballing. Not a test.
// Usage: npx tsx test/dates/print-seeds.ts [clue-earliest clue-evidence]

import { readFileSync } from "node:fs";
import { readDates, type DateSegment, type WindowClue } from "../../src/extract/dates/index.ts";

interface GoldArticle {
  source: string;
  title: string | null;
  subtitle_lines?: string[];
  caption?: string;
  body: string[];
  published_window: [string, string];
  published_inferable: string;
}

const gold = JSON.parse(readFileSync(process.env.GOLD ?? "/work/shared/gold/seeds.json", "utf8")) as { articles: GoldArticle[] };
const [earliest, evidence] = process.argv.slice(2);
const clues: WindowClue[] = earliest ? [{ earliest, evidence: evidence ?? "caller clue" }] : [];

for (const a of gold.articles) {
  const segments: DateSegment[] = [
    ...(a.title ? [{ text: a.title, role: "headline" } as DateSegment] : []),
    ...(a.subtitle_lines ?? []).map((text): DateSegment => ({ text, role: "dek" })),
    ...(a.caption ? [{ text: a.caption, role: "caption" } as DateSegment] : []),
    ...a.body.map((text): DateSegment => ({ text, role: "body" })),
  ];
  const t0 = performance.now();
  const r = readDates(segments, { clues });
  const ms = performance.now() - t0;
  console.log(`\n=== ${a.source}  (gold window ${a.published_window.join("..")}, inferable: ${a.published_inferable}; ${ms.toFixed(1)} ms)`);
  console.log(`published: ${JSON.stringify({ ...r.published, evidence: undefined })}`);
  for (const e of r.published.evidence) console.log(`   evidence: ${e}`);
  for (const s of r.spans) {
    const d = (x: typeof s.date | null): string => (x ? `${x.value ?? "?"} [${x.precision}] ${x.earliest ?? "?"}..${x.latest ?? "?"}` : "");
    console.log(`  span ${JSON.stringify(s.text)} (${s.tense}) -> ${d(s.date)}${s.until ? "  until " + d(s.until) : ""}`);
  }
  for (const w of r.warnings) console.log(`  warning: ${w}`);
}
