// Who published an article and how it presents itself: headline, dek, byline, publisher,
// agencies it cites, photo credits and captions. Reads the roles the clean stage gave each
// block; knows no site by name (agencies come from the knowledge list or generic patterns).

import type { Block, CleanDoc, ExtractedDoc, FrontMatter, Publisher } from "../types.ts";
import { isNewsAgency } from "../knowledge/index.ts";
import { splitSentences } from "./sentences.ts";

/** The part of an ExtractedDoc that describes the article rather than what it says. */
export type Metadata = Pick<
  ExtractedDoc,
  "title" | "title_inferred" | "subtitle" | "authors" | "publisher" | "original_publisher" | "via" | "credits" | "images" | "warnings"
>;

const EMAIL = /[\w.+-]+@([\w-]+(?:\.[\w-]+)+)/;
const COPYRIGHT = /(?:(?:[©ⓒ]|\(c\)|copyright)\s*)+(?:\d{4}\s*(?:[-–]\s*\d{4})?\s*)?(.+?)(?:\.?\s*all rights reserved.*)?$/i;

export function readMetadata(doc: CleanDoc, bodyText: string): Metadata {
  const fm = doc.raw.frontMatter;
  const warnings: string[] = [];

  const headline = blocksOf(doc, "headline")[0]?.text.trim();
  const deks = blocksOf(doc, "dek").map((b) => b.text.trim());
  let title = fm.title ?? headline ?? "";
  let titleInferred = false;
  if (!title) {
    title = titleFromLead(bodyText);
    titleInferred = true;
    warnings.push("title: the text has no headline; this one is made from the lead sentence");
  }
  if (!title) title = doc.raw.id;

  const captionBlocks = blocksOf(doc, "caption");
  const creditBlocks = blocksOf(doc, "credit");
  const credits = unique(creditBlocks.flatMap((b) => parseCredit(b.text)));
  const images = captionImages(doc.blocks);

  return {
    title,
    title_inferred: fm.title ? false : titleInferred,
    subtitle: fm.subtitle ?? (deks.length ? deks.join("\n") : null),
    authors: readAuthors(doc, fm),
    publisher: toPublisher(fm.publisher) ?? readPublisher(doc),
    original_publisher: toPublisher(fm.original_publisher) ?? readOriginalPublisher(doc),
    via: fm.via ?? readAgencies([bodyText, ...captionBlocks.map((b) => b.text)].join("\n")),
    credits,
    images,
    warnings,
  };
}

function blocksOf(doc: CleanDoc, role: Block["role"]): Block[] {
  return doc.blocks.filter((b) => b.role === role);
}

/** The lead's first sentence, cut at a clause boundary when long. */
export function titleFromLead(body: string): string {
  const first = body.split(/\n+/).find((l) => l.trim() && !l.startsWith("#")) ?? "";
  const sentence = splitSentences(first)[0]?.text ?? first;
  const clean = sentence.replace(/[.。]$/, "").trim();
  if (clean.length <= 110) return clean;
  const cut = clean.slice(0, 110);
  const atComma = cut.lastIndexOf(", ");
  const end = atComma > 50 ? atComma : cut.lastIndexOf(" ");
  return cut.slice(0, end > 0 ? end : 110).replace(/[,;:]$/, "") + "…";
}

// ---------------------------------------------------------------- authors

// "Staff Writer", "Senior Correspondent": a job, not a name.
const JOB_WORDS = /\b(?:writer|reporter|correspondent|editor|staff|contributor|columnist|journalist|producer|analyst|desk|bureau|news|team)s?\b/i;
const BYLINE_NOISE = /\b(views?|comments?|shares?|reads?|likes?|updated|published|posted|min(?:ute)?s? read|\d+)\b/gi;

function readAuthors(doc: CleanDoc, fm: FrontMatter): { name: string; email?: string }[] {
  if (fm.authors) return fm.authors.map((a) => (typeof a === "string" ? { name: a } : a));
  const names: { name: string; email?: string }[] = [];
  const blocks = doc.blocks.filter((b) => b.role === "byline" || b.role === "signature");
  const emails = blocks.map((b) => EMAIL.exec(b.text)?.[0]).filter((e): e is string => !!e);
  for (const b of blocks) {
    if (EMAIL.test(b.text) && b.text.trim().split(/\s+/).length === 1) continue;
    for (const name of parseByline(b.text)) {
      const known = names.find((n) => n.name.toLowerCase() === name.toLowerCase());
      if (!known) names.push({ name });
    }
  }
  if (names.length === 1 && emails.length === 1) names[0]!.email = emails[0]!;
  return names;
}

