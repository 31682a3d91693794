// The render stage: Corpus -> every file of the site, keyed by its path in dist/. Pure and
// deterministic: the same corpus gives byte-identical files (no clocks, no randomness; every
// list has a total order). The pipeline writes the map to disk.

import type { Article, Corpus, Meeting, Person, Place, SiteConfig } from "../types.ts";
import { fileForPage, pagePath } from "../paths.ts";
import { compareDates } from "./dates.ts";
import { byText, newestFirst, sorted, type Ordered } from "./order.ts";
import { indexCorpus, pageContext, type PageContext, type SiteIndex } from "./context.ts";
import { renderMarkdown } from "./markdown.ts";
import { summarize } from "./summary.ts";
import { REMOVED_FILE, removedText } from "./removed.ts";
import { articlesJsonParts, entitiesJson, meetingsJsonParts } from "./data.ts";
import { GONE, materialise, sameContent, TextParts, type FileChange, type FileContent } from "../content.ts";
import { PageMemo, recordingContext, type Lookup } from "./page-memo.ts";
import { atomFeed, jsonFeed, robots, rssFeed, sitemap, timelineJs } from "./feeds.ts";
import { layoutTimeline } from "./timeline-layout.ts";
import { SITE_CSS } from "./assets/site-css.ts";
import { INDEX_JS } from "./assets/index-js.ts";
import { TIMELINE_JS } from "./assets/timeline-js.ts";
import { SEARCH_JS } from "./assets/search-js.ts";
import { SEARCH_PAGE, SEARCH_SCRIPT } from "../search/page.ts";
import { SearchMemo, searchIndexFiles } from "../search/index.ts";
import { indexPage, type HomeMemo } from "../../templates/index.ts";
import { articlePage } from "../../templates/article.ts";
import { timelinePage } from "../../templates/timeline.ts";
import { meetingPage } from "../../templates/meeting.ts";
import { personPage } from "../../templates/person.ts";
import { placePage } from "../../templates/place.ts";
import { organizationPage } from "../../templates/organization.ts";
import { notFoundPage } from "../../templates/not-found.ts";
import { searchPage } from "../../templates/search.ts";

export { renderMarkdown } from "./markdown.ts";

const inDateOrder = (a: Meeting, b: Meeting) => compareDates(a.date, b.date) || byText(a.date.latest ?? "", b.date.latest ?? "") || byText(a.id, b.id);

/** The articles newest first; with `last` (last render's), sorted starting from that order. */
export function articlesNewestFirst(articles: Article[], last?: Ordered<Article>): Ordered<Article> {
  return sorted(articles, newestFirst, last);
}

/** The meetings in timeline order; with `last` (last render's), sorted starting from that order. */
export function meetingsInDateOrder(meetings: Meeting[], last?: Ordered<Meeting>): Ordered<Meeting> {
  return sorted(meetings, inDateOrder, last);
}

/** Meetings by the lower-cased name of their city and of their country, in one pass. */
function meetingsByPlaceName(meetings: Meeting[]): Map<string, Meeting[]> {
  const out = new Map<string, Meeting[]>();
  for (const m of meetings)
    for (const n of new Set([m.place?.city, m.place?.country].filter((x): x is string => !!x).map((x) => x.toLowerCase())))
      (out.get(n) ?? out.set(n, []).get(n)!).push(m);
  return out;
}

/**
 * A person's quotes, newest article first: from their own articles only (a quote's speaker is
 * always named in its article), so a rebuild remaking a few person pages does not go through
 * every article's quotes. `position`: each article's place in the newest-first list.
 */
function quotesOf(p: Person, index: SiteIndex, position: Map<string, number>): { text: string; article: string }[] {
  const out: { text: string; article: string }[] = [];
  const articles = p.articles.filter((id) => position.has(id)).sort((a, b) => position.get(a)! - position.get(b)!);
  for (const id of articles) for (const q of index.articles.get(id)!.quotes) if (q.speaker === p.id) out.push({ text: q.text, article: id });
  return out;
}

/**
 * What render works out from linking's results alone (the meetings and the entities): kept by
 * the memo while those are the same objects, as after a prose edit (see link/incremental.ts).
 */
interface LinkViews {
  meetings: Meeting[];
  entities: Corpus["entities"];
  index: SiteIndex;
  atPlace: Map<string, Meeting[]>;
}

