// The ingest stage's public option and report types.

/** Something wrong with one file. `source` is its path relative to the project root, "/"-separated. */
export interface IngestProblem {
  source: string;
  severity: "error" | "warning";
  message: string;
}

export interface IngestOptions {
  /** Files larger than this are refused unread. Default 10 MiB. */
  maxBytes?: number;
  /** Longer lines are cut to this many UTF-16 code units. Default 100,000. */
  maxLineChars?: number;
  /** Lines after this many are dropped. Default 200,000. */
  maxLines?: number;
  /**
   * Results of earlier runs (the dev loop keeps one): a file whose size, times and inode are
   * unchanged is not read again. Entries of files no longer listed are removed.
   */
  cache?: IngestCache;
  /**
   * With `cache`: the absolute paths of the only files that may have changed since the last
   * run with that cache, when no file was added or removed (the dev loop knows this from its
   * watcher). The folder is then not listed again and no other file is checked.
   */
  changed?: ReadonlySet<string>;
}

/** Ingested files by absolute path, with the stat stamp they were read at. */
export type IngestCache = Map<string, { stamp: string; doc: import("../types.ts").RawDoc | null; problems: IngestProblem[] }>;
