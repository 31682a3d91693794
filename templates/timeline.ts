// The timeline: an inline SVG drawing (works with JavaScript off; decorative for screen readers,
// since the ordered list under it carries the same facts), optional filters (enhanced by
// assets/timeline.js), and the meetings as an ordered list with anchors id="<meeting id>".

import { html, type SafeHtml } from "../src/render/html.ts";
import type { PageContext } from "../src/render/context.ts";
import type { Meeting } from "../src/types.ts";
import { pagePath } from "../src/paths.ts";
import { formatSpan, isUncertain, yearOf } from "../src/render/dates.ts";
import { LANES, laneOf, type Mark, type TimelineLayout } from "../src/render/timeline-layout.ts";
import { layout } from "./layout.ts";
import { fuzzyDate, inlineRefs, link } from "./partials.ts";

export interface TimelineView {
  ctx: PageContext;
  /** In date order. */
  meetings: Meeting[];
  drawing: TimelineLayout;
}

const laneLabel = (id: string) => LANES.find((l) => l.id === id)?.label ?? id;

function filterData(m: Meeting): { lane: string; year: string; people: string } {
  return { lane: laneOf(m), year: yearOf(m.date) ?? "unknown", people: [...new Set(m.participants.map((p) => p.person))].join(" ") };
}

function mark(ctx: PageContext, mk: Mark): SafeHtml {
  const m = mk.meeting;
  const f = filterData(m);
  const tip = `${m.title} — ${formatSpan(m.date, m.end)}${mk.kind === "range" ? " (uncertain date)" : ""}`;
  const mid = (mk.x1 + mk.x2) / 2;
  const shape =
    mk.kind === "point"
      ? html`<circle class="tl-point" cx="${mid}" cy="${mk.y}" r="6"/>`
      : mk.kind === "span"
        ? html`<rect class="tl-span" x="${mk.x1}" y="${mk.y - 6}" width="${Math.max(mk.x2 - mk.x1, 6)}" height="12" rx="4"/>`
        : html`<rect class="tl-range" x="${mk.x1}" y="${mk.y - 8}" width="${Math.max(mk.x2 - mk.x1, 6)}" height="16" rx="3"/><text class="tl-uncertain" x="${mid}" y="${mk.y - 11}" text-anchor="middle">?</text>`;
  return html`<a class="tl-mark" href="${ctx.href(pagePath.meeting(m.id))}" tabindex="-1" data-lane="${f.lane}" data-year="${f.year}" data-people="${f.people}"><title>${tip}</title>${shape}</a>`;
}

function drawing(ctx: PageContext, d: TimelineLayout): SafeHtml {
  const labelled = d.ticks.filter((t) => t.labelled);
  const nextX = (i: number) => d.ticks[i + 1]?.x ?? d.plotRight;
  // Focusable because on a phone the drawing scrolls sideways, and keyboard users must reach it.
  return html`<figure class="timeline-figure" tabindex="0">
<svg class="timeline-svg" viewBox="0 0 ${d.width} ${d.height}" aria-hidden="true" focusable="false" xmlns="http://www.w3.org/2000/svg">
${d.lanes.map((l) => html`<text class="tl-lane-label" x="8" y="${l.y + 4}">${l.label}</text><line class="tl-lane" x1="${d.plotLeft}" x2="${d.plotRight}" y1="${l.y}" y2="${l.y}"/>`)}
${d.ticks.map((t) => html`<line class="tl-tick" x1="${t.x}" x2="${t.x}" y1="4" y2="${d.axisY}"/>`)}
<line class="tl-axis" x1="${d.plotLeft}" x2="${d.plotRight}" y1="${d.axisY}" y2="${d.axisY}"/>
${labelled.map((t) => html`<text class="tl-year" x="${(t.x + nextX(d.ticks.indexOf(t))) / 2}" y="${d.axisY + 20}" text-anchor="middle">${t.year}</text>`)}
${d.marks.map((mk) => mark(ctx, mk))}
</svg>
<figcaption>Meetings by year and kind. A dot is a known day, a solid bar a meeting over several days, a dashed box marked “?” a date the sources only narrow to a range. The list below gives the same facts.${d.undrawn.length ? ` ${d.undrawn.length} meeting${d.undrawn.length === 1 ? " has" : "s have"} no date at all and ${d.undrawn.length === 1 ? "is" : "are"} only listed.` : ""}</figcaption>
</figure>`;
}

