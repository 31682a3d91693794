// One person: the names the texts use, roles with dates and sources, meetings attended,
// quotes, and the articles that mention them.

import { html, type SafeHtml } from "../src/render/html.ts";
import type { PageContext } from "../src/render/context.ts";
import type { Meeting, Person } from "../src/types.ts";
import { formatIsoText, formatSpan } from "../src/render/dates.ts";
import { layout } from "./layout.ts";
import { link, refList, section } from "./partials.ts";

export interface PersonView {
  ctx: PageContext;
  person: Person;
  meetings: Meeting[];
  quotes: { text: string; article: string }[];
}

export function aliasList(name: string, aliases: string[]): SafeHtml | null {
  const others = aliases.filter((a) => a !== name);
  return others.length ? html`<p class="aliases">Also named: ${others.map((a, i) => html`${i ? ", " : ""}<q>${a}</q>`)}</p>` : null;
}

function roles(p: Person, ctx: PageContext): SafeHtml | null {
  if (!p.roles.length) return null;
  const period = (r: Person["roles"][number]) => (r.from && r.to ? `${formatIsoText(r.from)} to ${formatIsoText(r.to)}` : r.from ? `from ${formatIsoText(r.from)}` : r.to ? `until ${formatIsoText(r.to)}` : "dates not given");
  return html`<div class="table-wrap"><table><thead><tr><th scope="col">Role</th><th scope="col">When</th><th scope="col">Sources</th></tr></thead><tbody>${p.roles.map(
    (r) => html`<tr><td>${r.title}</td><td>${period(r)}</td><td>${r.sources.map((s, i) => html`${i ? ", " : ""}${link(ctx.article(s))}`)}</td></tr>`,
  )}</tbody></table></div>`;
}

export function personPage(view: PersonView): string {
  const { ctx, person: p } = view;
  const main = html`<h1>${p.name}</h1>
${aliasList(p.name, p.aliases)}
${p.country ? html`<p class="meta">Country: ${p.country}</p>` : ""}
${section("roles", "Roles", roles(p, ctx))}
${section("meetings", "Meetings attended", view.meetings.length ? html`<ul class="refs">${view.meetings.map((m) => html`<li>${link(ctx.meeting(m.id))} <span class="muted">(${formatSpan(m.date, m.end)})</span></li>`)}</ul>` : null)}
${section("quotes", "Quoted", view.quotes.length ? html`<ul class="quotes">${view.quotes.map((q) => html`<li><blockquote><p>${q.text}</p></blockquote><p class="speaker">in ${link(ctx.article(q.article))}</p></li>`)}</ul>` : null)}
${section("articles", "Articles", refList(p.articles.map(ctx.article), "No articles."))}`;
  return layout({ ctx, title: p.name, description: `${p.name}: roles, meetings and articles`, main });
}