function linkViews(corpus: Corpus, meetingsInOrder: Meeting[], last: LinkViews | undefined): LinkViews {
  if (last?.meetings === corpus.meetings && last.entities === corpus.entities)
    return { ...last, index: { ...last.index, articles: new Map(corpus.articles.map((a) => [a.id, a])) } };
  return { meetings: corpus.meetings, entities: corpus.entities, index: indexCorpus(corpus, meetingsInOrder), atPlace: meetingsByPlaceName(meetingsInOrder) };
}

/** Each article's body HTML by id, when the reading stage made it (asked once per article page). */
export type Bodies = Pick<ReadonlyMap<string, string>, "get">;

/** One file of the site: its path in dist/ and its content. */
export type SiteFile = [path: string, content: FileContent];

/**
 * What a file is made from, so a rebuild after a prose edit (see link/incremental.ts) can tell
 * which files could have changed: "text" — every article's own text (the home page, data,
 * search, feeds); "links" — only what linking gives (titles, dates, meetings, entities) and the
 * settings; "fixed" — the settings alone; "same" — the very content last render made (the memo
 * says so); or one article's page, or one person's (their quotes).
 */
export type Needs = "text" | "links" | "fixed" | "same" | { article: string } | { person: string };

/** A file of the site, not made yet. `make` gives null for a page kept as it is on disk (see KeptPages). */
interface PlannedFile {
  path: string;
  needs: Needs;
  make(): FileContent | typeof GONE | null;
}

/** With the dev loop's page memo and the writer's record: pages whose inputs are as when they were written are kept. */
interface KeptPages {
  memo: PageMemo;
  written: ReadonlyMap<string, string>;
}

/**
 * A page (or a file made from one object without a context, as `removed.txt`), not made yet. A
 * class, not an object with an arrow: the dev loop runs under tsx, whose esbuild names every arrow
 * it makes (a property write each), for each of ~20,000 files.
 */
class PlannedPage implements PlannedFile {
  constructor(
    readonly path: string,
    readonly needs: Needs,
    /** Makes the file; a page is given its context (its links' lookups then recorded). */
    private readonly template: (ctx: PageContext) => FileContent,
    private readonly context: ((path: string) => PageContext) | null,
    /** The objects its view is made of, and the page memo: then it may be kept (null), or is recorded. */
    private readonly kept?: { inputs: readonly unknown[]; pages: KeptPages; index: SiteIndex },
    /** The page's path, for its context (the file's path is `fileForPage` of it). */
    private readonly page = path,
  ) {}
  make(): FileContent | null {
    if (this.kept?.pages.memo.unchanged(this.path, this.kept.inputs, this.kept.index, this.kept.pages.written.has(this.path))) return null;
    const ctx = this.context?.(this.page) as PageContext; // (a file that is not a page reads no context)
    if (!this.kept) return this.template(ctx);
    const lookups: Lookup[] = [];
    const content = this.template(ctx && recordingContext(ctx, lookups));
    this.kept.pages.memo.record(this.path, this.kept.inputs, lookups);
    return content;
  }
}

/** What the dev loop keeps between renders (see README.md): data text and home-page cards by object, the home page, the search index's work and files, linking's views, last orders, what each page was made from. */
export interface RenderMemo {
  articles: WeakMap<object, Uint8Array>;
  meetings: WeakMap<object, Uint8Array>;
  search: SearchMemo;
  /** The home page's cards and last render's page (templates/index.ts). */
  home: HomeMemo;
  /** Last render's home page. */
  homePage?: FileContent;
  /** Last render's search index files (their strings come back from the search memo when unchanged). */
  searchFiles?: Map<string, string>;
  /** What last render worked out from linking alone. */
  links?: LinkViews;
  /** What each page was made from (page-memo.ts): after the corpus is linked again, pages whose inputs are unchanged are kept. */
  pages: PageMemo;
  /** Last render's order of the articles and of the meetings (see order.ts's `sorted`). */
  articleOrder?: Ordered<Article>;
  meetingOrder?: Ordered<Meeting>;
}
export const newRenderMemo = (): RenderMemo => ({ articles: new WeakMap(), meetings: new WeakMap(), search: new SearchMemo(), home: { cards: new WeakMap() }, pages: new PageMemo() });

