// The ingest stage: files -> RawDoc. See README.md for limits and messages.

export type { IngestCache, IngestOptions, IngestProblem } from "./problems.ts";
export { ingestBytes } from "./ingest-bytes.ts";
export { listSeeds, isLitter } from "./list-seeds.ts";
export { ingestDir } from "./ingest-dir.ts";
export { readSeedFile, type SeedReader, type ReadResult } from "./read.ts";
export { DEFAULT_LIMITS } from "./limits.ts";
