// Direct quotations and who said them. A quote's speaker comes from, in order: the words right
// after it ("…,” he said", "…,” said Wang", "…, Wang noted."), the words before it inside the
// same sentence ("X stated, “…”", "X told Y, “…”", "X: “…”"), a continuation of the previous
// quote ("…” and added, “…”"), or an adjacent quote that has one. "He"/"she" is the most
// recent person named as a subject (not "talks with X"). Otherwise the speaker is null.

import type { QuoteMention } from "../../types.ts";
import { allMatches } from "../regex.ts";
import { SPEECH_VERBS } from "./vocab.ts";

export interface PersonRef {
  segment: number;
  start: number;
  end: number;
  name: string;
  subject: boolean;
}

interface Range {
  open: number; // index of the opening mark
  close: number; // index just after the closing mark
  text: string;
}

type Attribution = { kind: "person"; name: string } | { kind: "pronoun"; at: number } | { kind: "other" } | { kind: "continue" } | null;

const VERB = `(?:${SPEECH_VERBS})`;
const AFTER_PRONOUN = new RegExp(`^[\\s,]*(?:and\\s+)?(?:he|she)\\s+(?:also\\s+|then\\s+|later\\s+)?${VERB}\\b`, "iu");
const AFTER_VERB_FIRST = new RegExp(`^[\\s,]*${VERB}\\s+$`, "iu");
const AFTER_NAME_VERB = new RegExp(`^(?:\\s*,[^,“”"]{1,140},)?\\s+(?:also\\s+|then\\s+)?${VERB}\\b`, "iu");
// A subject that is not a person: "…,” the ministry said. / "…,” Xinhua reported." (case matters).
const AFTER_OTHER = new RegExp(`^[\\s,]*(?:(?:[Tt]hey|[Ii]t|[Ww]e|I)\\s+${VERB}\\b|(?:[Tt]he|[Aa]n?)\\s+[^,.“”"]{1,60}?\\s+${VERB}\\b|\\p{Lu}[^,.“”"]{0,40}?\\s+${VERB}\\b)`, "u");
const END_PRONOUN = new RegExp(`,\\s*(?:he|she)\\s+${VERB}\\s*[.!?]?\\s*$`, "iu");
const END_VERB = new RegExp(`^\\s+${VERB}\\s*[.!?]?\\s*$`, "iu");
// \b next to a letter, written as a lookaround: the same test, but V8 runs \b slowly under /iu.
const VERB_ANYWHERE = new RegExp(`(?<!\\w)${VERB}(?!\\w)`, "giu");
const STRAIGHT_QUOTE = /"/g;
const SENTENCE_END = /[.!?]\s+/g;
const PRONOUN_BEFORE = /(?<!\w)(?:he|she)\s+(?:also\s+|then\s+|later\s+|further\s+)?$/iu;

/** Quotation ranges: “…”, «…», and straight "…" pairs; an unclosed “ runs to the end. */
export function quoteRanges(text: string): Range[] {
  const out: Range[] = [];
  for (const [o, c] of [["“", "”"], ["«", "»"]] as const) {
    let i = text.indexOf(o);
    while (i >= 0) {
      const j = text.indexOf(c, i + 1);
      const end = j < 0 ? text.length : j + 1;
      out.push({ open: i, close: end, text: text.slice(i + 1, j < 0 ? text.length : j) });
      i = text.indexOf(o, end);
    }
  }
  const straight = allMatches(STRAIGHT_QUOTE, text).map((m) => m.index!);
  for (let k = 0; k + 1 < straight.length; k += 2) out.push({ open: straight[k]!, close: straight[k + 1]! + 1, text: text.slice(straight[k]! + 1, straight[k + 1]!) });
  out.sort((a, b) => a.open - b.open);
  return out.filter((r, i) => !out.slice(0, i).some((p) => r.open < p.close));
}

