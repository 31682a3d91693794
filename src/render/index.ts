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
import { articlesJson, entitiesJson, meetingsJson } from "./data.ts";
import { atomFeed, jsonFeed, robots, rssFeed, sitemap, timelineJs } from "./feeds.ts";
import { layoutTimeline } from "./timeline-layout.ts";
import { SITE_CSS } from "./assets/site-css.ts";
import { INDEX_JS } from "./assets/index-js.ts";
import { TIMELINE_JS } from "./assets/timeline-js.ts";
import { SEARCH_JS } from "./assets/search-js.ts";
import { SEARCH_PAGE, SEARCH_SCRIPT } from "../search/page.ts";
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

/** `bodies`: each article's body HTML by id, when the reading stage made it; else rendered here. */
export function renderSite(corpus: Corpus, config: SiteConfig, bodies?: Map<string, string>): Map<string, string | Uint8Array> {
  const files = new Map<string, string | Uint8Array>();
  const pages: string[] = [];
  const articles = articlesNewestFirst(corpus.articles);
  const meetings = meetingsInDateOrder(corpus.meetings);
  const index: SiteIndex = indexCorpus(corpus, meetings);
  const ctx = (path: string) => pageContext(path, config, index);
  const page = (path: string, content: string) => {
    files.set(fileForPage(path), content);
    pages.push(path);
  };
  const summaries = new Map(articles.map((a) => [a.id, summarize(a)]));

  page(pagePath.home(), indexPage({ ctx: ctx(pagePath.home()), articles: articles.map((a) => ({ article: a, summary: summaries.get(a.id) ?? "" })), meetingCount: meetings.length }));
  for (const a of articles) {
    const path = pagePath.article(a.id);
    page(path, articlePage({ ctx: ctx(path), article: a, bodyHtml: bodies?.get(a.id) ?? renderMarkdown(a.body), summary: summaries.get(a.id) ?? "" }));
    files.set(path + REMOVED_FILE, removedText(a));
  }
  page(pagePath.timeline(), timelinePage({ ctx: ctx(pagePath.timeline()), meetings, drawing: layoutTimeline(meetings) }));
  for (const m of meetings) page(pagePath.meeting(m.id), meetingPage({ ctx: ctx(pagePath.meeting(m.id)), meeting: m }));
  const quotes = quotesBySpeaker(articles);
  for (const p of corpus.entities.people) {
    const path = pagePath.person(p.id);
    page(path, personPage({ ctx: ctx(path), person: p, meetings: index.meetingsByPerson.get(p.id) ?? [], quotes: quotes.get(p.id) ?? [] }));
  }
  const atPlace = meetingsByPlaceName(meetings);
  for (const p of corpus.entities.places) page(pagePath.place(p.id), placePage({ ctx: ctx(pagePath.place(p.id)), place: p, meetings: atPlace.get(p.name.toLowerCase()) ?? [] }));
  for (const o of corpus.entities.organizations) page(pagePath.organization(o.id), organizationPage({ ctx: ctx(pagePath.organization(o.id)), organization: o }));
  files.set(fileForPage(SEARCH_PAGE), searchPage({ ctx: ctx(SEARCH_PAGE) })); // not in the sitemap: it has no content of its own
  files.set("404.html", notFoundPage({ ctx: pageContext("404.html", config, index, true) }));

  files.set("assets/site.css", SITE_CSS);
  files.set("assets/timeline.js", TIMELINE_JS);
  files.set("assets/index.js", INDEX_JS);
  files.set(SEARCH_SCRIPT, SEARCH_JS);
  files.set("data/articles.json", articlesJson(corpus.articles));
  files.set("data/meetings.json", meetingsJson(corpus.meetings));
  files.set("data/entities.json", entitiesJson(corpus));
  files.set("data/timeline.json", timelineJs(meetings, config));
  files.set("robots.txt", robots(config));
  if (config.url) {
    const site = { ...config, url: config.url };
    files.set("feed.xml", atomFeed(articles, site, summaries));
    files.set("feed.json", jsonFeed(articles, site, summaries));
    files.set("rss.xml", rssFeed(articles, site, summaries));
    files.set("sitemap.xml", sitemap(pages, site));
  }
  return files;
}
