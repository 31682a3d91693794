// Home: every article, newest first (unknown dates last), with date at its precision,
// publisher and a one-line summary.

import { html } from "../src/render/html.ts";
import type { PageContext } from "../src/render/context.ts";
import type { Article } from "../src/types.ts";
import { pagePath } from "../src/paths.ts";
import { layout } from "./layout.ts";
import { fuzzyDate } from "./partials.ts";

export interface IndexView {
  ctx: PageContext;
  /** Already in display order. */
  articles: { article: Article; summary: string }[];
  meetingCount: number;
}

export function indexPage(view: IndexView): string {
  const { ctx } = view;
  const items = view.articles.map(
    ({ article: a, summary }) => html`<li class="card">
<h2 class="card-title"><a href="${ctx.href(pagePath.article(a.id))}">${a.title}</a></h2>
<p class="meta">${fuzzyDate(a.published)}${a.publisher ? html` · ${a.publisher.name}` : ""}</p>
${summary ? html`<p class="summary">${summary}</p>` : ""}
</li>`,
  );
  const main = html`<h1>${ctx.site.title}</h1>
<p class="lede">${view.articles.length} article${view.articles.length === 1 ? "" : "s"}, newest first. ${view.meetingCount} meeting${view.meetingCount === 1 ? "" : "s"} on the <a href="${ctx.href(pagePath.timeline())}">timeline</a>.</p>
${items.length ? html`<ol class="article-list">${items}</ol>` : html`<p class="muted">No articles yet.</p>`}`;
  return layout({ ctx, title: ctx.site.title, description: "Articles, newest first", main });
}