/** "JANE DOE" -> "Jane Doe"; names already in mixed case stay as written ("Kim Min-ji", "McDonald"). */
function titleCaseIfShouting(name: string): string {
  if (!/\p{Lu}{2}/u.test(name) || /\p{Ll}/u.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** "By Jane Doe and John Roe", "Daniel Kim Views", "Jane Doe | Staff Reporter" -> names. */
export function parseByline(text: string): string[] {
  const line = text
    .replace(EMAIL, " ")
    .replace(/^\s*(by|written by|words by|reporting by)\s+/i, "")
    .replace(/^\s*(?:(?:staff|senior|chief|special)\s+)?(?:reporter|correspondent|writer|editor)\s+/i, "") // "Reporter Park Ji-min"
    .split(/\s[|•·–—]\s|\s-\s/)[0]!
    .replace(BYLINE_NOISE, " ")
    .replace(/\s+/g, " ")
    .trim();
  return line
    .split(/\s*(?:,|\band\b|\bAND\b|&)\s*/)
    .map((n) => titleCaseIfShouting(n.trim()))
    .filter((n) => /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u.test(n) && !JOB_WORDS.test(n));
}

// ---------------------------------------------------------------- publisher

function toPublisher(p: FrontMatter["publisher"]): Publisher | null {
  if (!p) return null;
  return typeof p === "string" ? { name: p } : p;
}

function readPublisher(doc: CleanDoc): Publisher | null {
  for (const b of doc.blocks) {
    if (b.role !== "footer" && b.role !== "noise") continue;
    const m = COPYRIGHT.exec(b.text.trim());
    if (!m || !/[©ⓒ]|\(c\)|copyright/i.test(b.text)) continue;
    const raw = m[1]!.trim();
    const url = /\(?((?:https?:\/\/)?(?:www\.)?[\w-]+(?:\.[\w-]+)+)\)?/.exec(raw);
    const name = raw
      .replace(/\(?(?:https?:\/\/)?(?:www\.)?[\w-]+(?:\.[\w-]+)+\)?/, "")
      .replace(/[.,]?\s*(?:unauthori[sz]ed|reproduction|redistribution|all rights)\b.*$/i, "")
      .replace(/[.,\s]+$/, "")
      .trim();
    if (name || url) return { name: name || url![1]!, ...(url ? { url: url[1]! } : {}) };
  }
  // An author e-mail on the outlet's own domain names the outlet.
  for (const b of doc.blocks) {
    if (b.role !== "signature" && b.role !== "byline") continue;
    const domain = EMAIL.exec(b.text)?.[1];
    if (domain && !/^(gmail|yahoo|hotmail|outlook|proton|icloud|naver|qq|163)\./i.test(domain)) return { name: domain, url: domain };
  }
  return null;
}

function readOriginalPublisher(doc: CleanDoc): Publisher | null {
  for (const b of doc.blocks) {
    if (b.role !== "source-note") continue;
    const m = /^\s*(?:source|originally published (?:by|in|at)|first published (?:by|in|at)|republished from)\s*:?\s*(.+?)\s*$/i.exec(b.text);
    if (m) return { name: m[1]!.replace(/[.]$/, "") };
  }
  return null;
}

// ---------------------------------------------------------------- agencies and credits

// A proper name of up to five words, allowing lower-case joiners: "Voice of America", "Agence France-Presse".
const NAME = String.raw`\p{Lu}[\p{L}&.-]*(?:\s+(?:(?:of|for|the|and|de|du)\s+)?\p{Lu}[\p{L}&.-]*){0,4}`;
// Each pattern with a word every match must contain (case as in the pattern): a text without
// it cannot match, so the costly name-shaped scan is skipped.
const AGENCY_PATTERNS: { re: RegExp; needs: RegExp }[] = [
  { re: new RegExp(String.raw`\b[Aa]ccording to (?:the )?(?:[\p{L}'’]+\s+){0,4}?(${NAME})`, "gu"), needs: /ccording to / },
  { re: new RegExp(String.raw`\b(${NAME})\s+(?:[Nn]ews [Aa]gency)\b`, "gu"), needs: /[Nn]ews [Aa]gency/ },
  { re: new RegExp(String.raw`\b[Nn]ews [Aa]gency,?\s+(${NAME})`, "gu"), needs: /[Nn]ews [Aa]gency/ },
  { re: new RegExp(String.raw`\b(${NAME})\s+(?:reported|said in a report|broke the news)\b`, "gu"), needs: /reported|said in a report|broke the news/ },
  { re: new RegExp(String.raw`\b(${NAME})\s+(?:correspondent|reporter)s?\b`, "gu"), needs: /correspondent|reporter/ },
  // TASS-style dateline: "BEIJING, November 12. /TASS/."
  { re: /^[^\n]{0,60}?\/\s*(\p{Lu}[\p{L} ]{1,24}?)\s*\/\./gmu, needs: /\/\./ },
];

// A wire dateline: "MOSCOW, Sept 18 (Reuters) -", "BEIJING (AP) —".
const WIRE_DATELINE = /^\s*\p{Lu}[\p{Lu}\s.'-]{1,30}(?:,[^()\n]{0,30})?\s*\(([^()\n]{2,40})\)\s*[-–—]/gmu;

/** News agencies the text cites as its source. */
export function readAgencies(text: string): string[] {
  const found: string[] = [];
  WIRE_DATELINE.lastIndex = 0;
  for (let m = WIRE_DATELINE.exec(text); m; m = WIRE_DATELINE.exec(text)) {
    const known = agencyIn(m[1]!);
    if (known) found.push(known);
  }
  for (const { re, needs } of AGENCY_PATTERNS) {
    if (!needs.test(text)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const candidate = m[1]!.trim();
      const known = agencyIn(candidate);
      if (known) found.push(known);
    }
  }
  return unique(found);
}

/** The first known agency inside a phrase ("Russian state news agency TASS" -> "TASS"). */
function agencyIn(phrase: string): string | null {
  const words = phrase.replace(/[’']s\b/g, "").split(/\s+/).filter(Boolean);
  for (let len = Math.min(words.length, 4); len >= 1; len--) {
    for (let i = 0; i + len <= words.length; i++) {
      const hit = isNewsAgency(words.slice(i, i + len).join(" "));
      if (hit) return hit;
    }
  }
  return null;
}

/** "Photo by AFP Yonhap News", "/ Reuters Yonhap News", "(AP Photo/Jane Doe)" -> agency names. */
export function parseCredit(text: string): string[] {
  const cleaned = text
    .replace(/[”"'’]?\s*\/?>\s*$/, "")
    .replace(/^.*?\b(?:photo|photograph|image|picture|video)s?\s*(?:by|:|credit:?|©)\s*/i, "")
    .replace(/^[\s/|©(]+|[\s)]+$/g, "");
  const words = cleaned.split(/[\s/,;]+/).filter(Boolean);
  const out: string[] = [];
  let i = 0;
  while (i < words.length) {
    let matched = 0;
    for (let len = Math.min(4, words.length - i); len >= 1; len--) {
      const hit = isNewsAgency(words.slice(i, i + len).join(" "));
      if (hit) {
        out.push(hit);
        matched = len;
        break;
      }
    }
    i += matched || 1;
  }
  if (!out.length && cleaned && cleaned.split(/\s+/).length <= 5) out.push(cleaned);
  return unique(out);
}

function captionImages(blocks: Block[]): { caption: string; credit?: string }[] {
  const images: { caption: string; credit?: string }[] = [];
  const seen = new Set<string>();
  blocks.forEach((b, i) => {
    if (b.role !== "caption") return;
    const key = b.text.trim().toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    const next = blocks[i + 1];
    const credit = next && next.role === "credit" && next.line === b.line ? parseCredit(next.text).join(", ") : undefined;
    images.push({ caption: b.text.trim(), ...(credit ? { credit } : {}) });
  });
  return images;
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}
