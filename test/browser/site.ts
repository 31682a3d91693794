// Builds the project's seeds into a temporary folder with the real pipeline (search index
// included), and lists the pages a reader can reach.

import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "../../src/pipeline.ts";
import { DEFAULT_CONFIG } from "../../src/config.ts";
import type { Corpus } from "../../src/types.ts";

export const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const ARTIFACTS = path.join(PROJECT_ROOT, "test", "artifacts");

export interface BuiltSite {
  dir: string;
  corpus: Corpus;
  remove(): Promise<void>;
}

export async function buildSeedsSite(): Promise<BuiltSite> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), "newsfold-browser-"));
  const dir = path.join(tmp, "site");
  const result = await build({ root: PROJECT_ROOT, seedsDir: path.join(PROJECT_ROOT, "seeds"), outDir: dir, config: DEFAULT_CONFIG });
  return { dir, corpus: result.corpus, remove: () => rm(tmp, { recursive: true, force: true }) };
}

/** Every HTML file of the site (relative paths, sorted). */
export async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .sort();
}

/** The pages the tests walk through, chosen from whatever corpus the seeds gave. */
export interface Subjects {
  /** A person who took part in a meeting and is named in an article. */
  person: Corpus["entities"]["people"][number];
  /** An article naming that person (so its page links to them). */
  article: Corpus["articles"][number];
  /** The name the article's text uses for them: the full name when it appears, else an alias. */
  searchName: string;
  /** A meeting that person attended. */
  meeting: Corpus["meetings"][number];
  place: Corpus["entities"]["places"][number] | undefined;
  organization: Corpus["entities"]["organizations"][number] | undefined;
}

export function pickSubjects(corpus: Corpus): Subjects {
  const names = (p: Subjects["person"]) => [p.name, ...[...p.aliases].sort((a, b) => b.length - a.length)];
  for (const byFullName of [true, false])
    for (const person of corpus.entities.people) {
      const meeting = corpus.meetings.find((m) => m.participants.some((p) => p.person === person.id));
      for (const searchName of byFullName ? [person.name] : names(person)) {
        const article = corpus.articles.find((a) => a.people.includes(person.id) && a.body.includes(searchName));
        if (meeting && article) return { person, article, searchName, meeting, place: corpus.entities.places[0], organization: corpus.entities.organizations[0] };
      }
    }
  throw new Error("the seeds gave no person who both attended a meeting and is named in an article body");
}
