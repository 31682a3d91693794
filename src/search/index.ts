// The site's search index, made from the linked corpus (never by reading the HTML back): a pure
// function of the corpus, so the same corpus gives byte-identical files. The search page's
// script (src/render/assets/search-js.ts) reads them; see README.md for the layout.

import { createHash } from "node:crypto";
import type { Article, Corpus, FuzzyDate, Meeting, Person } from "../types.ts";
import { pagePath } from "../paths.ts";
import { compareDates, formatDate, formatSpan } from "../render/dates.ts";
import { byText, newestFirst, sorted, type Ordered } from "../render/order.ts";
import { SEARCH_DOCS, SEARCH_MANIFEST, shardFile } from "./page.ts";
import { writeEntries } from "./entries.ts";
import { Analyser, type Field, group, grown, type Postings } from "./postings.ts";
import type { Reads, SearchMemo } from "./memo.ts";
import { TermTable } from "./terms.ts";
import { digest, docFile } from "./version.ts";

export { SearchMemo } from "./memo.ts";

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
const title = (text: string): Field => ({ text, weight: 12, cap: 1 });
const strong = (text: string): Field => ({ text, weight: 4, cap: 1 });

interface Doc {
  record: DocRecord;
  fields: Field[];
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
      { text: a.body, weight: 1, cap: 6, markdown: true },
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

// What each document's record and fields are made of, for the memo (memo.ts): a document given
// as a new object whose values are last build's is not made or read again. Every value the *Doc
// functions above read must be here (search-memo.test.ts changes each one).
function dateReads(d: FuzzyDate | null, out: Reads): void {
  if (d) out.add(d.value).add(d.precision).add(d.earliest).add(d.latest);
  else out.add(null);
}
function articleReads(a: Article, summary: string, out: Reads): void {
  out.add(a.id).add(a.title).add(a.subtitle).add(a.body).add(summary).add(a.authors.length).add(a.images.length);
  dateReads(a.published, out);
  for (const x of a.authors) out.add(x.name);
  for (const im of a.images) out.add(im.caption);
}
function personReads(p: Person, out: Reads): void {
  out.add(p.id).add(p.name).add(p.country).add(p.articles.length).add(p.aliases.length).add(p.roles.length);
  for (const x of p.aliases) out.add(x);
  for (const r of p.roles) out.add(r.title);
}
function meetingReads(m: Meeting, out: Reads): void {
  out.add(m.id).add(m.title).add(m.place?.city).add(m.place?.country).add(m.participants.length);
  dateReads(m.date, out);
  dateReads(m.end, out);
  for (const x of m.participants) out.add(x.name);
}

const articleOrder = newestFirst; // as the home page lists them
const personOrder = (a: Person, b: Person) => byText(a.name, b.name) || byText(a.id, b.id);
const meetingOrder = (a: Meeting, b: Meeting) => compareDates(a.date, b.date) || byText(a.id, b.id);

/** Every document in index order (also the order of equal scores): articles newest first, people, meetings. */
export class Documents {
  private readonly articles: Article[];
  private readonly people: Person[];
  private readonly meetings: Meeting[];
  readonly count: number;
  /** With a memo: how each kind was ordered (`sorted`), for the next build. */
  readonly ordered: [Ordered<Article>, Ordered<Person>, Ordered<Meeting>] | undefined;

  constructor(corpus: Corpus, private readonly summaryOf: (a: Article) => string, last?: [Ordered<Article>, Ordered<Person>, Ordered<Meeting>] | null) {
    if (last === undefined) {
      this.articles = [...corpus.articles].sort(articleOrder);
      this.people = [...corpus.entities.people].sort(personOrder);
      this.meetings = [...corpus.meetings].sort(meetingOrder);
    } else {
      this.ordered = [sorted(corpus.articles, articleOrder, last?.[0]), sorted(corpus.entities.people, personOrder, last?.[1]), sorted(corpus.meetings, meetingOrder, last?.[2])];
      [this.articles, this.people, this.meetings] = [this.ordered[0].output, this.ordered[1].output, this.ordered[2].output];
    }
    this.count = this.articles.length + this.people.length + this.meetings.length;
  }

  /** Every document's object, by number. */
  objects(): (Article | Person | Meeting)[] {
    return [...this.articles, ...this.people, ...this.meetings];
  }

  /** Document n's object. */
  object(n: number): Article | Person | Meeting {
    const a = this.articles.length;
    const p = this.people.length;
    return n < a ? this.articles[n]! : n < a + p ? this.people[n - a]! : this.meetings[n - a - p]!;
  }

  /** Document n's kind: 0 article, 1 person, 2 meeting. */
  kind(n: number): 0 | 1 | 2 {
    return n < this.articles.length ? 0 : n < this.articles.length + this.people.length ? 1 : 2;
  }

  /** Document n's id (unique within its kind). */
  id(n: number): string {
    const a = this.articles.length;
    const p = this.people.length;
    return n < a ? this.articles[n]!.id : n < a + p ? this.people[n - a]!.id : this.meetings[n - a - p]!.id;
  }

  doc(n: number): Doc {
    const a = this.articles.length;
    const p = this.people.length;
    if (n < a) return articleDoc(this.articles[n]!, this.summaryOf(this.articles[n]!));
    return n < a + p ? personDoc(this.people[n - a]!) : meetingDoc(this.meetings[n - a - p]!);
  }

