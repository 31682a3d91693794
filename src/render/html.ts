// A tiny HTML templating helper: html`...` escapes every interpolated value unless it is
// already SafeHtml (the result of another html`` or an explicit raw()). Article text is
// untrusted, so escaping is the default and trusting markup is the visible exception.

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** Values a template may interpolate; null, undefined and booleans render as nothing. */
export type Interpolation = SafeHtml | string | number | boolean | null | undefined | readonly Interpolation[];

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

const SPECIAL = /[&<>"']/;

export function escapeHtml(text: string): string {
  // Most interpolated strings (ids, dates, plain names) need nothing: skip the replace.
  return SPECIAL.test(text) ? text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c) : text;
}

/** Mark markup as trusted: only for output that is already safe (sanitised Markdown, our SVG). */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

function render(value: Interpolation): string {
  if (typeof value === "string") return escapeHtml(value);
  if (value instanceof SafeHtml) return value.value;
  if (value === null || value === undefined || typeof value === "boolean") return "";
  if (Array.isArray(value)) {
    let out = ""; // a loop, not map().join(): templates make many short lists on every page
    for (const v of value as readonly Interpolation[]) out += render(v);
    return out;
  }
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0] ?? "";
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return new SafeHtml(out);
}

/** Join pieces with a separator (escaped like any other interpolation). */
export function join(items: readonly Interpolation[], separator: Interpolation): SafeHtml {
  return new SafeHtml(items.map(render).join(render(separator)));
}

/** An href only for schemes that cannot run code; anything else (javascript:, data:) is refused. */
export function safeExternalUrl(url: string | undefined | null): string | null {
  if (!url) return null;
  const u = url.trim();
  return /^(?:https?:\/\/|mailto:)[^\s<>"']+$/i.test(u) ? u : null;
}
