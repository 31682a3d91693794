// Files for other programs: Atom, RSS and JSON Feed, sitemap and robots.txt, and the meetings in
// Knight Lab TimelineJS format. Feeds and the sitemap need absolute URLs, so they are written
// only when the site URL is configured; robots.txt and timeline.json are always written.
// Dates stay honest: a feed entry's timestamp is the earliest day its date allows.

import type { Article, Meeting, SiteConfig } from "../types.ts";
import { pagePath } from "../paths.ts";
import { escapeHtml } from "./html.ts";
import { bounds, laneOf, LANES } from "./timeline-layout.ts";
import { formatSpan } from "./dates.ts";

const xml = escapeHtml; // the same five characters need escaping in XML text and attributes

function stamp(a: Article): string | null {
  const b = bounds(a.published);
  return b ? `${b.start}T00:00:00Z` : null;
}

function newest(articles: Article[]): string {
  return articles.map(stamp).filter((s): s is string => !!s).sort().at(-1) ?? "1970-01-01T00:00:00Z";
}

/**
 * Entries per feed: the newest articles only, as feeds usually carry (readers poll them for
 * what is new; the site is the archive). A feed of thousands of full texts is megabytes that
 * every poll downloads.
 */
export const FEED_ENTRIES = 100;

/** Atom 1.0 (RFC 4287). `all` newest first; the first FEED_ENTRIES are kept. */
export function atomFeed(all: Article[], site: SiteConfig & { url: string }, summaryOf: (a: Article) => string): string {
  const articles = all.slice(0, FEED_ENTRIES);
  const updated = newest(articles);
  const entries = articles.map((a) => {
    const link = site.url + pagePath.article(a.id);
    const authors = a.authors.length ? a.authors : [{ name: a.publisher?.name ?? site.title }];
    return `  <entry>
    <title>${xml(a.title)}</title>
    <id>${xml(link)}</id>
    <link rel="alternate" type="text/html" href="${xml(link)}"/>
    <updated>${stamp(a) ?? updated}</updated>
${authors.map((p) => `    <author><name>${xml(p.name)}</name></author>`).join("\n")}
    <summary>${xml(summaryOf(a))}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xml(site.language)}">
  <title>${xml(site.title)}</title>
  <id>${xml(site.url)}</id>
  <link rel="alternate" type="text/html" href="${xml(site.url)}"/>
  <link rel="self" type="application/atom+xml" href="${xml(site.url)}feed.xml"/>
  <updated>${updated}</updated>
${entries.join("\n")}
</feed>
`;
}

/** RSS 2.0. pubDate (RFC 822) only where the article's day is known; RSS has no way to say less. */
export function rssFeed(all: Article[], site: SiteConfig & { url: string }, summaryOf: (a: Article) => string): string {
  const articles = all.slice(0, FEED_ENTRIES);
  const rfc822 = (day: string) => new Date(`${day}T00:00:00Z`).toUTCString().replace("GMT", "+0000");
  const items = articles.map((a) => {
    const link = site.url + pagePath.article(a.id);
    const date = a.published.precision === "day" && a.published.value ? `\n      <pubDate>${rfc822(a.published.value)}</pubDate>` : "";
    return `    <item>
      <title>${xml(a.title)}</title>
      <link>${xml(link)}</link>
      <guid isPermaLink="true">${xml(link)}</guid>${date}
      <description>${xml(summaryOf(a))}</description>
    </item>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${xml(site.title)}</title>
    <link>${xml(site.url)}</link>
    <description>${xml(site.title)}</description>
    <language>${xml(site.language)}</language>
    <atom:link href="${xml(site.url)}rss.xml" rel="self" type="application/rss+xml"/>
${items.join("\n")}
  </channel>
</rss>
`;
}

/** JSON Feed 1.1. A date is given only when the article's day is known. */
export function jsonFeed(all: Article[], site: SiteConfig & { url: string }, summaryOf: (a: Article) => string): string {
  const articles = all.slice(0, FEED_ENTRIES);
  const feed = {
    version: "https://jsonfeed.org/version/1.1",
    title: site.title,
    home_page_url: site.url,
    feed_url: `${site.url}feed.json`,
    language: site.language,
    items: articles.map((a) => ({
      id: site.url + pagePath.article(a.id),
      url: site.url + pagePath.article(a.id),
      title: a.title,
      summary: summaryOf(a),
      content_text: a.body,
      ...(a.published.precision === "day" && a.published.value ? { date_published: `${a.published.value}T00:00:00Z` } : {}),
      ...(a.authors.length ? { authors: a.authors.map((p) => ({ name: p.name })) } : {}),
    })),
  };
  return `${JSON.stringify(feed, null, 2)}\n`;
}

export function sitemap(pages: string[], site: SiteConfig & { url: string }): string {
  const urls = [...pages].sort().map((p) => `  <url><loc>${xml(site.url + p)}</loc></url>`);
  return `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.join("\n")}
</urlset>
`;
}

export function robots(site: SiteConfig): string {
  return `User-agent: *\nAllow: /\n${site.url ? `Sitemap: ${site.url}sitemap.xml\n` : ""}`;
}

function tlDate(iso: string): { year: number; month?: number; day?: number } {
  const [y, m, d] = iso.split("-").map(Number);
  return { year: y ?? 0, ...(m ? { month: m } : {}), ...(d ? { day: d } : {}) };
}

/** Knight Lab TimelineJS3 JSON: meetings with at least a year; groups are the timeline lanes. */
export function timelineJs(meetings: Meeting[], site: SiteConfig): string {
  const events = meetings
    .filter((m) => m.date.value && m.date.precision !== "unknown")
    .map((m) => ({
      unique_id: m.id,
      start_date: { ...tlDate(m.date.value as string), display_date: formatSpan(m.date, m.end) },
      ...(m.end?.value && m.end.precision !== "unknown" && m.end.value !== m.date.value ? { end_date: tlDate(m.end.value) } : {}),
      // TimelineJS reads these as HTML, so they are escaped.
      text: { headline: xml(m.title), text: m.evidence.map((e) => `<p>${xml(e.text)}</p>`).join("") },
      group: LANES.find((l) => l.id === laneOf(m))?.label ?? "Other meetings",
    }));
  return `${JSON.stringify({ title: { text: { headline: xml(site.title), text: "China–Russia security meetings" } }, events }, null, 2)}\n`;
}
