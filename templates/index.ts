// Home: every article, newest first (unknown dates last), with date at its precision,
// publisher and a one-line summary.

import { html, type SafeHtml } from "../src/render/html.ts";
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
  /** Cards made before, by article object (the dev loop keeps them: a card depends only on its article). */
  cards?: WeakMap<Article, SafeHtml>;
}

/** The year the article's date names, when it names one. */
function yearOf(a: Article): string {
  return a.published.value?.slice(0, 4) ?? "";
}

export function indexPage(view: IndexView): string {
  const { ctx } = view;
  const years = [...new Set(view.articles.map(({ article: a }) => yearOf(a)).filter(Boolean))].sort().reverse();
  const publishers = [...new Set(view.articles.map(({ article: a }) => a.publisher?.name ?? "").filter(Boolean))].sort();
  const card = ({ article: a, summary }: IndexView["articles"][number]): SafeHtml => html`<li class="card" data-title="${a.title.toLowerCase()}" data-year="${yearOf(a)}" data-publisher="${a.publisher?.name ?? ""}">
<h2 class="card-title"><a href="${ctx.href(pagePath.article(a.id))}">${a.title}</a></h2>
<p class="meta">${fuzzyDate(a.published)}${a.publisher ? html` · ${a.publisher.name}` : ""}</p>
${summary ? html`<p class="summary">${summary}</p>` : ""}
</li>`;
  const items = view.articles.map((item) => {
    let made = view.cards?.get(item.article);
    if (!made) {
      made = card(item);
      view.cards?.set(item.article, made);
    }
    return made;
  });
  const main = html`<h1>${ctx.site.title}</h1>
<p class="lede">${view.articles.length} article${view.articles.length === 1 ? "" : "s"}, newest first. ${view.meetingCount} meeting${view.meetingCount === 1 ? "" : "s"} on the <a href="${ctx.href(pagePath.timeline())}">timeline</a>.</p>
${items.length ? html`<form class="list-filters" hidden aria-label="Sort and filter the articles">
<label>Sort <select name="sort"><option value="newest">Newest first</option><option value="oldest">Oldest first</option><option value="title">By title</option></select></label>
<label>Year <select name="year"><option value="">All years</option>${years.map((y) => html`<option value="${y}">${y}</option>`)}</select></label>
<label>Publisher <select name="publisher"><option value="">All publishers</option>${publishers.map((p) => html`<option value="${p}">${p}</option>`)}</select></label>
<label>Headline has <input type="search" name="q"></label>
<p class="list-count" aria-live="polite"></p>
</form>
<ol class="article-list">${items}</ol>` : html`<p class="muted">No articles yet.</p>`}`;
  return layout({ ctx, title: ctx.site.title, description: "Articles, newest first", main, scripts: ["assets/index.js"] });
}