/** Every file of the site, in a Map (tests, small sites). */
export function renderSite(corpus: Corpus, config: SiteConfig, bodies?: Bodies): Map<string, string | Uint8Array> {
  const files = new Map<string, string | Uint8Array>();
  for (const [path, content] of renderFiles(corpus, config, bodies)) files.set(path, materialise(content));
  return files;
}

/**
 * Every file of the site, one at a time, so the writer can put each on disk and let it go
 * (a site of thousands of pages is never held whole). `bodies`: each article's body HTML by
 * id, when the reading stage made it; otherwise it is rendered here.
 */
export function* renderFiles(corpus: Corpus, config: SiteConfig, bodies?: Bodies, memo?: RenderMemo): Generator<SiteFile> {
  // With a memo, what each page is made from is recorded (nothing is on disk to keep yet), so the
  // dev loop's first rebuild after linking again can keep pages.
  const files = memo ? renderFilesKept(corpus, config, bodies, memo, new Map()) : changedFiles(planFiles(corpus, config, bodies));
  for (const [path, content] of files) {
    // (never GONE: only a plan of some files has those; never null: nothing is on disk to keep)
    if (content !== GONE && content !== null) yield [path, content];
  }
}

/**
 * Every file of the site, for the dev loop's writer after the corpus was linked again: a page
 * whose view objects and lookups are as when the file on disk was made (`written`: the writer's
 * record, which has every file on disk) comes as null, kept as it is, and is not made (page-memo.ts).
 */
export function* renderFilesKept(corpus: Corpus, config: SiteConfig, bodies: Bodies | undefined, memo: RenderMemo, written: ReadonlyMap<string, string>): Generator<[string, FileChange]> {
  memo.pages.keyed(JSON.stringify(config));
  const paths = new Set<string>();
  for (const file of planFiles(corpus, config, bodies, memo, undefined, { memo: memo.pages, written })) {
    paths.add(file.path);
    const content = file.make();
    if (content !== GONE) yield [file.path, content];
  }
  memo.pages.keepOnly(paths);
}

/** A site's files after an edit (see renderChanges). */
export interface SiteChanges {
  /**
   * complete: every file of the site, null for one that is as the last build wrote it.
   * Not complete: only the files made again, and GONE for those the site no longer has; every
   * other file is as the last build wrote it.
   */
  files: Iterable<[path: string, content: FileChange]>;
  complete: boolean;
}

/**
 * The site after a prose edit: `corpus` differs from the last one rendered only in the own text
 * of the articles in `reassembled` (relink's promise). Files that cannot have changed are not
 * made. With a memo that saw the last render, only the files made are listed (a prose edit
 * cannot add or remove a page; the search index's files it can, and those are compared with
 * last render's); without one, every file is, unmade ones as null.
 */
export function renderChanges(
  corpus: Corpus,
  config: SiteConfig,
  bodies: Bodies | undefined,
  reassembled: ReadonlySet<string>,
  memo?: RenderMemo,
): SiteChanges {
  // People's pages show the edited articles' quotes: those whose quotes there changed are made
  // again (all the articles' people, when the memo does not have the articles as last rendered).
  const before = memo?.links?.index.articles;
  const people = new Set<string>();
  for (const a of corpus.articles) {
    if (!reassembled.has(a.id)) continue;
    const old = before?.get(a.id);
    for (const p of old ? speakersRequoted(old, a) : a.people) people.add(p);
  }
  const stale = (needs: Needs): boolean =>
    needs === "text" || (typeof needs === "object" && ("article" in needs ? reassembled.has(needs.article) : people.has(needs.person)));
  if (memo?.searchFiles) return { files: changedFiles(planFiles(corpus, config, bodies, memo, { needs: stale, articles: reassembled, people })), complete: false };
  return { files: everyFile(planFiles(corpus, config, bodies, memo), stale), complete: true };
}

/** Each planned file, made (null for a page kept as it is on disk). */
function* changedFiles(plan: Iterable<PlannedFile>): Generator<[string, FileChange]> {
  for (const file of plan) yield [file.path, file.make()];
}

function* everyFile(plan: Iterable<PlannedFile>, stale: (needs: Needs) => boolean): Generator<[string, FileChange]> {
  for (const file of plan) yield [file.path, stale(file.needs) ? file.make() : null];
}

