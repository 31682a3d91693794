// Parsed front matter (unknown) -> FrontMatter. A hand-written schema check: each field that has
// the right shape is kept, each that does not is dropped with a warning that says what to fix.

import type { FrontMatter } from "../types.ts";

type Author = string | { name: string; email?: string };

const KNOWN_KEYS = [
  "title", "subtitle", "slug", "published", "publisher", "original_publisher", "authors", "via", "tags",
] as const;
type Key = (typeof KNOWN_KEYS)[number];

const LIKELY_MEANT: Record<string, Key> = {
  author: "authors", date: "published", tag: "tags", source: "publisher", headline: "title",
};

export function validateFrontMatter(data: unknown): { frontMatter: FrontMatter; warnings: string[] } {
  const warnings: string[] = [];
  const fm: FrontMatter = {};
  if (!isPlainObject(data)) {
    warnings.push(`front matter is not a list of "key: value" pairs (got ${describe(data)}); front matter ignored`);
    return { frontMatter: fm, warnings };
  }
  for (const [key, value] of Object.entries(data)) {
    if (!(KNOWN_KEYS as readonly string[]).includes(key)) {
      const hint = LIKELY_MEANT[key.toLowerCase()];
      warnings.push(`unknown front-matter key "${key}"${hint ? ` (did you mean "${hint}"?)` : ""}; ignored`);
      continue;
    }
    const k = key as Key;
    const bad = (why: string): void => void warnings.push(`front-matter "${k}" ${why}; ignored`);
    switch (k) {
      case "title":
      case "subtitle":
      case "slug": {
        const s = text(value);
        if (s === null) bad(`must be text (got ${describe(value)}${typeof value === "number" ? "; quote it" : ""})`);
        else fm[k] = s;
        break;
      }
      case "published": {
        const r = publishedDate(value);
        if ("error" in r) bad(r.error);
        else {
          fm.published = r.value;
          if (r.note) warnings.push(`front-matter "published": ${r.note}`);
        }
        break;
      }
      case "publisher":
      case "original_publisher": {
        const r = named(value, "url");
        if ("error" in r) bad(r.error);
        else {
          fm[k] = r.plain ? r.name : r.link === undefined ? { name: r.name } : { name: r.name, url: r.link };
          warnings.push(...r.notes.map((n) => `front-matter "${k}": ${n}`));
        }
        break;
      }
      case "authors": {
        if (!Array.isArray(value)) {
          bad(`must be a list (got ${describe(value)}); write "authors: [Name]"`);
          break;
        }
        const authors: Author[] = [];
        let dropped = 0;
        for (const item of value as unknown[]) {
          const r = named(item, "email");
          if ("error" in r) dropped++;
          else {
            authors.push(r.plain ? r.name : r.link === undefined ? { name: r.name } : { name: r.name, email: r.link });
            warnings.push(...r.notes.map((n) => `front-matter "authors": ${n}`));
          }
        }
        if (dropped) warnings.push(`front-matter "authors": ${dropped} item(s) ignored (each must be a name or {name, email})`);
        if (authors.length) fm.authors = authors;
        break;
      }
      case "via":
      case "tags": {
        if (!Array.isArray(value)) {
          bad(`must be a list of text (got ${describe(value)})`);
          break;
        }
        const items = (value as unknown[]).map(text);
        const kept = items.filter((s): s is string => s !== null);
        if (kept.length < items.length) {
          warnings.push(`front-matter "${k}": ${items.length - kept.length} item(s) ignored (not text)`);
        }
        if (kept.length) fm[k] = kept;
        break;
      }
    }
  }
  return { frontMatter: fm, warnings };
}

/** A single-line text value: whitespace runs collapsed; empty or non-string -> null. */
function text(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const s = value.replace(/\s+/g, " ").trim();
  return s === "" ? null : s;
}

/** `name` or `{name, <link>?}` where link is "url" (http/https only) or "email"; plain = given as bare text. */
function named(
  value: unknown,
  link: "url" | "email",
): { name: string; plain: boolean; link?: string; notes: string[] } | { error: string } {
  const asText = text(value);
  if (asText !== null) return { name: asText, plain: true, notes: [] };
  if (!isPlainObject(value)) return { error: `must be a name or {name, ${link}} (got ${describe(value)})` };
  const name = text(value["name"]);
  if (name === null) return { error: `needs a "name" (text)` };
  const notes: string[] = [];
  const extra = Object.keys(value).filter((key) => key !== "name" && key !== link);
  if (extra.length) notes.push(`unknown key(s) ${extra.map((e) => `"${e}"`).join(", ")} ignored`);
  const raw = value[link];
  if (raw === undefined || raw === null) return { name, plain: false, notes };
  const linkText = text(raw);
  const valid = linkText !== null && (link === "url" ? /^https?:\/\/[^\s/]+/i.test(linkText) : /^[^\s@]+@[^\s@]+$/.test(linkText));
  if (!valid) {
    notes.push(`${link} of "${name}" is not ${link === "url" ? "an http(s) URL" : "an e-mail address"}; ${link} ignored`);
    return { name, plain: false, notes };
  }
  return { name, plain: false, link: linkText!, notes };
}

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a real calendar date); a bare year number is accepted. */
function publishedDate(value: unknown): { value: string; note?: string } | { error: string } {
  if (typeof value === "number" && Number.isInteger(value) && value >= 1000 && value <= 9999) {
    return { value: String(value) };
  }
  if (typeof value !== "string") return { error: `must be YYYY, YYYY-MM or YYYY-MM-DD (got ${describe(value)})` };
  const s = value.trim();
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([T ]\d{2}:\d{2}.*)?$/.exec(s);
  if (!m) return { error: `must be YYYY, YYYY-MM or YYYY-MM-DD (got "${s.slice(0, 40)}")` };
  const [, y, mo, d, time] = m;
  if (mo !== undefined && (Number(mo) < 1 || Number(mo) > 12)) return { error: `has no month ${mo} ("${s}")` };
  if (d !== undefined) {
    const days = new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate();
    if (Number(d) < 1 || Number(d) > days) return { error: `is not a calendar date ("${s}")` };
  }
  if (time !== undefined && d === undefined) return { error: `must be YYYY, YYYY-MM or YYYY-MM-DD (got "${s}")` };
  const date = [y, mo, d].filter((p) => p !== undefined).join("-");
  // The date as written is kept; converting the time zone could move it to another day.
  return time === undefined ? { value: date } : { value: date, note: `time of day "${time.trim()}" dropped, date kept as written` };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  if (v === null || v === undefined) return "nothing";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "a mapping";
  if (typeof v === "string") return `"${v.slice(0, 40)}"`;
  return `${typeof v} ${String(v)}`;
}
