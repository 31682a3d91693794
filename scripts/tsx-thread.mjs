// Worker-thread entry that runs a TypeScript module under tsx. On Node 20 the loader tsx
// registers on the main thread does not reach worker threads (a `.ts` entry fails with "Unknown
// file extension"), so a thread started from the sources registers it again here first.
// workerData.tsEntry: the module's file URL; the module reads the rest of workerData itself.

import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.tsEntry);
