// The page shell every page shares: language, title, viewport, a strict Content-Security-Policy
// (own files only, no inline script or style), skip link, site navigation and footer.

import { html, raw, type SafeHtml } from "../src/render/html.ts";
import type { PageContext } from "../src/render/context.ts";
import { pagePath } from "../src/paths.ts";
import { SEARCH_PAGE } from "../src/search/page.ts";

// One policy for every page, the search page included: its script only fetches the index's
// JSON files from the site itself, which default-src 'self' already allows.
export const CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";

export interface LayoutView {
  ctx: PageContext;
  /** The page's own title; the site title is added after it. */
  title: string;
  description?: string;
  /** The <main> content; it must hold the page's single <h1>. */
  main: SafeHtml;
  /** Site paths of scripts to load (external files only, so the CSP can stay strict). */
  scripts?: string[];
}

export function layout(view: LayoutView): string {
  const { ctx } = view;
  const here = ctx.path;
  const navItem = (to: string, label: string) =>
    html`<li><a href="${ctx.href(to)}"${to === here ? raw(' aria-current="page"') : ""}>${label}</a></li>`;
  const fullTitle = view.title && view.title !== ctx.site.title ? `${view.title} — ${ctx.site.title}` : ctx.site.title;
  return html`<!doctype html>
<html lang="${ctx.site.language || "en"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${raw(CSP)}">
<meta name="referrer" content="no-referrer">
<title>${fullTitle || "Untitled"}</title>
${view.description ? html`<meta name="description" content="${view.description}">` : ""}
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${ctx.href("assets/site.css")}">
${ctx.site.url ? html`<link rel="alternate" type="application/atom+xml" title="${ctx.site.title}" href="${ctx.href("feed.xml")}"><link rel="alternate" type="application/rss+xml" title="${ctx.site.title} (RSS)" href="${ctx.href("rss.xml")}">` : ""}
${(view.scripts ?? []).map((s) => html`<script src="${ctx.href(s)}" defer></script>`)}
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
<p class="site-title"><a href="${ctx.href(pagePath.home())}">${ctx.site.title}</a></p>
<nav aria-label="Site"><ul>${navItem(pagePath.home(), "Home")}${navItem(pagePath.timeline(), "Timeline")}</ul></nav>
${here === SEARCH_PAGE ? "" : html`<form class="site-search" role="search" action="${ctx.href(SEARCH_PAGE)}" method="get"><label class="visually-hidden" for="site-search-q">Search the site</label><input id="site-search-q" type="search" name="q" placeholder="Name or word"><button type="submit">Search</button></form>`}
</header>
<main id="main" tabindex="-1">
${view.main}
</main>
<footer class="site-footer">
<p>Data: <a href="${ctx.href("data/articles.json")}">articles</a>, <a href="${ctx.href("data/meetings.json")}">meetings</a>, <a href="${ctx.href("data/entities.json")}">people, places and organisations</a> (JSON).</p>
</footer>
</body>
</html>
`.value;
}
