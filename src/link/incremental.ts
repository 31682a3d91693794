// Relinking after an edit, for the dev loop. Most edits are prose: a word in the body, a quote,
// a caption. Those leave everything linking reads (LinkInput) as it was, so the corpus-wide
// result is reused and only the edited articles are assembled again — milliseconds instead of
// linking thousands of articles. Anything else (a name, a date, a meeting, an added or removed
// article) links the whole corpus again. Either way the result equals link(docs).

import type { Article, Corpus, ExtractedDoc } from "../types.ts";
import { articleOf, LINK_FIELDS, linkDocs, type Linked } from "./index.ts";

/** What the dev loop keeps between builds. */
export interface LinkState {
  /** The documents last linked, by id, and the articles made of them. */
  docs: Map<string, ExtractedDoc>;
  articles: Map<string, Article>;
  linked: Linked;
  corpus: Corpus;
}

export interface Relinked {
  corpus: Corpus;
  state: LinkState;
  /**
   * When the corpus-wide result was reused: the ids of the articles made again (every other
   * article, meeting and entity is the very same object as before, and no title, date or link
   * any other page shows has changed). Null when the corpus was linked again.
   */
  reassembled: Set<string> | null;
}

/**
 * What of a document linking reads (every LINK_FIELDS field, so a field added there is in the
 * key too) and what other pages show of it (its title and source). Role evidence is left out:
 * linking reads only a role's title.
 */
function linkKey(doc: ExtractedDoc): string {
  const read = LINK_FIELDS.map((field) =>
    field === "people" ? doc.people.map((p) => ({ ...p, roles: p.roles.map((r) => r.title) })) : doc[field],
  );
  return JSON.stringify([doc.source, doc.title, ...read]);
}

export function relink(input: ExtractedDoc[], previous?: LinkState): Relinked {
  const changed = previous ? changedDocs(input, previous) : null;
  if (!previous || !changed) return full(input);
  const articles = new Map(previous.articles);
  const docs = new Map(previous.docs);
  for (const doc of changed) {
    articles.set(doc.id, articleOf(doc, previous.linked));
    docs.set(doc.id, doc);
  }
  const corpus: Corpus = { ...previous.corpus, articles: previous.corpus.articles.map((a) => articles.get(a.id)!) };
  return { corpus, state: { docs, articles, linked: previous.linked, corpus }, reassembled: new Set(changed.map((d) => d.id)) };
}

/** The documents that differ from the last build, when none differs in its link key; else null. */
function changedDocs(input: ExtractedDoc[], previous: LinkState): ExtractedDoc[] | null {
  if (input.length !== previous.docs.size) return null;
  const changed: ExtractedDoc[] = [];
  for (const doc of input) {
    const before = previous.docs.get(doc.id);
    if (!before) return null;
    if (before === doc) continue;
    if (linkKey(before) !== linkKey(doc)) return null;
    changed.push(doc);
  }
  return changed;
}

function full(input: ExtractedDoc[]): Relinked {
  const { corpus, docs, linked } = linkDocs(input);
  return {
    corpus,
    state: { docs: new Map(docs.map((d) => [d.id, d])), articles: new Map(corpus.articles.map((a) => [a.id, a])), linked, corpus },
    reassembled: null,
  };
}
