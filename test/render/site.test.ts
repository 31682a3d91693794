import { describe, expect, it } from "vitest";
import { renderSite } from "../../src/render/index.ts";
import { FEED_ENTRIES } from "../../src/render/feeds.ts";
import type { Corpus, SiteConfig } from "../../src/types.ts";
import { fixtureCorpus, HOSTILE } from "./fixture.ts";
import { brokenLinks, idsIn } from "./links.ts";

const CONFIG: SiteConfig = { title: "Test Site", url: null, language: "en" };
const render = (corpus: Corpus = fixtureCorpus(), config: SiteConfig = CONFIG) => renderSite(corpus, config);
const text = (files: Map<string, string | Uint8Array>, path: string): string => {
  const f = files.get(path);
  if (typeof f !== "string") throw new Error(`missing ${path}`);
  return f;
};
const htmlPages = (files: Map<string, string | Uint8Array>) => [...files].filter(([p]) => p.endsWith(".html")) as [string, string][];

describe("renderSite: files", () => {
  const files = render();

  it("writes every page, asset and data file", () => {
    const expected = [
      "index.html",
      "404.html",
      "timeline/index.html",
      "articles/velgrad-talks/index.html",
      "articles/hostile-repost/index.html",
      "articles/yearly-review/index.html",
      "articles/undated-note/index.html",
      "articles/velgrad-talks/removed.txt",
      "meetings/2024-11-11-strategic-security-consultations-3/index.html",
      "meetings/2023-03-law-enforcement-and-security-cooperation-mechanism-2/index.html",
      "meetings/undated-kovalenko-lin/index.html",
      "people/anna-kovalenko/index.html",
      "people/boris-lin/index.html",
      "places/velgrad/index.html",
      "places/orvania/index.html",
      "organizations/security-council-of-orvania/index.html",
      "assets/site.css",
      "assets/timeline.js",
      "data/articles.json",
      "data/meetings.json",
      "data/entities.json",
      "data/timeline.json",
      "robots.txt",
    ];
    for (const f of expected) expect(files.has(f), f).toBe(true);
  });

  it("has no broken internal link or fragment on any page", () => {
    expect(brokenLinks(files)).toEqual([]);
  });

  it("the link checker itself catches a broken link and a missing fragment", () => {
    const bad = new Map(files);
    bad.set("index.html", `${text(files, "index.html")}<a href="articles/nope/">x</a><a href="timeline/#no-such-id">y</a>`);
    expect(brokenLinks(bad)).toEqual(["index.html: articles/nope/", "index.html: timeline/#no-such-id (no id)"]);
  });

  it("gives every page lang, a title, viewport, CSP, a skip link, nav and exactly one h1", () => {
    for (const [path, page] of htmlPages(files)) {
      expect(page, path).toMatch(/<html lang="en">/);
      expect(page, path).toMatch(/<title>[^<\s][^<]*<\/title>/);
      expect(page, path).toMatch(/<meta name="viewport"/);
      expect(page, path).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'self';/);
      expect(page, path).toMatch(/<a class="skip-link" href="#main">/);
      expect(page, path).toMatch(/>Home<\/a>.*>Timeline<\/a>/s);
      expect((page.match(/<h1[\s>]/g) ?? []).length, path).toBe(1);
    }
  });

  it("uses no inline script or style attribute (the CSP would block them) and no external resource", () => {
    for (const [path, page] of htmlPages(files)) {
      expect(page, path).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
      expect(page, path).not.toMatch(/\sstyle=/);
      expect(page, path).not.toMatch(/<(?:link|script|img)[^>]+(?:href|src)="(?:https?:)?\/\//);
    }
  });

  it("keeps CSS and JS per page under 50 KB", () => {
    const size = text(files, "assets/site.css").length + text(files, "assets/timeline.js").length;
    expect(size).toBeLessThan(50_000);
  });
});

