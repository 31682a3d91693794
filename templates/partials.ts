// Small pieces shared by the page templates: links, dates with their precision, lists of refs.

import { html, join, safeExternalUrl, type SafeHtml } from "../src/render/html.ts";
import type { Ref } from "../src/render/context.ts";
import type { FuzzyDate, Publisher } from "../src/types.ts";
import { dateWindow, datetimeAttr, formatDate } from "../src/render/dates.ts";

export function link(ref: Ref, attrs?: { rel?: string }): SafeHtml {
  return ref.href ? html`<a href="${ref.href}"${attrs?.rel ? html` rel="${attrs.rel}"` : ""}>${ref.label}</a>` : html`<span>${ref.label}</span>`;
}

/** A date in words at its precision, with the precision stated for anything vaguer than a day. */
export function fuzzyDate(date: FuzzyDate, opts: { showPrecision?: boolean } = {}): SafeHtml {
  const text = formatDate(date);
  const dt = datetimeAttr(date);
  const label = dt ? html`<time datetime="${dt}">${text}</time>` : html`<span class="date-unknown">${text}</span>`;
  const vague = date.precision === "month" ? "day not known" : date.precision === "year" ? "month and day not known" : null;
  return html`${label}${opts.showPrecision && vague ? html` <span class="precision">(${vague})</span>` : ""}`;
}

/** The date, its precision, the window the evidence allows and the evidence itself. */
export function dateDetails(date: FuzzyDate): SafeHtml {
  const window = dateWindow(date);
  return html`<p class="date-line">${fuzzyDate(date, { showPrecision: true })}${window ? html` <span class="window">— evidence allows ${window}</span>` : ""}</p>
${date.evidence.length ? html`<ul class="evidence">${date.evidence.map((e) => html`<li>${e}</li>`)}</ul>` : html`<p class="muted">No evidence for this date was found in the text.</p>`}`;
}

export function refList(refs: Ref[], empty = "None."): SafeHtml {
  if (!refs.length) return html`<p class="muted">${empty}</p>`;
  return html`<ul class="refs">${refs.map((r) => html`<li>${link(r)}</li>`)}</ul>`;
}

export function inlineRefs(refs: Ref[]): SafeHtml {
  return join(refs.map((r) => link(r)), ", ");
}

export function publisherName(p: Publisher): SafeHtml {
  const url = safeExternalUrl(p.url);
  return url ? html`<a href="${url}" rel="external noopener noreferrer">${p.name}</a>` : html`${p.name}`;
}

export function section(id: string, title: string, body: SafeHtml | null): SafeHtml | null {
  return body ? html`<section aria-labelledby="${id}"><h2 id="${id}">${title}</h2>${body}</section>` : null;
}