/** The speakers whose quotes (texts, in order) differ between two versions of an article. */
function speakersRequoted(old: Article, now: Article): Set<string> {
  const texts = (a: Article) => {
    const out = new Map<string, string[]>();
    for (const q of a.quotes) if (q.speaker) (out.get(q.speaker) ?? out.set(q.speaker, []).get(q.speaker)!).push(q.text);
    return out;
  };
  const [was, is] = [texts(old), texts(now)];
  const out = new Set<string>();
  for (const speaker of new Set([...was.keys(), ...is.keys()])) {
    const [a, b] = [was.get(speaker) ?? [], is.get(speaker) ?? []];
    if (a.length !== b.length || a.some((t, i) => t !== b[i])) out.add(speaker);
  }
  return out;
}

/** A summary per article object: articles a rebuild keeps are not summarised again. */
const summaryMemo = new WeakMap<Article, string>();
function summaryOf(a: Article): string {
  let s = summaryMemo.get(a);
  if (s === undefined) summaryMemo.set(a, (s = summarize(a)));
  return s;
}

/** Which files a plan of some files makes: those whose needs it wants; of articles' and people's pages, those it names. */
interface Wanted {
  needs: (needs: Needs) => boolean;
  /** The ids of the articles and people whose pages are wanted (`needs` must agree). */
  articles: ReadonlySet<string>;
  people: ReadonlySet<string>;
}

/** The objects of these ids that `byId` has. */
function named<T>(ids: ReadonlySet<string>, byId: Map<string, T>): T[] {
  const out: T[] = [];
  for (const id of ids) {
    const x = byId.get(id);
    if (x) out.push(x);
  }
  return out;
}

/**
 * The site's files, each with what it is made from. With `wanted`, only the files it wants (and,
 * for search index files last render had and this one has not, a file made as GONE): the list of
 * pages is then not complete, so the sitemap cannot be wanted.
 */