describe("renderSite: untrusted text", () => {
  const files = render();

  it("shows hostile text as text on every page, never as markup", () => {
    for (const [path, page] of htmlPages(files)) {
      expect(page, path).not.toContain("<script>alert");
      expect(page, path).not.toMatch(/<img[^>]*onerror/i);
      expect(page, path).not.toMatch(/href="\s*javascript:/i);
      expect(page, path).not.toContain("<b>Lin</b>");
    }
    const repost = text(files, "articles/hostile-repost/index.html");
    expect(repost).toContain("<h1>Repost &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;</h1>");
    expect(text(files, "people/boris-lin/index.html")).toContain("&lt;b&gt;Lin&lt;/b&gt;");
  });

  it("shows HTML in an article body as visible text and drops unsafe or local links", () => {
    const repost = text(files, "articles/hostile-repost/index.html");
    expect(repost).toMatch(/<p>&#x3C;script>alert\(2\)&#x3C;\/script><\/p>/);
    expect(repost).toContain("<p>click me and local</p>");
    expect(repost).toContain("<h2>A heading that must not become a second h1</h2>");
  });

  it("links an external publisher only when its URL is http(s)", () => {
    const velgrad = text(files, "articles/velgrad-talks/index.html");
    expect(velgrad).toContain('<a href="https://daily.example.org" rel="external noopener noreferrer">Example Daily</a>');
    expect(text(files, "articles/hostile-repost/index.html")).toContain("originally published by Example Daily;");
  });
});

describe("renderSite: removed lines", () => {
  const files = render();

  it("keeps the removed text off the page but gives its lines and reasons, and the text one link away", () => {
    const page = text(files, "articles/velgrad-talks/index.html");
    expect(page).not.toContain("Subscribe now");
    expect(page).toContain("<tr><td>1</td><td>call to action in the page header</td></tr>");
    expect(page).toContain('<a href="../../articles/velgrad-talks/removed.txt">removed.txt</a>');
    expect(text(files, "articles/velgrad-talks/removed.txt")).toContain("line 1 — call to action in the page header\n    Subscribe now\n");
  });
});

describe("renderSite: dates and order", () => {
  const files = render();
  const home = text(files, "index.html");

  it("lists articles newest first with each date at its precision, unknown last", () => {
    const shown = [...home.matchAll(/<p class="meta">(.*?)<\/p>/g)].map((m) => m[1]?.replace(/<[^>]+>/g, ""));
    expect(shown).toEqual(["12 November 2024 · Example Daily", "November 2024 · Mirror Site", "2023 · Quarterly Example", "date unknown"]);
  });

  it("summarises with the dek's first line, else the body's first sentence", () => {
    expect(home).toContain('<p class="summary">Third round of consultations</p>');
    expect(home).toContain('<p class="summary">Dr. Smith wrote about U.S. policy.</p>');
  });

  it("states on the article page what the date does not know, with its evidence", () => {
    const repost = text(files, "articles/hostile-repost/index.html");
    expect(repost).toContain('<time datetime="2024-11">November 2024</time> <span class="precision">(day not known)</span>');
    expect(repost).toContain("between 1 November 2024 and 30 November 2024");
    expect(repost).toContain("&#39;this November&#39; (body)");
    expect(repost).toMatch(/<details class="how-read">\s*<summary>How this page was read<\/summary>/);
    expect(repost).not.toMatch(/<details[^>]*\sopen/);
  });
});

describe("renderSite: timeline and meetings", () => {
  const files = render();
  const timeline = text(files, "timeline/index.html");

  it("anchors every meeting on the timeline, in date order with undated last", () => {
    const order = [...timeline.matchAll(/<li id="([^"]+)" class="tl-item/g)].map((m) => m[1]);
    expect(order).toEqual(["2023-03-law-enforcement-and-security-cooperation-mechanism-2", "2024-11-11-strategic-security-consultations-3", "undated-kovalenko-lin"]);
    for (const m of fixtureCorpus().meetings) expect(idsIn(timeline).has(m.id)).toBe(true);
  });

  it("draws a month-precise meeting as an uncertain range, a known multi-day meeting as a span, and skips the undated one", () => {
    const svg = timeline.slice(timeline.indexOf("<svg"), timeline.indexOf("</svg>"));
    expect(svg).toMatch(/data-lane="law-enforcement"[^>]*>.*?<rect class="tl-range"/s);
    expect(svg).toMatch(/data-lane="consultations"[^>]*>.*?<rect class="tl-span"/s);
    expect(svg).not.toContain("undated-kovalenko-lin");
    expect(svg).toContain(">2023</text>");
    expect(svg).toContain(">2024</text>");
  });

  it("highlights the conflict between sources and quotes each source's evidence on the meeting page", () => {
    const page = text(files, "meetings/2024-11-11-strategic-security-consultations-3/index.html");
    expect(page).toContain("<mark>11 November 2024</mark>");
    expect(page).toContain("<mark>10 November 2024</mark>");
    expect(page).toContain("Secretary Kovalenko met Mr. Lin in Velgrad on Monday.");
    expect(page).toContain('<a href="../../places/velgrad/">Velgrad</a>');
    expect(page).toContain('<a href="../../people/boris-lin/">Boris Lin</a>, Minister of Public Security');
  });

  it("lists a person's meetings and roles with sources", () => {
    const anna = text(files, "people/anna-kovalenko/index.html");
    expect(anna).toContain("<q>Secretary Kovalenko</q>");
    expect(anna).toContain("from May 2022");
    expect(anna).toContain('href="../../meetings/undated-kovalenko-lin/"');
    expect(anna).toContain("Our borders are shared.");
  });
});

