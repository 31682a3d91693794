// The site's search index, made from the linked corpus (never by reading the HTML back): a pure
// function of the corpus, so the same corpus gives byte-identical files. The search page's
// script (src/render/assets/search-js.ts) reads them; see README.md for the layout.

import { createHash } from "node:crypto";
import type { Article, Corpus, Meeting, Person } from "../types.ts";
import { pagePath } from "../paths.ts";
import { compareDates, compareDatesNewestFirst, formatDate, formatSpan } from "../render/dates.ts";
import { SEARCH_DOCS, SEARCH_MANIFEST, shardFile } from "./page.ts";
import { scanTokens } from "./tokenize.ts";
import { TermTable } from "./terms.ts";

/** Largest shard in UTF-8 bytes, unless one term alone is larger (it cannot be split). */
export const SHARD_BUDGET = 48 * 1024;
/** Document records per docs file: a page of 20 results fetches a few small files. */
export const DOCS_PER_FILE = 50;

export type SearchKind = "Article" | "Person" | "Meeting";

/** What the results list shows of a document: kind, URL from the site root, title, date, a line. */
export type DocRecord = [kind: SearchKind, url: string, title: string, date: string, line: string];

/** What `search/manifest.json` holds. */
export interface SearchManifest {
  /** A hash of every other index file, added to their URLs so a browser never mixes two builds. */
  version: string;
  docs: number;
  docsPerFile: number;
  /** The first term of each shard, sorted: a term is in the last shard whose first term is not after it. */
  shards: string[];
}

// How much a term counts where it occurs, and how many repeats in one field count. A title or
// name hit outranks anything the body can add (at most 6).
interface Field {
  text: string;
  weight: number;
  cap: number;
}
const title = (text: string): Field => ({ text, weight: 12, cap: 1 });
const strong = (text: string): Field => ({ text, weight: 4, cap: 1 });

interface Doc {
  record: DocRecord;
  fields: Field[];
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The Markdown body without link and image targets (their URLs are not text a reader sees). */
function linkTargetsOut(md: string): string {
  return md.includes("](") ? md.replace(/\]\([^)]*\)/g, "]") : md;
}

function articleDoc(a: Article, summary: string): Doc {
  const date = a.published.precision === "unknown" || !a.published.value ? "" : formatDate(a.published);
  return {
    record: ["Article", pagePath.article(a.id), a.title, date, summary],
    fields: [
      title(a.title),
      strong(a.subtitle ?? ""),
      strong(a.authors.map((x) => x.name).join("\n")),
      { text: a.images.map((im) => im.caption).join("\n"), weight: 1, cap: 2 },
      { text: linkTargetsOut(a.body), weight: 1, cap: 6 },
    ],
  };
}

function personDoc(p: Person): Doc {
  const roles = [...new Set(p.roles.map((r) => r.title))];
  const n = p.articles.length;
  const about = [...roles.slice(0, 3), p.country].filter(Boolean).join(", ");
  const line = `${about ? `${about}. ` : ""}Named in ${n} article${n === 1 ? "" : "s"}.`;
  return {
    record: ["Person", pagePath.person(p.id), p.name, "", line],
    fields: [
      { text: p.name, weight: 20, cap: 1 }, // their page comes before meetings and articles titled with the name
      { text: p.aliases.join("\n"), weight: 6, cap: 1 },
      { text: roles.join("\n"), weight: 2, cap: 1 },
    ],
  };
}

function meetingDoc(m: Meeting): Doc {
  const place = [m.place?.city, m.place?.country].filter(Boolean).join(", ");
  const names = m.participants.map((p) => p.name);
  const shown = names.length > 6 ? `${names.slice(0, 6).join(", ")} and ${names.length - 6} more` : names.join(", ");
  const date = m.date.precision === "unknown" || !m.date.value ? "" : formatSpan(m.date, m.end);
  return {
    record: ["Meeting", pagePath.meeting(m.id), m.title, date, [shown, place].filter(Boolean).join(" — ")],
    fields: [title(m.title), strong(place), { text: names.join("\n"), weight: 2, cap: 1 }],
  };
}

/** Every document in index order (also the order of equal scores): articles newest first, people, meetings. */
function documents(corpus: Corpus, summaries: Map<string, string>): Doc[] {
  const articles = [...corpus.articles].sort((a, b) => compareDatesNewestFirst(a.published, b.published) || byText(a.title, b.title) || byText(a.id, b.id));
  const people = [...corpus.entities.people].sort((a, b) => byText(a.name, b.name) || byText(a.id, b.id));
  const meetings = [...corpus.meetings].sort((a, b) => compareDates(a.date, b.date) || byText(a.id, b.id));
  return [...articles.map((a) => articleDoc(a, summaries.get(a.id) ?? "")), ...people.map(personDoc), ...meetings.map(meetingDoc)];
}

/** Each term with its postings: for term `t`, docs and weights `at[t]` to `at[t + 1]`, docs ascending. */
interface Postings {
  terms: string[];
  at: Int32Array;
  docs: Int32Array;
  weights: Int32Array;
}

