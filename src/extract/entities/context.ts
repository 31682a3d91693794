// What stands around a name: the title before it ("Chinese Foreign Minister", "spokesperson",
// "Secretary of Defense"), appositive roles after it (", Secretary of the Russian Security
// Council,"), a speech verb, or a preposition that makes it an object ("met with").

import { countryOfAdjective, lookupOrg, lookupPlace } from "../../knowledge/index.ts";
import { memoize } from "../../knowledge/memo.ts";
import { joined, type Token } from "./tokens.ts";
import { ORG_HEADS, SPEECH_VERBS, TITLE_HEADS, TITLE_MODIFIERS } from "./vocab.ts";

const CONNECTORS = new Set(["of", "the", "for"]);
const SENTENCE_ADVERBS = new Set(["Then", "Now", "Also", "Later", "Meanwhile", "And", "But", "So", "Yet"]);

function isTitleHead(word: string): boolean {
  return TITLE_HEADS.has(word.toLowerCase());
}

/** A word that may stand inside a title phrase (head, modifier, country, known body). */
export function isTitleWord(t: Token): boolean {
  if (isTitleText(t.text)) return true;
  return t.poss && lookupPlace(t.text)?.kind === "country"; // "Russia's Defense Minister"
}

/** The part of isTitleWord that depends on the word alone (remembered: words recur). */
export const isTitleText: (word: string) => boolean = memoize((word: string): boolean => {
  const w = word.toLowerCase();
  if (TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w)) return true;
  if (countryOfAdjective(word)) return true;
  return /^(?:co-chair|vice-chair|ex-\p{L}+)$/iu.test(word);
});

/** Whether a title word stands right before the connector tokens[k], or before one more connector there ("of the"). */
function titleResumesBefore(tokens: Token[], k: number): boolean {
  let j = k - 1;
  if (j > 0 && CONNECTORS.has(tokens[j]!.text.toLowerCase()) && joined(tokens[j]!.gap)) j--;
  return j >= 0 && isTitleWord(tokens[j]!);
}

/**
 * The title phrase right before tokens[at] ("Russian Security Council Secretary"), or null
 * when no person-title noun stands there. Returns the phrase and the index it starts at.
 */
export function titleBefore(text: string, tokens: Token[], at: number): { title: string; from: number } | null {
  let i = at;
  let head = false;
  while (i > 0) {
    const prev = tokens[i - 1]!;
    const gapOk = joined(tokens[i]!.gap) || tokens[i]!.gap === "-";
    if (!gapOk) break;
    const w = prev.text.toLowerCase();
    // "Secretary of Defense X" crosses "of", "Secretary of the Security Council X" "of the";
    // "associate of Russian President X" does not.
    if (isTitleWord(prev) || (!head && CONNECTORS.has(w) && joined(prev.gap) && titleResumesBefore(tokens, i - 1))) {
      if (isTitleHead(prev.text)) head = true;
      i--;
      continue;
    }
    break;
  }
  // Sentence adverbs capitalised at the start are not part of a title ("Then Secretary X").
  while (i < at && (CONNECTORS.has(tokens[i]!.text.toLowerCase()) || SENTENCE_ADVERBS.has(tokens[i]!.text))) i++;
  if (!head || i >= at) return null;
  return { title: text.slice(tokens[i]!.start, tokens[at - 1]!.end), from: i };
}

const APPOSITIVE_START = /^,\s+(?:(?:a|an|the)\s+)?/;