function filters(ctx: PageContext, meetings: Meeting[]): SafeHtml {
  const people = new Map<string, string>();
  for (const m of meetings) for (const p of m.participants) if (!people.has(p.person)) people.set(p.person, ctx.person(p.person).label);
  const years = [...new Set(meetings.map((m) => yearOf(m.date) ?? "unknown"))].sort();
  const lanes = LANES.filter((l) => meetings.some((m) => laneOf(m) === l.id));
  const option = (value: string, label: string) => html`<option value="${value}">${label}</option>`;
  const sortedPeople = [...people].sort((a, b) => a[1].localeCompare(b[1], "en"));
  return html`<form class="tl-filters" hidden aria-label="Filter meetings">
<label>Person <select name="person"><option value="">Anyone</option>${sortedPeople.map(([id, name]) => option(id, name))}</select></label>
<label>Kind <select name="lane"><option value="">All kinds</option>${lanes.map((l) => option(l.id, l.label))}</select></label>
<label>Year <select name="year"><option value="">All years</option>${years.map((y) => option(y, y === "unknown" ? "Date unknown" : y))}</select></label>
<output class="tl-count" aria-live="polite"></output>
</form>`;
}

function item(ctx: PageContext, m: Meeting): SafeHtml {
  const f = filterData(m);
  const uncertain = isUncertain(m.date);
  const place = m.place ? [m.place.city, m.place.country].filter((x): x is string => !!x) : [];
  return html`<li id="${m.id}" class="tl-item${uncertain ? " uncertain" : ""}" data-lane="${f.lane}" data-year="${f.year}" data-people="${f.people}">
<p class="tl-when">${fuzzyDate(m.date, { showPrecision: true })}${m.end?.value && m.end.value !== m.date.value ? html` to ${fuzzyDate(m.end)}` : ""}${uncertain ? html` <span class="badge badge-uncertain">uncertain date</span>` : ""}</p>
<h3 class="tl-title"><a href="${ctx.href(pagePath.meeting(m.id))}">${m.title}</a></h3>
<p class="meta">${laneLabel(f.lane)}${place.length ? html` · ${inlineRefs(place.map(ctx.placeNamed))}` : ""}${m.kind === "mentioned" ? " · mentioned in passing" : ""}</p>
${m.participants.length ? html`<p>With ${inlineRefs(m.participants.map((p) => ctx.person(p.person)))}</p>` : ""}
${m.conflicts.length ? html`<p class="conflict-note">Sources disagree on: ${m.conflicts.map((c) => c.field).join(", ")}.</p>` : ""}
<p class="sources">Sources: ${m.sources.map((s, i) => html`${i ? "; " : ""}${link(ctx.article(s))}`)}</p>
</li>`;
}

export function timelinePage(view: TimelineView): string {
  const { ctx, meetings } = view;
  const main = html`<h1>Timeline of meetings</h1>
<p class="lede">${meetings.length} meeting${meetings.length === 1 ? "" : "s"} in date order; dates are shown only as precisely as the sources give them.</p>
${meetings.length ? drawing(ctx, view.drawing) : ""}
${meetings.length ? filters(ctx, meetings) : ""}
<h2 id="list">All meetings</h2>
${meetings.length ? html`<ol class="timeline-list">${meetings.map((m) => item(ctx, m))}</ol>` : html`<p class="muted">No meetings found yet.</p>`}`;
  return layout({ ctx, title: "Timeline", description: "Meetings in date order", main, scripts: ["assets/timeline.js"] });
}
