// Dev timing, not a test: readEntities over the benchmark's true article bodies (one
// segment per paragraph), reported per 1,000 sentences. Run: npx tsx test/entities/dev/bench.ts
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { readEntities, type TextSegment } from "../../../src/extract/entities/index.ts";
import { splitSentences } from "../../../src/extract/sentences.ts";

const dir = "/work/shared/bench/extraction/truth";
const docs: TextSegment[][] = readdirSync(dir).sort().map((f) =>
  readFileSync(join(dir, f), "utf8").split(/\n+/).map((t) => t.trim()).filter(Boolean).map((text) => ({ text, role: "body" as const })),
);
const sentences = docs.flat().reduce((n, s) => n + splitSentences(s.text).length, 0);
for (const d of docs) readEntities(d); // warm-up
const rounds = 5;
const t0 = performance.now();
let people = 0, places = 0, quotes = 0;
for (let i = 0; i < rounds; i++) for (const d of docs) {
  const r = readEntities(d);
  if (i === 0) { people += r.people.length; places += r.places.length; quotes += r.quotes.length; }
}
const ms = (performance.now() - t0) / rounds;
console.log(`${docs.length} docs, ${sentences} sentences: ${ms.toFixed(1)} ms per pass = ${((ms / sentences) * 1000).toFixed(1)} ms per 1,000 sentences`);
console.log(`found ${people} people, ${places} places, ${quotes} quotes`);