/** Roles in appositives after a name: ", Secretary of Russia's Security Council and former Defense Minister,". */
export function appositiveRoles(text: string, end: number): string[] {
  const roles: string[] = [];
  let at = end;
  for (let n = 0; n < 2; n++) {
    if (text[at] !== ",") break; // APPOSITIVE_START needs the comma first
    const rest = text.slice(at, at + 220);
    const lead = APPOSITIVE_START.exec(rest);
    if (!lead) break;
    const body = rest.slice(lead[0].length);
    const stop = /[,;:.()“”"?!]|\s(?:who|which|that|whose|said|says|stated|told|noted|added|warned|in|on|at|during|from|has|had|is|was|will|would)\s/u.exec(body);
    const phrase = (stop ? body.slice(0, stop.index) : body).trim();
    const parts = splitRoles(phrase);
    if (!parts.length) break;
    roles.push(...parts);
    at += lead[0].length + phrase.length;
  }
  return roles;
}

// "…, the Security Council Secretary Nikolai Patrushev": the appositive names someone else.
const ENDS_IN_NAME = /(?:^|\s)(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+)$/u;

function splitRoles(phrase: string): string[] {
  const named = ENDS_IN_NAME.exec(phrase);
  if (named && [named[1]!, named[2]!].every((w) => !TITLE_MODIFIERS.has(w.toLowerCase()) && !ORG_HEADS.has(w.toLowerCase()) && !TITLE_HEADS.has(w.toLowerCase()))) return [];
  const first = phrase.split(/\s+/)[0]?.toLowerCase() ?? "";
  const startsLikeRole = isTitleHead(first) || TITLE_MODIFIERS.has(first) || !!countryOfAdjective(first) || /[’']s$/.test(first);
  if (!startsLikeRole) return [];
  const out: string[] = [];
  for (const part of phrase.split(/\s+and\s+/)) {
    const words = part.trim().split(/\s+/);
    if (words.some((w) => isTitleHead(w.replace(/[’']s$/, "")))) out.push(part.trim().replace(/^(?:a|an|the)\s+/i, ""));
    else if (out.length) out[out.length - 1] += ` and ${part.trim()}`; // "Political and Legal Affairs"
  }
  return out.filter((r) => r.length <= 140);
}

const SPEECH_AFTER = new RegExp(`^(?:\\s*,[^,“”"]{1,140},)?\\s+(?:also\\s+|then\\s+|later\\s+|has\\s+|had\\s+|have\\s+|was\\s+)?(?:${SPEECH_VERBS})\\b`, "iu");
// A \b before a letter is written (?<!\w): the same test, but V8 runs \b slowly under /iu.
const OBJECT_BEFORE =
  /(?<!\w)(?:with|to|told|tells|met|meet|meets|meeting|by|from|for|of|than|between|hosted|received|invited|greeted|thanked|congratulated|about|against|visited|under|and|called)\s+(?:the\s+)?$/iu;
const MEETING_BEFORE = /(?<!\w)(?:met|meet|meets|meeting|talks|talked|spoke|call|conversation|hosted|received|greeted|accompanied\s+by)\s+(?:with\s+)?$/iu;

export function speechAfter(text: string, end: number): boolean {
  // SPEECH_AFTER opens with a comma or a space (\s is the same set under /iu).
  const c = text.charCodeAt(end);
  if (c !== 44 && !(c === 32 || /\s/.test(text[end] ?? ""))) return false;
  return SPEECH_AFTER.test(text.slice(end, end + 200));
}

/** True when the words before a mention make it an object ("talks with X"), not the subject. */
export function objectBefore(text: string, start: number): boolean {
  return OBJECT_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

export function meetingBefore(text: string, start: number): boolean {
  return MEETING_BEFORE.test(text.slice(Math.max(0, start - 40), start));
}

/** The country a role names: "Russian ...", "Secretary of Russia's ...", "... of China", "Kremlin aide". */
export const countryOfRole: (role: string) => string | null = memoize(readCountryOfRole); // roles recur

function readCountryOfRole(role: string): string | null {
  const words = role.replace(/\bto\s+\S+.*$/i, "").split(/[\s-]+/);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.replace(/[(),]/g, "");
    const adj = countryOfAdjective(w);
    if (adj) return adj;
    const place = lookupPlace(w.replace(/[’']s$/, ""));
    if (place?.kind === "country" && (/[’']s$/.test(w) || /^(?:of|in)$/i.test(words[i - 1] ?? ""))) return place.name;
    for (const span of [2, 1]) {
      const org = lookupOrg(words.slice(i, i + span).join(" ").replace(/[’']s$/, ""));
      if (org?.country && !org.agency) return org.country;
    }
  }
  return null;
}
