// Dev check, not a test: reads every line of the seed files as a segment (a rough stand-in
// for the clean stage) and compares the people and places found with the gold reading.
// Run: npx tsx test/entities/dev/seed-report.ts [--verbose]

import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { readEntities, type TextSegment } from "../../../src/extract/entities/index.ts";
import { lookupOfficial, termClues } from "../../../src/knowledge/index.ts";

const SHARED = "/work/shared";
const verbose = process.argv.includes("--verbose");
interface Gold { source: string; people_required: string[]; people_forbidden: string[]; places_required: string[] }
const gold = JSON.parse(readFileSync(join(SHARED, "gold/seeds.json"), "utf8")) as { articles: Gold[] };

const key = (n: string) => lookupOfficial(n)?.name ?? n;
let found = 0, required = 0, forbiddenHits = 0, placesFound = 0, placesRequired = 0;
for (const file of readdirSync(join(SHARED, "seeds")).sort()) {
  const g = gold.articles.find((a) => a.source === file);
  if (!g) continue;
  const lines = readFileSync(join(SHARED, "seeds", file), "utf8").split("\n").map((l) => l.trim()).filter(Boolean);
  const segments: TextSegment[] = lines.map((text) => ({ text, role: "body" }));
  const r = readEntities(segments);
  const names = new Set(r.people.flatMap((p) => [key(p.name), p.name]));
  const missing = g.people_required.filter((n) => !names.has(n));
  const forbidden = g.people_forbidden.filter((n) => r.people.some((p) => p.name === n || p.aliases.includes(n)));
  const places = new Set(r.places.map((p) => p.name));
  const missingPlaces = g.places_required.filter((n) => !places.has(n));
  found += g.people_required.length - missing.length;
  required += g.people_required.length;
  forbiddenHits += forbidden.length;
  placesFound += g.places_required.length - missingPlaces.length;
  placesRequired += g.places_required.length;
  console.log(`\n== ${file}`);
  console.log(`people: ${r.people.map((p) => p.name).join(" | ")}`);
  console.log(`  missing required: ${missing.join(", ") || "-"}; forbidden found: ${forbidden.join(", ") || "-"}`);
  console.log(`places: ${r.places.map((p) => `${p.name}(${p.kind})`).join(", ")}; missing: ${missingPlaces.join(", ") || "-"}`);
  console.log(`orgs: ${r.organizations.map((o) => o.name + (o.aliases.length ? ` [${o.aliases.join(", ")}]` : "")).join(" | ")}`);
  if (verbose) {
    for (const p of r.people) console.log(`  * ${p.name} (${p.country ?? "?"}) aliases=${JSON.stringify(p.aliases)} roles=${JSON.stringify(p.roles.map((x) => x.title))}`);
    for (const q of r.quotes) console.log(`  “${q.text.slice(0, 70)}…” — ${q.speaker ?? "null"}`);
    for (const c of termClues(r.people)) console.log(`  clue ${c.earliest ?? "…"}..${c.latest ?? "…"}: ${c.evidence}`);
  }
}
console.log(`\nTOTAL people required found ${found}/${required}; forbidden found ${forbiddenHits}; places required found ${placesFound}/${placesRequired}`);
