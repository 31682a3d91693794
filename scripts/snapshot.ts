// Per-document snapshot: ingest + clean + extract every file of a folder and write the results
// as one JSON file, with the time each stage took. Used to check that a speed-up changes nothing:
//   npx tsx scripts/snapshot.ts --seeds /tmp/corpus --out before.json
//   (change code) ... --out after.json && cmp before.json after.json

import { writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { ingestDir } from "../src/ingest/index.ts";
import { readDocuments } from "../src/read/documents.ts";

const { values } = parseArgs({ options: { seeds: { type: "string", default: "seeds" }, out: { type: "string" } } });
const root = process.cwd();
const timings: Record<string, number> = {};
let t0 = performance.now();
const { docs, problems } = await ingestDir(path.resolve(values.seeds), root);
timings.ingest = performance.now() - t0;
t0 = performance.now();
const extracted = readDocuments(docs, problems, timings).read.map((r) => r.doc);
timings.total = performance.now() - t0 + timings.ingest;
if (values.out) await writeFile(values.out, JSON.stringify({ docs, extracted, problems }, null, 1));
for (const [stage, ms] of Object.entries(timings)) process.stderr.write(`${stage.padEnd(8)} ${ms.toFixed(0)} ms\n`);