describe("renderSite: data files", () => {
  const corpus = fixtureCorpus();
  const files = render(corpus);

  it("round-trips the corpus through data/*.json with the contract's field names and order", () => {
    const articles = JSON.parse(text(files, "data/articles.json"));
    const meetings = JSON.parse(text(files, "data/meetings.json"));
    const entities = JSON.parse(text(files, "data/entities.json"));
    expect(articles).toEqual(corpus.articles);
    expect(meetings).toEqual(corpus.meetings);
    expect(entities).toEqual(corpus.entities);
    expect(Object.keys(articles[0]).slice(0, 21)).toEqual(["id", "source", "url", "title", "title_inferred", "subtitle", "authors", "publisher", "original_publisher", "via", "credits", "images", "published", "body", "removed", "people", "organizations", "places", "quotes", "meetings", "warnings"]);
    expect(Object.keys(meetings[0]).slice(0, 11)).toEqual(["id", "title", "date", "end", "place", "participants", "series", "round", "kind", "sources", "conflicts"]);
    expect(Object.keys(articles[0].published)).toEqual(["value", "precision", "earliest", "latest", "evidence"]);
    expect(Object.keys(entities)).toEqual(["people", "organizations", "places"]);
    expect(text(files, "data/articles.json")).toMatch(/^\[\n  \{\n    "id": /);
  });

  it("writes the same key order whatever order the corpus objects were built in", () => {
    const shuffled = fixtureCorpus();
    shuffled.articles = shuffled.articles.map((a) => Object.fromEntries(Object.entries(a).reverse()) as typeof a);
    expect(render(shuffled).get("data/articles.json")).toBe(files.get("data/articles.json"));
  });

  it("is deterministic: two renders are byte-identical", () => {
    const again = render(fixtureCorpus());
    expect([...again.keys()]).toEqual([...files.keys()]);
    for (const [k, v] of files) expect(again.get(k), k).toBe(v);
  });
});

describe("renderSite: site URL", () => {
  it("without a URL writes no feed or sitemap, and the 404 page links from the root", () => {
    const files = render();
    expect(files.has("feed.xml") || files.has("sitemap.xml") || files.has("feed.json") || files.has("rss.xml")).toBe(false);
    expect(text(files, "404.html")).toContain('href="assets/site.css"');
    expect(text(files, "robots.txt")).not.toContain("Sitemap");
  });

  it("with a URL writes Atom, JSON Feed and a sitemap with absolute URLs, and the 404 page links absolutely", () => {
    const files = render(fixtureCorpus(), { ...CONFIG, url: "https://example.org/news/" });
    expect(text(files, "sitemap.xml")).toContain("<loc>https://example.org/news/articles/velgrad-talks/</loc>");
    const atom = text(files, "feed.xml");
    expect(atom).toContain("<updated>2024-11-12T00:00:00Z</updated>");
    expect(atom).toContain("<title>Repost &lt;script&gt;");
    const feed = JSON.parse(text(files, "feed.json"));
    expect(feed.items[0].date_published).toBe("2024-11-12T00:00:00Z");
    expect(feed.items[1].date_published).toBeUndefined(); // month precision: no invented day
    const rss = text(files, "rss.xml");
    expect(rss).toContain("<pubDate>Tue, 12 Nov 2024 00:00:00 +0000</pubDate>");
    expect(rss.match(/<pubDate>/g)).toHaveLength(1); // only the article whose day is known
    expect(rss).toContain("<link>https://example.org/news/articles/velgrad-talks/</link>");
    expect(text(files, "404.html")).toContain('href="https://example.org/news/timeline/"');
    expect(text(files, "robots.txt")).toContain("Sitemap: https://example.org/news/sitemap.xml");
  });

  it("keeps only the newest FEED_ENTRIES articles in each feed, while the sitemap lists every page", () => {
    const corpus = fixtureCorpus();
    const template = corpus.articles[0]!;
    corpus.articles = Array.from({ length: FEED_ENTRIES + 30 }, (_, i) => ({
      ...template,
      id: `story-${String(i).padStart(3, "0")}`,
      title: `Story ${i}`,
      published: { value: `2024-01-${String((i % 28) + 1).padStart(2, "0")}`, precision: "day" as const, earliest: null, latest: null, evidence: [] },
      meetings: [],
      related: [],
    }));
    const files = render(corpus, { ...CONFIG, url: "https://example.org/" });
    expect(JSON.parse(text(files, "feed.json")).items).toHaveLength(FEED_ENTRIES);
    expect(text(files, "feed.xml").match(/<entry>/g)).toHaveLength(FEED_ENTRIES);
    expect(text(files, "rss.xml").match(/<item>/g)).toHaveLength(FEED_ENTRIES);
    const newestDay = JSON.parse(text(files, "feed.json")).items[0].date_published;
    expect(newestDay).toBe("2024-01-28T00:00:00Z"); // newest first, so the cut drops the oldest
    expect(text(files, "sitemap.xml").match(/<loc>https:\/\/example\.org\/articles\//g)).toHaveLength(FEED_ENTRIES + 30);
  });
});

describe("renderSite: edge cases", () => {
  it("renders an empty corpus as a working site", () => {
    const files = render({ articles: [], meetings: [], entities: { people: [], organizations: [], places: [] } });
    expect(brokenLinks(files)).toEqual([]);
    expect(text(files, "index.html")).toContain("No articles yet.");
    expect(text(files, "timeline/index.html")).toContain("No meetings found yet.");
    expect(JSON.parse(text(files, "data/articles.json"))).toEqual([]);
  });

  it("shows an id that names nothing in the corpus as text instead of a dead link", () => {
    const corpus = fixtureCorpus();
    corpus.articles[0]!.people.push("nobody-known");
    const files = render(corpus);
    expect(brokenLinks(files)).toEqual([]);
    expect(text(files, "articles/velgrad-talks/index.html")).toContain("<span>nobody-known</span>");
  });
});