export function findQuotes(segments: string[], refs: PersonRef[]): QuoteMention[] {
  const ranges = segments.map(quoteRanges);
  const subjects = refs.filter((r) => r.subject && !ranges[r.segment]!.some((q) => r.start >= q.open && r.end <= q.close));
  const out: QuoteMention[] = [];
  const seen = new Set<string>();
  segments.forEach((text, si) => {
    const qs = ranges[si]!;
    if (!qs.length) return; // no quotation here: nothing below would run
    const mine = refs.filter((r) => r.segment === si);
    const speakers: (string | null)[] = [];
    const explicit: boolean[] = [];
    qs.forEach((q, i) => {
      const prevClose = i > 0 ? qs[i - 1]!.close : 0;
      const nextOpen = i + 1 < qs.length ? qs[i + 1]!.open : text.length;
      let a = after(text, q.close, nextOpen, mine);
      if (!a) a = before(text, q.open, prevClose, mine, i > 0);
      if (a?.kind === "pronoun") {
        const prior = subjects.filter((r) => r.segment < si || (r.segment === si && r.end <= a!.at));
        speakers.push(prior.at(-1)?.name ?? null);
      } else if (a?.kind === "continue") speakers.push(speakers[i - 1] ?? null);
      else speakers.push(a?.kind === "person" ? a.name : null);
      explicit.push(a !== null);
    });
    // “A.” “B,” he said: an unattributed quote right before an attributed one shares its speaker.
    for (let i = qs.length - 2; i >= 0; i--) {
      if (!explicit[i] && explicit[i + 1] && /^[\s,]*$/.test(text.slice(qs[i]!.close, qs[i + 1]!.open))) {
        speakers[i] = speakers[i + 1]!;
        explicit[i] = true;
      }
    }
    qs.forEach((q, i) => {
      const body = q.text.trim().replace(/,$/, "").trim();
      const words = body.split(/\s+/).filter(Boolean).length;
      // Short quoted phrases are names or scare quotes ("Golden Dome"), not statements.
      if (!(words >= 4 || (speakers[i] && words >= 3))) return;
      const k = `${speakers[i] ?? ""}\u0000${body}`;
      if (seen.has(k)) return; // a caption repeating the headline
      seen.add(k);
      out.push({ speaker: speakers[i] ?? null, text: body });
    });
  });
  return out;
}

/** The sentence's remaining words after a quote: "…,” he said." / "…,” said X." / "…, X noted." */
function after(text: string, close: number, nextOpen: number, refs: PersonRef[]): Attribution {
  const stop = /[.!?](?:\s|$)/.exec(text.slice(close, nextOpen));
  const win = text.slice(close, stop ? close + stop.index + 1 : nextOpen);
  if (AFTER_PRONOUN.test(win)) return { kind: "pronoun", at: close };
  const lead = /^[\s,]*/.exec(win)![0].length;
  for (const r of refs) {
    if (r.start < close || r.start > close + win.length) continue;
    const offset = r.start - close;
    if (offset <= lead + 4 && AFTER_NAME_VERB.test(text.slice(r.end, r.end + 200))) return { kind: "person", name: r.name };
    if (AFTER_VERB_FIRST.test(text.slice(close, r.start))) return { kind: "person", name: r.name };
    if (/,\s*$/.test(text.slice(close, r.start)) && END_VERB.test(text.slice(r.end, close + win.length))) return { kind: "person", name: r.name };
  }
  if (END_PRONOUN.test(win)) return { kind: "pronoun", at: close };
  if (AFTER_OTHER.test(win)) return { kind: "other" };
  return null;
}

/** The words before a quote in its sentence: "X stated, “…”", "X told Y, “…”", "X: “…”". */
function before(text: string, open: number, prevClose: number, refs: PersonRef[], hasPrev: boolean): Attribution {
  let from = prevClose;
  const head = text.slice(prevClose, open);
  const boundary = allMatches(SENTENCE_END, head).at(-1);
  if (boundary) from = prevClose + boundary.index! + boundary[0].length;
  const win = text.slice(from, open);
  const inWin = refs.filter((r) => r.start >= from && r.end <= open);
  const colon = inWin.find((r) => /^\s*:\s*$/.test(text.slice(r.end, open)));
  if (colon) return { kind: "person", name: colon.name };
  const verbs = allMatches(VERB_ANYWHERE, win);
  const verb = verbs.at(-1);
  // “A,” and “B”: the second part of one quotation.
  if (!verb) return hasPrev && boundary === undefined && /^[\s,]*(?:and|or)\s*$/i.test(win) ? { kind: "continue" } : null;
  const verbAt = from + verb.index!;
  if (PRONOUN_BEFORE.test(text.slice(from, verbAt))) return { kind: "pronoun", at: verbAt };
  const subject = inWin.filter((r) => r.end <= verbAt && r.subject).at(-1) ?? inWin.filter((r) => r.end <= verbAt).at(-1);
  if (subject) return { kind: "person", name: subject.name };
  if (hasPrev && boundary === undefined && /^[\s,]*(?:and\s+|then\s+|but\s+)?[a-z]/.test(win)) return { kind: "continue" };
  return { kind: "other" };
}
