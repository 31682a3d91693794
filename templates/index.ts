// Home: every article, newest first (unknown dates last), with date at its precision,
// publisher and a one-line summary.

import { html, raw } from "../src/render/html.ts";
import { TextParts, type FileContent, type Part } from "../src/content.ts";
import type { PageContext } from "../src/render/context.ts";
import type { Article } from "../src/types.ts";
import { pagePath } from "../src/paths.ts";
import { layout } from "./layout.ts";
import { replacedAt } from "../src/replaced.ts";
import { fuzzyDate } from "./partials.ts";

export interface IndexView {
  ctx: PageContext;
  /** Already in display order. */
  articles: readonly Article[];
  /** The one-line summary shown (a function of the article object alone). */
  summary: (a: Article) => string;
  meetingCount: number;
  /** What the dev loop keeps between renders. */
  memo?: HomeMemo;
}

/**
 * What the dev loop keeps of the home page between renders. A card depends only on its article
 * object; the part around the cards, on the settings, the counts and each article's year and
 * publisher. So when a rebuild replaced a few articles (a prose edit) and those kept their year
 * and publisher, the page is last render's with those cards made again: the other 4,000 articles
 * are not looked at (each look at one costs memory traffic, ~1 µs, in a large corpus).
 */
export interface HomeMemo {
  /** Cards made before, as UTF-8, by article object. */
  cards: WeakMap<Article, Uint8Array>;
  last?: { key: string; articles: readonly Article[]; items: Part[]; head: string; tail: string };
}

/** At most this many replaced articles are looked at one by one; beyond, the page is made anew. */
const FEW = 64;

/** The year the article's date names, when it names one. */
function yearOf(a: Article): string {
  return a.published.value?.slice(0, 4) ?? "";
}

// Stands for the cards in the page's text, which is then cut there: the cards go out as parts of
// their own (the dev loop keeps them as bytes), never joined into one long string. Ingest drops
// NUL from article text, so the mark cannot come from an article.
const CARDS = "\u0000cards\u0000";

export function indexPage(view: IndexView): FileContent {
  const { ctx, memo } = view;
  const key = `${JSON.stringify(ctx.site)}\0${ctx.path}\0${view.meetingCount}`;
  const last = memo?.last;
  const changed = last && last.key === key ? replacedAt(view.articles, last.articles, FEW) : null;
  if (!memo || !last || !changed) return made(view, key);
  for (const i of changed) if (yearOf(view.articles[i]!) !== yearOf(last.articles[i]!) || publisherOf(view.articles[i]!) !== publisherOf(last.articles[i]!)) return made(view, key);
  const items = last.items.slice();
  for (const i of changed) items[i] = cardOf(view, view.articles[i]!);
  const { head, tail } = last;
  memo.last = { key, articles: view.articles, items, head, tail };
  return new TextParts(() => [head, ...items, tail]);
}

const publisherOf = (a: Article): string => a.publisher?.name ?? "";

function card(ctx: PageContext, a: Article, summary: string): string {
  return html`<li class="card" data-title="${a.title.toLowerCase()}" data-year="${yearOf(a)}" data-publisher="${publisherOf(a)}">
<h2 class="card-title"><a href="${ctx.href(pagePath.article(a.id))}">${a.title}</a></h2>
<p class="meta">${fuzzyDate(a.published)}${a.publisher ? html` · ${a.publisher.name}` : ""}</p>
${summary ? html`<p class="summary">${summary}</p>` : ""}
</li>`.value;
}

/** The card as UTF-8, made once per article object (the memo keeps it). */
function cardOf(view: IndexView, a: Article): Uint8Array {
  const cards = view.memo!.cards;
  let made = cards.get(a);
  if (!made) cards.set(a, (made = Buffer.from(card(view.ctx, a, view.summary(a)))));
  return made;
}

/** The page made from every article. */
function made(view: IndexView, key: string): FileContent {
  const { ctx, memo } = view;
  const years = [...new Set(view.articles.map(yearOf).filter(Boolean))].sort().reverse();
  const publishers = [...new Set(view.articles.map(publisherOf).filter(Boolean))].sort();
  const items = view.articles.map((a): Part => (memo ? cardOf(view, a) : card(ctx, a, view.summary(a))));
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
  if (memo) delete memo.last;
  if (at < 0) return page;
  const [head, tail] = [page.slice(0, at), page.slice(at + CARDS.length)];
  if (memo) memo.last = { key, articles: view.articles, items, head, tail };
  return new TextParts(() => [head, ...items, tail]);
}
