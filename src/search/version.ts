// The manifest's version is a hash of every other index file (path, then the hash of its text):
// a file's own hash can then be kept while the file is the same (memo.ts), and a rebuild hashes
// only the files that changed.

import { createHash } from "node:crypto";

/** A file's hash, as the version takes it. */
export const digest = (data: string | Uint8Array): Buffer => createHash("sha256").update(data).digest();

/** A docs file: its records, its text and the text's hash. */
export interface DocFile {
  records: string[];
  text: string;
  digest: Buffer;
}

export const docFile = (records: string[], text: string): DocFile => ({ records, text, digest: digest(text) });
