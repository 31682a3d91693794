// One place: what kind of place it is, the meetings held there and the articles naming it.

import { html } from "../src/render/html.ts";
import type { PageContext } from "../src/render/context.ts";
import type { Meeting, Place } from "../src/types.ts";
import { formatSpan } from "../src/render/dates.ts";
import { layout } from "./layout.ts";
import { link, refList, section } from "./partials.ts";

export interface PlaceView {
  ctx: PageContext;
  place: Place;
  meetings: Meeting[];
}

export function placePage(view: PlaceView): string {
  const { ctx, place: p } = view;
  const main = html`<h1>${p.name}</h1>
<p class="meta">${p.kind === "city" ? "City" : p.kind === "country" ? "Country" : "Region"}${p.country && p.country !== p.name ? html` in ${link(ctx.placeNamed(p.country))}` : ""}</p>
${section("meetings", "Meetings here", view.meetings.length ? html`<ul class="refs">${view.meetings.map((m) => html`<li>${link(ctx.meeting(m.id))} <span class="muted">(${formatSpan(m.date, m.end)})</span></li>`)}</ul>` : null)}
${section("articles", "Articles", refList(p.articles.map(ctx.article), "No articles."))}`;
  return layout({ ctx, title: p.name, description: `${p.name}: meetings and articles`, main });
}
