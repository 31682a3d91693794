// Relinking after an edit, for the dev loop. Most edits are prose: a word in the body, a quote,
// a caption. Those leave everything linking reads (LinkInput) as it was, so the corpus-wide
// result is reused and only the edited articles are assembled again — milliseconds instead of
// linking thousands of articles. Anything else (a name, a date, a meeting, an added or removed
// article) links the whole corpus again. Either way the result equals link(docs).

import type { Article, Corpus, ExtractedDoc } from "../types.ts";
import { articleOf, LINK_FIELDS, linkDocs, type Linked } from "./index.ts";
import { sharedCorpus } from "./share.ts";
import { replacedAt } from "../replaced.ts";

/** What the dev loop keeps between builds. */
export interface LinkState {
  /** The documents last linked, in the order given. */
  input: ExtractedDoc[];
  /** Where each of them (same index) has its article in `corpus.articles`. */
  articleAt: Int32Array;
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

/** At most this many replaced documents are looked at one by one (beyond, they are matched by id). */
const FEW = 64;

export function relink(input: ExtractedDoc[], previous?: LinkState): Relinked {
  if (!previous || input.length !== previous.input.length) return full(input, previous);
  // Usually (the dev loop's edit) the same documents in the same places, a few replaced: only
  // those are looked at (each look at one of 4,000 costs memory traffic). Else matched by id.
  const matched = samePlaces(input, previous) ?? byId(input, previous);
  if (!matched) return full(input, previous);
  const { replaced, before, articleAt } = matched;
  for (const i of replaced) if (linkKey(before[i]!) !== linkKey(input[i]!)) return full(input, previous);
  const articles = previous.corpus.articles.slice();
  for (const i of replaced) articles[articleAt[i]!] = articleOf(input[i]!, previous.linked);
  const corpus: Corpus = { ...previous.corpus, articles };
  return {
    corpus,
    state: { input: input.slice(), articleAt, linked: previous.linked, corpus },
    reassembled: new Set(replaced.map((i) => input[i]!.id)),
  };
}

interface Matched {
  /** Indexes in the input of the documents that are not the very ones last linked. */
  replaced: number[];
  /** The document each input replaces (by index; only `replaced` are read). */
  before: readonly ExtractedDoc[];
  articleAt: Int32Array;
}

/** The input is the last one with at most FEW documents replaced, each by one with its id; else null. */
function samePlaces(input: ExtractedDoc[], previous: LinkState): Matched | null {
  const replaced = replacedAt(input, previous.input, FEW);
  if (!replaced || replaced.some((i) => input[i]!.id !== previous.input[i]!.id)) return null;
  return { replaced, before: previous.input, articleAt: previous.articleAt };
}

/** The input matched with the last one by id; null when an id is new. */
function byId(input: ExtractedDoc[], previous: LinkState): Matched | null {
  const at = new Map(previous.input.map((d, j) => [d.id, j]));
  const replaced: number[] = [];
  const before: ExtractedDoc[] = [];
  const articleAt = new Int32Array(input.length);
  for (let i = 0; i < input.length; i++) {
    const j = at.get(input[i]!.id);
    if (j === undefined) return null;
    before[i] = previous.input[j]!;
    articleAt[i] = previous.articleAt[j]!;
    if (before[i] !== input[i]) replaced.push(i);
  }
  return { replaced, before, articleAt };
}

/** Links the whole corpus; with last build's state, its objects are kept wherever equal (share.ts). */
function full(input: ExtractedDoc[], previous?: LinkState): Relinked {
  const linkedNow = linkDocs(input);
  const { linked } = linkedNow;
  const corpus = previous ? sharedCorpus(linkedNow.corpus, previous.corpus) : linkedNow.corpus;
  const at = new Map(corpus.articles.map((a, k) => [a.id, k]));
  return {
    corpus,
    state: { input: input.slice(), articleAt: Int32Array.from(input, (d) => at.get(d.id)!), linked, corpus },
    reassembled: null,
  };
}