function postings(docs: Doc[]): Postings {
  // Per-term counters live in typed arrays indexed by the term's number, and postings are
  // written as (term, doc, weight) triples then grouped by term: no map or list per document
  // or per term while reading every word of every article.
  const table = new TermTable();
  let count: Int32Array = new Int32Array(1 << 12);
  let weight: Int32Array = new Int32Array(1 << 12);
  let triples: Int32Array = new Int32Array(1 << 16);
  let used = 0;
  const inField: number[] = [];
  const inDoc: number[] = [];
  const see = (id: number) => {
    if (id >= count.length) {
      count = grown(count, id);
      weight = grown(weight, id);
    }
    const c = count[id]!;
    count[id] = c + 1;
    if (c === 0) inField.push(id);
  };
  const seeRange = (s: string, from: number, to: number, hash: number) => see(table.idOfAsciiRange(s, from, to, hash));
  const seeToken = (t: string) => see(table.idOf(t));
  for (let n = 0; n < docs.length; n++) {
    for (const f of docs[n]!.fields) {
      if (!f.text) continue;
      scanTokens(f.text, seeRange, seeToken);
      for (const id of inField) {
        if (weight[id] === 0) inDoc.push(id);
        weight[id]! += f.weight * Math.min(count[id]!, f.cap);
        count[id] = 0;
      }
      inField.length = 0;
    }
    if (used + 3 * inDoc.length > triples.length) triples = grown(triples, used + 3 * inDoc.length);
    for (const id of inDoc) {
      triples[used++] = id;
      triples[used++] = n;
      triples[used++] = weight[id]!;
      weight[id] = 0;
    }
    inDoc.length = 0;
  }
  // Group by term (a counting sort keeps each term's docs in ascending order).
  const terms = table.terms;
  const at = new Int32Array(terms.length + 1);
  for (let i = 0; i < used; i += 3) at[triples[i]! + 1]!++;
  for (let t = 0; t < terms.length; t++) at[t + 1]! += at[t]!;
  const next = at.slice(0, terms.length);
  const ds = new Int32Array(used / 3);
  const ws = new Int32Array(used / 3);
  for (let i = 0; i < used; i += 3) {
    const k = next[triples[i]!]!++;
    ds[k] = triples[i + 1]!;
    ws[k] = triples[i + 2]!;
  }
  return { terms, at, docs: ds, weights: ws };
}

/** A copy of `a` with room for index `need`. */
function grown(a: Int32Array, need: number): Int32Array {
  let size = a.length * 2;
  while (size <= need) size *= 2;
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

/** Term `t`'s entry in a shard: `"term":[first doc, weight, gap, weight, ...]`. */
function entry(p: Postings, t: number, scratch: Int32Array): string {
  let j = 0;
  for (let k = p.at[t]!, prev = 0; k < p.at[t + 1]!; k++) {
    scratch[j++] = p.docs[k]! - prev;
    scratch[j++] = p.weights[k]!;
    prev = p.docs[k]!;
  }
  return `${JSON.stringify(p.terms[t])}:[${scratch.subarray(0, j).join(",")}]`;
}

/**
 * Cuts the sorted terms into shards of consecutive terms, each as full as the budget allows:
 * the start of each shard (a term larger than the budget gets a shard of its own). A term is
 * in the last shard whose first term is not after it, and the terms with a given prefix, being
 * consecutive, are in one shard or a few neighbours (type-ahead needs this).
 */
export function shardStarts(sizes: number[]): number[] {
  const starts: number[] = [];
  let size = Infinity;
  sizes.forEach((s, i) => {
    if (size + s + 1 > SHARD_BUDGET) {
      starts.push(i);
      size = 2; // the braces
    }
    size += s + 1; // and a comma
  });
  return starts;
}

/** Every file of the search index, by path from the site root. */
export function searchIndexFiles(corpus: Corpus, summaries: Map<string, string>): Map<string, string> {
  const docs = documents(corpus, summaries);
  const index = postings(docs);
  const order = index.terms.map((_, i) => i).sort((a, b) => byText(index.terms[a]!, index.terms[b]!));
  const scratch = new Int32Array(2 * docs.length);
  const entries = order.map((i) => entry(index, i, scratch));
  const starts = shardStarts(entries.map((e) => Buffer.byteLength(e)));

  const files = new Map<string, string>();
  starts.forEach((from, i) => files.set(shardFile(i), `{${entries.slice(from, starts[i + 1] ?? entries.length).join(",")}}\n`));
  for (let k = 0; k * DOCS_PER_FILE < docs.length; k++)
    files.set(SEARCH_DOCS(k), `[\n${docs.slice(k * DOCS_PER_FILE, (k + 1) * DOCS_PER_FILE).map((d) => JSON.stringify(d.record)).join(",\n")}\n]\n`);

  const hash = createHash("sha256");
  for (const [p, c] of files) hash.update(p).update("\0").update(c).update("\0");
  const manifest: SearchManifest = {
    version: hash.digest("hex").slice(0, 16),
    docs: docs.length,
    docsPerFile: DOCS_PER_FILE,
    shards: starts.map((from) => index.terms[order[from]!]!),
  };
  files.set(SEARCH_MANIFEST, `${JSON.stringify(manifest)}\n`);
  return files;
}
