// The render stage: Corpus -> every file of the site, keyed by its path in dist/. Pure and
// deterministic: the same corpus gives byte-identical files (no clocks, no randomness; every
// list has a total order). The pipeline writes the map to disk.

import type { Article, Corpus, Meeting, Place, SiteConfig } from "../types.ts";
import { fileForPage, pagePath } from "../paths.ts";
import { compareDates, compareDatesNewestFirst } from "./dates.ts";
import { indexCorpus, pageContext, type SiteIndex } from "./context.ts";
import { renderMarkdown } from "./markdown.ts";
import { summarize } from "./summary.ts";
import { REMOVED_FILE, removedText } from "./removed.ts";
import { articlesJsonParts, entitiesJson, meetingsJsonParts } from "./data.ts";
import { materialise, TextParts, type FileContent } from "../content.ts";
import { atomFeed, jsonFeed, robots, rssFeed, sitemap, timelineJs } from "./feeds.ts";
import { layoutTimeline } from "./timeline-layout.ts";
import { SITE_CSS } from "./assets/site-css.ts";
import { INDEX_JS } from "./assets/index-js.ts";
import { TIMELINE_JS } from "./assets/timeline-js.ts";
import { SEARCH_JS } from "./assets/search-js.ts";
import { SEARCH_PAGE, SEARCH_SCRIPT } from "../search/page.ts";
import { searchIndexFiles } from "../search/index.ts";
import { indexPage } from "../../templates/index.ts";
import { articlePage } from "../../templates/article.ts";
import { timelinePage } from "../../templates/timeline.ts";
import { meetingPage } from "../../templates/meeting.ts";
import { personPage } from "../../templates/person.ts";
import { placePage } from "../../templates/place.ts";
import { organizationPage } from "../../templates/organization.ts";
import { notFoundPage } from "../../templates/not-found.ts";
import { searchPage } from "../../templates/search.ts";

export { renderMarkdown } from "./markdown.ts";

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function articlesNewestFirst(articles: Article[]): Article[] {
  return [...articles].sort((a, b) => compareDatesNewestFirst(a.published, b.published) || byText(a.title, b.title) || byText(a.id, b.id));
}

export function meetingsInDateOrder(meetings: Meeting[]): Meeting[] {
  return [...meetings].sort(
    (a, b) => compareDates(a.date, b.date) || byText(a.date.latest ?? "", b.date.latest ?? "") || byText(a.id, b.id),
  );
}

/** Meetings by the lower-cased name of their city and of their country, in one pass. */
function meetingsByPlaceName(meetings: Meeting[]): Map<string, Meeting[]> {
  const out = new Map<string, Meeting[]>();
  for (const m of meetings)
    for (const n of new Set([m.place?.city, m.place?.country].filter((x): x is string => !!x).map((x) => x.toLowerCase())))
      (out.get(n) ?? out.set(n, []).get(n)!).push(m);
  return out;
}

/** Every person's quotes, in one pass over the articles (never per person over all articles). */
function quotesBySpeaker(articles: Article[]): Map<string, { text: string; article: string }[]> {
  const out = new Map<string, { text: string; article: string }[]>();
  for (const a of articles)
    for (const q of a.quotes) if (q.speaker) (out.get(q.speaker) ?? out.set(q.speaker, []).get(q.speaker)!).push({ text: q.text, article: a.id });
  return out;
}

/** One file of the site: its path in dist/ and its content. */
export type SiteFile = [path: string, content: FileContent];

/** Every file of the site, in a Map (tests, small sites). */
export function renderSite(corpus: Corpus, config: SiteConfig, bodies?: Map<string, string>): Map<string, string | Uint8Array> {
  const files = new Map<string, string | Uint8Array>();
  for (const [path, content] of renderFiles(corpus, config, bodies)) files.set(path, materialise(content));
  return files;
}

/**
 * Every file of the site, one at a time, so the writer can put each on disk and let it go
 * (a site of thousands of pages is never held whole). `bodies`: each article's body HTML by
 * id, when the reading stage made it; otherwise it is rendered here.
 */
export function* renderFiles(corpus: Corpus, config: SiteConfig, bodies?: Map<string, string>): Generator<SiteFile> {
  const pages: string[] = [];
  const articles = articlesNewestFirst(corpus.articles);
  const meetings = meetingsInDateOrder(corpus.meetings);
  const index: SiteIndex = indexCorpus(corpus, meetings);
  const ctx = (path: string) => pageContext(path, config, index);
  const page = (path: string, content: string): SiteFile => {
    pages.push(path);
    return [fileForPage(path), content];
  };
  const summaries = new Map(articles.map((a) => [a.id, summarize(a)]));

  yield page(pagePath.home(), indexPage({ ctx: ctx(pagePath.home()), articles: articles.map((a) => ({ article: a, summary: summaries.get(a.id) ?? "" })), meetingCount: meetings.length }));
  for (const a of articles) {
    const path = pagePath.article(a.id);
    yield page(path, articlePage({ ctx: ctx(path), article: a, bodyHtml: bodies?.get(a.id) ?? renderMarkdown(a.body), summary: summaries.get(a.id) ?? "" }));
    yield [path + REMOVED_FILE, removedText(a)];
  }
  yield page(pagePath.timeline(), timelinePage({ ctx: ctx(pagePath.timeline()), meetings, drawing: layoutTimeline(meetings) }));
  for (const m of meetings) yield page(pagePath.meeting(m.id), meetingPage({ ctx: ctx(pagePath.meeting(m.id)), meeting: m }));
  const quotes = quotesBySpeaker(articles);
  for (const p of corpus.entities.people) {
    const path = pagePath.person(p.id);
    yield page(path, personPage({ ctx: ctx(path), person: p, meetings: index.meetingsByPerson.get(p.id) ?? [], quotes: quotes.get(p.id) ?? [] }));
  }
  const atPlace = meetingsByPlaceName(meetings);
  for (const p of corpus.entities.places) yield page(pagePath.place(p.id), placePage({ ctx: ctx(pagePath.place(p.id)), place: p, meetings: atPlace.get(p.name.toLowerCase()) ?? [] }));
  for (const o of corpus.entities.organizations) yield page(pagePath.organization(o.id), organizationPage({ ctx: ctx(pagePath.organization(o.id)), organization: o }));
  yield [fileForPage(SEARCH_PAGE), searchPage({ ctx: ctx(SEARCH_PAGE) })]; // not in the sitemap: it has no content of its own
  yield ["404.html", notFoundPage({ ctx: pageContext("404.html", config, index, true) })];

  yield ["assets/site.css", SITE_CSS];
  yield ["assets/timeline.js", TIMELINE_JS];
  yield ["assets/index.js", INDEX_JS];
  yield [SEARCH_SCRIPT, SEARCH_JS];
  yield* searchIndexFiles(corpus, summaries);
  yield ["data/articles.json", new TextParts(() => articlesJsonParts(corpus.articles))];
  yield ["data/meetings.json", new TextParts(() => meetingsJsonParts(corpus.meetings))];
  yield ["data/entities.json", entitiesJson(corpus)];
  yield ["data/timeline.json", timelineJs(meetings, config)];
  yield ["robots.txt", robots(config)];
  if (config.url) {
    const site = { ...config, url: config.url };
    yield ["feed.xml", atomFeed(articles, site, summaries)];
    yield ["feed.json", jsonFeed(articles, site, summaries)];
    yield ["rss.xml", rssFeed(articles, site, summaries)];
    yield ["sitemap.xml", sitemap(pages, site)];
  }
}
