// One article: headline, dek, byline, publisher chain, date at its precision, photo captions,
// the clean body, everything it mentions, related articles, and "How this page was read".

import { html, raw, type SafeHtml } from "../src/render/html.ts";
import type { PageContext } from "../src/render/context.ts";
import type { Article } from "../src/types.ts";
import { pagePath } from "../src/paths.ts";
import { REMOVED_FILE, removedRuns } from "../src/render/removed.ts";
import { layout } from "./layout.ts";
import { dateDetails, fuzzyDate, inlineRefs, link, publisherName, refList, section } from "./partials.ts";

export interface ArticleView {
  ctx: PageContext;
  article: Article;
  /** The body already rendered by renderMarkdown (sanitised). */
  bodyHtml: string;
  summary: string;
}

function byline(a: Article): SafeHtml {
  const bits: SafeHtml[] = [];
  if (a.authors.length) bits.push(html`<p class="byline">By ${a.authors.map((x, i) => html`${i ? ", " : ""}<span class="author">${x.name}</span>`)}</p>`);
  const pub: SafeHtml[] = [];
  if (a.publisher) pub.push(html`Published by ${publisherName(a.publisher)}`);
  if (a.original_publisher) pub.push(html`originally published by ${publisherName(a.original_publisher)}`);
  if (a.via.length) pub.push(html`via ${a.via.join(", ")}`);
  pub.push(html`dated ${fuzzyDate(a.published, { showPrecision: true })}`);
  bits.push(html`<p class="meta">${pub.map((p, i) => html`${i ? "; " : ""}${p}`)}.</p>`);
  if (a.credits.length) bits.push(html`<p class="meta">Credits: ${a.credits.join(", ")}.</p>`);
  return html`${bits}`;
}

function mentions(a: Article, ctx: PageContext): SafeHtml | null {
  const rows: [string, SafeHtml][] = [];
  if (a.people.length) rows.push(["People", inlineRefs(a.people.map(ctx.person))]);
  if (a.organizations.length) rows.push(["Organisations", inlineRefs(a.organizations.map(ctx.organization))]);
  if (a.places.length) rows.push(["Places", inlineRefs(a.places.map(ctx.place))]);
  if (!rows.length) return null;
  return html`<dl class="facts">${rows.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>`;
}

function quotes(a: Article, ctx: PageContext): SafeHtml | null {
  if (!a.quotes.length) return null;
  return html`<ul class="quotes">${a.quotes.map(
    (q) => html`<li><blockquote><p>${q.text}</p></blockquote>${q.speaker ? html`<p class="speaker">— ${link(ctx.person(q.speaker))}</p>` : ""}</li>`,
  )}</ul>`;
}

function howRead(a: Article, removedHref: string): SafeHtml {
  return html`<details class="how-read">
<summary>How this page was read</summary>
<p>Read from <code>${a.source}</code>.${a.title_inferred ? " The text had no headline; the title above was made from its opening." : ""}</p>
<h3>Date evidence</h3>
${dateDetails(a.published)}
<h3>Warnings</h3>
${a.warnings.length ? html`<ul class="warnings">${a.warnings.map((w) => html`<li>${w}</li>`)}</ul>` : html`<p class="muted">None.</p>`}
<h3>Lines left out (${a.removed.length})</h3>
${
  a.removed.length
    ? html`<div class="table-wrap"><table class="removed"><thead><tr><th scope="col">Lines</th><th scope="col">Why</th></tr></thead>
<tbody>${removedRuns(a.removed).map((r) => html`<tr><td>${r.from === r.to ? r.from : `${r.from}–${r.to}`}</td><td>${r.reason}</td></tr>`)}</tbody></table></div>
<p>The left-out text itself, line by line: <a href="${removedHref}">${REMOVED_FILE}</a>.</p>`
    : html`<p class="muted">Nothing was left out.</p>`
}
</details>`;
}

export function articlePage(view: ArticleView): string {
  const { ctx, article: a } = view;
  const dek = (a.subtitle ?? "").split("\n").map((l) => l.trim()).filter(Boolean);
  const main = html`<article class="article">
<header>
<h1>${a.title}</h1>
${dek.map((d) => html`<p class="dek">${d}</p>`)}
${byline(a)}
</header>
${a.images.map((im) => html`<figure class="photo"><figcaption>${im.caption}${im.credit ? html` <span class="credit">${im.credit}</span>` : ""}</figcaption></figure>`)}
<div class="article-body">
${raw(view.bodyHtml)}
</div>
</article>
${section("quotes", "Quotes", quotes(a, ctx))}
${section("mentions", "In this article", mentions(a, ctx))}
${section("meetings", "Meetings", a.meetings.length ? refList(a.meetings.map(ctx.meeting)) : null)}
${section("related", "Related articles", a.related.length ? refList(a.related.map(ctx.article)) : null)}
${howRead(a, ctx.href(pagePath.article(a.id) + REMOVED_FILE))}
<p class="back"><a href="${ctx.href(pagePath.home())}">All articles</a></p>`;
  return layout({ ctx, title: a.title, description: view.summary, main });
}