function* planFiles(corpus: Corpus, config: SiteConfig, bodies?: Bodies, memo?: RenderMemo, wanted?: Wanted, kept?: KeptPages): Generator<PlannedFile> {
  const pages: string[] = [];
  const wants = (needs: Needs) => !wanted || wanted.needs(needs);
  const articleOrder = articlesNewestFirst(corpus.articles, memo?.articleOrder);
  const meetingOrder = meetingsInDateOrder(corpus.meetings, memo?.meetingOrder);
  if (memo) Object.assign(memo, { articleOrder, meetingOrder });
  const articles = articleOrder.output;
  const meetings = meetingOrder.output;
  const views = linkViews(corpus, meetings, memo?.links);
  if (memo) memo.links = views;
  const { index, atPlace } = views;
  const ctx = (path: string) => pageContext(path, config, index);
  // `inputs`: the objects the page's view is made of (every other thing it reads, it looks up through its context).
  const page = (path: string, needs: Needs, make: (ctx: PageContext) => FileContent, inputs?: readonly unknown[]): PlannedFile => {
    if (!wanted) pages.push(path);
    return new PlannedPage(fileForPage(path), needs, make, ctx, kept && inputs ? { inputs, pages: kept, index } : undefined, path);
  };
  const file = (path: string, needs: Needs, make: () => FileContent | typeof GONE): PlannedFile => ({ path, needs, make });

  // Loops over many pages of one kind ask `wants` once for the kind, or once per page when its needs name it.
  const home = (ctx: PageContext) => indexPage({ ctx, articles, summary: summaryOf, meetingCount: meetings.length, ...(memo ? { memo: memo.home } : {}) });
  if (memo) {
    // Made now, to tell whether it is last render's (a prose edit that leaves the cards as they were).
    const content = home(ctx(pagePath.home()));
    const needs = memo.homePage && sameContent(content, memo.homePage) ? "same" : "text";
    memo.homePage = content;
    if (wants(needs)) yield page(pagePath.home(), needs, () => content);
  } else yield page(pagePath.home(), "text", home);
  // With `wanted`, only the pages it names are looked at (not every article's and person's).
  for (const a of wanted ? named(wanted.articles, index.articles) : articles) {
    const needs = { article: a.id };
    if (!wants(needs)) continue;
    const path = pagePath.article(a.id);
    const bodyHtml = bodies?.get(a.id);
    yield page(path, needs, (ctx) => articlePage({ ctx, article: a, bodyHtml: bodyHtml ?? renderMarkdown(a.body), summary: summaryOf(a) }), [a, bodyHtml]);
    yield new PlannedPage(path + REMOVED_FILE, needs, () => removedText(a), null, kept ? { inputs: [a], pages: kept, index } : undefined);
  }
  if (wants("links")) {
    yield page(pagePath.timeline(), "links", (ctx) => timelinePage({ ctx, meetings, drawing: layoutTimeline(meetings) }));
    for (const m of meetings) yield page(pagePath.meeting(m.id), "links", (ctx) => meetingPage({ ctx, meeting: m }), [m]);
  }
  let position: Map<string, number> | undefined; // made when a person page is
  const positions = () => (position ??= new Map(articles.map((a, i) => [a.id, i])));
  for (const p of wanted ? named(wanted.people, index.people) : corpus.entities.people) {
    const needs = { person: p.id };
    if (!wants(needs)) continue;
    const meetingsOf = index.meetingsByPerson.get(p.id) ?? [];
    const quotes = quotesOf(p, index, positions());
    yield page(pagePath.person(p.id), needs, (ctx) => personPage({ ctx, person: p, meetings: meetingsOf, quotes }), kept ? [p, ...meetingsOf, ...quotes.flatMap((q) => [q.text, q.article])] : undefined);
  }
  if (wants("links")) {
    for (const p of corpus.entities.places) {
      const here = atPlace.get(p.name.toLowerCase()) ?? [];
      yield page(pagePath.place(p.id), "links", (ctx) => placePage({ ctx, place: p, meetings: here }), [p, ...here]);
    }
    for (const o of corpus.entities.organizations) yield page(pagePath.organization(o.id), "links", (ctx) => organizationPage({ ctx, organization: o }), [o]);
  }
  if (wants("fixed")) {
    // The search page is not in the sitemap: it has no content of its own.
    yield file(fileForPage(SEARCH_PAGE), "fixed", () => searchPage({ ctx: ctx(SEARCH_PAGE) }));
    yield file("404.html", "fixed", () => notFoundPage({ ctx: pageContext("404.html", config, index, true) }));
    yield file("assets/site.css", "fixed", () => SITE_CSS);
    yield file("assets/timeline.js", "fixed", () => TIMELINE_JS);
    yield file("assets/index.js", "fixed", () => INDEX_JS);
    yield file(SEARCH_SCRIPT, "fixed", () => SEARCH_JS);
  }
  const lastSearch = memo?.searchFiles;
  const search = searchIndexFiles(corpus, summaryOf, memo?.search);
  if (memo) memo.searchFiles = search;
  // Most of the index's files are the same after an edit: the memo gives back last render's string.
  for (const [path, content] of search) {
    const needs = lastSearch?.get(path) === content ? "same" : "text";
    if (wants(needs)) yield file(path, needs, () => content);
  }
  if (wanted && lastSearch) for (const path of lastSearch.keys()) if (!search.has(path)) yield file(path, "text", () => GONE);
  if (wants("text")) yield file("data/articles.json", "text", () => new TextParts(() => articlesJsonParts(corpus.articles, memo?.articles)));
  if (wants("links")) {
    yield file("data/meetings.json", "links", () => new TextParts(() => meetingsJsonParts(corpus.meetings, memo?.meetings)));
    yield file("data/entities.json", "links", () => entitiesJson(corpus));
    yield file("data/timeline.json", "links", () => timelineJs(meetings, config));
  }
  if (wants("fixed")) yield file("robots.txt", "fixed", () => robots(config));
  if (config.url) {
    const site = { ...config, url: config.url };
    if (wants("text")) {
      yield file("feed.xml", "text", () => atomFeed(articles, site, summaryOf));
      yield file("feed.json", "text", () => jsonFeed(articles, site, summaryOf));
      yield file("rss.xml", "text", () => rssFeed(articles, site, summaryOf));
    }
    if (wanted?.needs("links")) throw new Error("the sitemap needs every page: a plan of some files only cannot make it");
    if (!wanted) yield file("sitemap.xml", "links", () => sitemap(pages, site));
  }
}
