// Home: every article, newest first (unknown dates last), with date at its precision,
// publisher and a one-line summary.

import { html, raw } from "../src/render/html.ts";
import { TextParts, type FileContent, type Part } from "../src/content.ts";
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
  /** Cards made before, as UTF-8, by article object (the dev loop keeps them: a card depends only on its article). */
  cards?: WeakMap<Article, Uint8Array>;
}

/** The year the article's date names, when it names one. */
function yearOf(a: Article): string {
  return a.published.value?.slice(0, 4) ?? "";
}

// Stands for the cards in the page's text, which is then cut there: the cards go out as parts of
// their own (the dev loop keeps them as bytes), never joined into one long string. Ingest drops
// NUL from article text, so the mark cannot come from an article.
const CARDS = "\u0000cards\u0000";

export function indexPage(view: IndexView): FileContent {
  const { ctx } = view;
  const years = [...new Set(view.articles.map(({ article: a }) => yearOf(a)).filter(Boolean))].sort().reverse();
  const publishers = [...new Set(view.articles.map(({ article: a }) => a.publisher?.name ?? "").filter(Boolean))].sort();
  const card = ({ article: a, summary }: IndexView["articles"][number]): string => html`<li class="card" data-title="${a.title.toLowerCase()}" data-year="${yearOf(a)}" data-publisher="${a.publisher?.name ?? ""}">
<h2 class="card-title"><a href="${ctx.href(pagePath.article(a.id))}">${a.title}</a></h2>
<p class="meta">${fuzzyDate(a.published)}${a.publisher ? html` · ${a.publisher.name}` : ""}</p>
${summary ? html`<p class="summary">${summary}</p>` : ""}
</li>`.value;
  const { cards } = view;
  const items = view.articles.map((item): Part => {
    if (!cards) return card(item);
    let made = cards.get(item.article);
    if (!made) cards.set(item.article, (made = Buffer.from(card(item))));
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
<ol class="article-list">${raw(CARDS)}</ol>` : html`<p class="muted">No articles yet.</p>`}`;
  const page = layout({ ctx, title: ctx.site.title, description: "Articles, newest first", main, scripts: ["assets/index.js"] });
  const at = page.indexOf(CARDS);
  if (at < 0) return page;
  const [head, tail] = [page.slice(0, at), page.slice(at + CARDS.length)];
  return new TextParts(() => [head, ...items, tail]);
}