  /** Appends what document n is made of to `out`. */
  reads(n: number, out: Reads): void {
    const a = this.articles.length;
    const p = this.people.length;
    if (n < a) articleReads(this.articles[n]!, this.summaryOf(this.articles[n]!), out);
    else if (n < a + p) personReads(this.people[n - a]!, out);
    else meetingReads(this.meetings[n - a - p]!, out);
  }
}

/**
 * Cuts the sorted terms into shards of consecutive terms, each as full as the budget allows:
 * the start of each shard (a term larger than the budget gets a shard of its own). A term is
 * in the last shard whose first term is not after it, and the terms with a given prefix, being
 * consecutive, are in one shard or a few neighbours (type-ahead needs this).
 */
export function shardStarts(sizes: ArrayLike<number>): number[] {
  const starts: number[] = [];
  let size = Infinity;
  for (let i = 0; i < sizes.length; i++) {
    const s = sizes[i]!;
    if (size + s + 1 > SHARD_BUDGET) {
      starts.push(i);
      size = 2; // the braces
    }
    size += s + 1; // and a comma
  }
  return starts;
}

/**
 * Every file of the search index, by path from the site root. A caller that builds again and
 * again (the dev loop) can pass the same `memo` each time: the files are the same, but only
 * the documents that changed are made and read again (memo.ts).
 */
export function searchIndexFiles(corpus: Corpus, summaryOf: (a: Article) => string, memo?: SearchMemo): Map<string, string> {
  const docs = new Documents(corpus, summaryOf, memo?.lastOrder());
  const table = memo ? memo.table : new TermTable();
  const json: string[] = [];
  const { postings: index, reuse } = memo ? memo.postings(docs, json) : { postings: postings(docs, table, json), reuse: undefined };
  // In a fresh build every term has postings; the memo's table may also hold terms no document has any more.
  const order = memo ? live(memo.order(), index) : sortedTerms(table.terms);
  const entries = writeEntries(table.terms, order, index, reuse, memo?.bytes);
  const { bytes, ends } = entries;
  const sizes = new Int32Array(order.length);
  for (let k = 0; k < order.length; k++) sizes[k] = ends[k]! - (k > 0 ? ends[k - 1]! : 0) - 1; // without its comma
  const starts = shardStarts(sizes);

  // The version hashes every file's path and the hash of its text (a shard's as the bytes it is
  // decoded from): the memo keeps a file's hash while the file is the same, so a rebuild hashes
  // only the files that changed, not the ~7 MB of the index at 4,000 articles.
  const version = createHash("sha256");
  const files = new Map<string, string>();
  const shards = starts.map((start, i) => {
    const from = start > 0 ? ends[start - 1]! : 0;
    const to = ends[(starts[i + 1] ?? order.length) - 1]! - 1; // the entries and the commas between them
    const make = () => `{${bytes.toString("utf8", from, to)}}\n`;
    const shard = memo ? memo.shard(i, bytes, from, to, make) : { text: make(), from, to, digest: digest(bytes.subarray(from, to)) };
    files.set(shardFile(i), shard.text);
    version.update(shardFile(i)).update("\0").update(shard.digest);
    return shard;
  });
  for (let k = 0; k * DOCS_PER_FILE < json.length; k++) {
    const records = json.slice(k * DOCS_PER_FILE, (k + 1) * DOCS_PER_FILE);
    const make = () => `[\n${records.join(",\n")}\n]\n`;
    const file = memo ? memo.docFile(k, records, make) : docFile(records, make());
    files.set(SEARCH_DOCS(k), file.text);
    version.update(SEARCH_DOCS(k)).update("\0").update(file.digest);
  }
  const manifest: SearchManifest = {
    version: version.digest("hex").slice(0, 16),
    docs: json.length,
    docsPerFile: DOCS_PER_FILE,
    shards: starts.map((from) => table.terms[order[from]!]!),
  };
  files.set(SEARCH_MANIFEST, `${JSON.stringify(manifest)}\n`);
  memo?.keep(index, entries, order, shards);
  return files;
}

/** Every document's (term, weight) pairs grouped by term, and its record's JSON in `json`. */
function postings(docs: Documents, table: TermTable, json: string[]): Postings {
  // All documents' pairs in one buffer, document n's from `at[n]` to `at[n + 1]`.
  const analyser = new Analyser(table);
  let pairs: Int32Array = new Int32Array(1 << 16);
  const at = new Int32Array(docs.count + 1);
  for (let n = 0; n < docs.count; n++) {
    const d = docs.doc(n);
    json.push(JSON.stringify(d.record));
    const len = analyser.analyse(d.fields);
    if (at[n]! + len > pairs.length) pairs = grown(pairs, at[n]! + len);
    pairs.set(analyser.pairs.subarray(0, len), at[n]!);
    at[n + 1] = at[n]! + len;
  }
  return group(table.terms.length, pairs, at);
}

/** Every term's number, in text order. */
function sortedTerms(terms: string[]): Int32Array {
  return Int32Array.from(terms.keys()).sort((a, b) => byText(terms[a]!, terms[b]!));
}

/** The terms of `order` that have postings. */
function live(order: Int32Array, p: Postings): Int32Array {
  const out = new Int32Array(order.length);
  let k = 0;
  for (const t of order) if (p.at[t + 1]! > p.at[t]!) out[k++] = t;
  return out.subarray(0, k);
}
