// One meeting: who, where, when (with evidence and precision), what each source said, and
// where the sources disagree.

import { html, type SafeHtml } from "../src/render/html.ts";
import type { PageContext } from "../src/render/context.ts";
import type { Meeting } from "../src/types.ts";
import { pagePath } from "../src/paths.ts";
import { formatIsoText } from "../src/render/dates.ts";
import { laneOf, LANES } from "../src/render/timeline-layout.ts";
import { layout } from "./layout.ts";
import { dateDetails, link, section } from "./partials.ts";

export interface MeetingView {
  ctx: PageContext;
  meeting: Meeting;
}

function who(m: Meeting, ctx: PageContext): SafeHtml {
  if (!m.participants.length) return html`<p class="muted">The sources name no participants.</p>`;
  return html`<ul class="participants">${m.participants.map(
    (p) => html`<li>${link({ ...ctx.person(p.person), label: p.name })}${p.role ? html`, ${p.role}` : ""}${p.country ? html` <span class="muted">(${p.country})</span>` : ""}</li>`,
  )}</ul>`;
}

function where(m: Meeting, ctx: PageContext): SafeHtml {
  const names = m.place ? [m.place.city, m.place.country].filter((x): x is string => !!x) : [];
  if (!names.length) return html`<p class="muted">The sources do not say where.</p>`;
  return html`<p>${names.map((n, i) => html`${i ? ", " : ""}${link(ctx.placeNamed(n))}`)}</p>`;
}

function when(m: Meeting): SafeHtml {
  return html`${dateDetails(m.date)}${m.end ? html`<h3>Last day</h3>${dateDetails(m.end)}` : ""}`;
}

function conflicts(m: Meeting, ctx: PageContext): SafeHtml | null {
  if (!m.conflicts.length) return null;
  return html`<div class="conflicts" role="note">${m.conflicts.map(
    (c) => html`<div class="conflict"><p><strong>${c.field}</strong>: the sources disagree.</p><ul>${c.claims.map(
      (cl) => html`<li><mark>${formatIsoText(cl.value)}</mark> — ${cl.sources.map((s, i) => html`${i ? ", " : ""}${link(ctx.article(s))}`)}</li>`,
    )}</ul></div>`,
  )}</div>`;
}

function sources(m: Meeting, ctx: PageContext): SafeHtml {
  const bySource = new Map<string, string[]>();
  for (const e of m.evidence) bySource.set(e.source, [...(bySource.get(e.source) ?? []), e.text]);
  const ids = [...new Set([...m.sources, ...bySource.keys()])];
  if (!ids.length) return html`<p class="muted">No sources.</p>`;
  return html`<ul class="source-list">${ids.map(
    (id) => html`<li>${link(ctx.article(id))}${(bySource.get(id) ?? []).map((t) => html`<blockquote class="evidence-quote"><p>${t}</p></blockquote>`)}</li>`,
  )}</ul>`;
}

export function meetingPage(view: MeetingView): string {
  const { ctx, meeting: m } = view;
  const lane = LANES.find((l) => l.id === laneOf(m))?.label;
  const facts: [string, string][] = [];
  if (m.series) facts.push(["Series", m.series]);
  if (m.round !== null) facts.push(["Round", String(m.round)]);
  facts.push(["Timeline lane", lane ?? "Other meetings"]);
  facts.push(["Reported as", m.kind === "reported" ? "the subject of an article" : "mentioned in passing"]);
  const main = html`<h1>${m.title}</h1>
${m.conflicts.length ? html`<p class="conflict-note">Sources disagree on ${m.conflicts.map((c) => c.field).join(", ")} — see <a href="#conflicts">Disagreements</a>.</p>` : ""}
<dl class="facts">${facts.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl>
${section("who", "Who", who(m, ctx))}
${section("where", "Where", where(m, ctx))}
${section("when", "When", when(m))}
${section("conflicts", "Disagreements", conflicts(m, ctx))}
${section("sources", "What each source says", sources(m, ctx))}
<p class="back"><a href="${ctx.href(pagePath.timeline())}#${m.id}">On the timeline</a></p>`;
  return layout({ ctx, title: m.title, description: `Meeting: ${m.title}`, main });
}
