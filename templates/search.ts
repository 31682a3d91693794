// The search page: a form, a live status line and the results list, all filled by
// assets/search.js from the index under search/ (src/search/). Without JavaScript the status
// says why there are no results and points to the pages that work without it.

import { html } from "../src/render/html.ts";
import type { PageContext } from "../src/render/context.ts";
import { pagePath } from "../src/paths.ts";
import { SEARCH_SCRIPT } from "../src/search/page.ts";
import { layout } from "./layout.ts";

export function searchPage(view: { ctx: PageContext }): string {
  const { ctx } = view;
  const main = html`<h1>Search</h1>
<form class="search-form" role="search" action="./" method="get">
<label for="search-q">Articles, people and meetings</label>
<input id="search-q" type="search" name="q" autocomplete="off" spellcheck="false">
<button type="submit">Search</button>
</form>
<p class="search-status" role="status">Search runs in your browser and needs JavaScript. Without it, browse <a href="${ctx.href(pagePath.home())}">all articles</a> or the <a href="${ctx.href(pagePath.timeline())}">timeline of meetings</a>.</p>
<ol class="search-results"></ol>`;
  return layout({ ctx, title: "Search", description: "Search the articles, people and meetings", main, scripts: [SEARCH_SCRIPT] });
}
