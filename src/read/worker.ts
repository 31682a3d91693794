// Worker-thread entry of the reading pool: reads each batch it is sent and posts the outcomes
// back, with the time each stage took on this thread.

import { parentPort } from "node:worker_threads";
import { readDocument } from "./documents.ts";
import type { FromWorker, ToWorker } from "./pool.ts";

parentPort?.on("message", ({ batch, docs }: ToWorker) => {
  const timings: Record<string, number> = {};
  const outcomes = docs.map((raw) => readDocument(raw, timings));
  parentPort!.postMessage({ batch, outcomes, timings } satisfies FromWorker);
});
