// Which file events start a rebuild. Only what the build reads counts: article files
// (*.txt, *.md) and folders under the seeds folder, and the settings file. Editor and OS litter
// (swap files, backups, .DS_Store) and other files (a vim "4913" probe, a PDF) never do.

import path from "node:path";
import { isLitter } from "../ingest/index.ts";

const ARTICLE_EXTENSION = /\.(txt|md)$/i;

export type WatchEvent = "add" | "addDir" | "change" | "unlink" | "unlinkDir" | string;

/** True when `event` on `file` (absolute) can change the site. */
export function triggersRebuild(event: WatchEvent, file: string, seedsDir: string, configFile: string): boolean {
  const abs = path.resolve(file);
  if (abs === path.resolve(configFile)) return true;
  const rel = path.relative(path.resolve(seedsDir), abs);
  if (rel === "") return event === "addDir" || event === "unlinkDir";
  if (rel.startsWith("..") || path.isAbsolute(rel)) return false;
  // A litter folder anywhere on the way (.git/, __MACOSX/) hides everything below it, as in ingest.
  if (rel.split(path.sep).some(isLitter)) return false;
  if (event === "addDir" || event === "unlinkDir") return true;
  return ARTICLE_EXTENSION.test(abs);
}

/** chokidar's `ignored`: never descend into litter folders, never stat litter files. */
export function ignoredByWatcher(file: string): boolean {
  return isLitter(path.basename(file));
}
