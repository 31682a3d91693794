// Where a worker thread's entry is. From the bundle (scripts/bundle.mjs, behind `npm run build`),
// each thread's entry is a file beside it; from the sources (`npm run dev` and the tests run them
// under tsx), the TypeScript module runs through scripts/tsx-thread.mjs, which registers tsx in
// the thread first (on Node 20 tsx's loader does not reach worker threads by itself).

import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** A worker script, and the workerData it needs besides what the caller sends. */
export interface ThreadEntry {
  script: URL;
  data?: Record<string, unknown>;
}

/**
 * The entry of a thread: `bundled` (a file name) beside the running bundle, or `source` (a path
 * under src/) through the tsx shim; null when neither is there. `here`: this module's URL (the
 * bundle's, once bundled).
 */
export function threadEntry(bundled: string, source: string, here = import.meta.url): ThreadEntry | null {
  if (here.endsWith(".mjs")) {
    const script = new URL(`./${bundled}`, here);
    return existsSync(fileURLToPath(script)) ? { script } : null;
  }
  const script = new URL("../scripts/tsx-thread.mjs", here);
  if (!here.endsWith(".ts") || !existsSync(fileURLToPath(script))) return null;
  return { script, data: { tsEntry: new URL(`./${source}`, here).href } };
}
