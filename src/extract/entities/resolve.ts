// Decides which name hits are people and ties every mention to one full name per article.
// Full names (2+ words) count when context confirms them once anywhere in the article; a
// bare surname or "Title Surname" joins the one full name with that family name. When two
// people share the family name ("Wang Yi", "Wang Wenbin") a bare "Wang" is ambiguous and is
// left out rather than guessed. A surname with no full name in the text stays a person of its
// own ("Spokesperson Lin" -> "Lin") only when a title, appositive or speech verb shows it is one.

import type { PersonMention } from "../../types.ts";
import { isChineseSurname, lookupOfficial, nameKey, officialsWithSurname, surnameOf } from "../../knowledge/index.ts";
import { countryOfRole } from "./context.ts";
import { titledAlias, type NameHit } from "./names.ts";
import { KOREAN_SURNAMES } from "../../knowledge/surnames-data.ts";

export interface ResolvedHit {
  hit: NameHit;
  name: string; // canonical full name in this article
}

interface Person {
  key: string;
  forms: string[]; // full forms in order of appearance
  aliases: Set<string>;
  hits: NameHit[];
}

const KOREAN = new Set(KOREAN_SURNAMES);

function confirmed(h: NameHit): boolean {
  if (h.headline) return h.evidence.includes("gazetteer");
  return h.evidence.length > 0;
}

/** A single word shown to be a person by its context, not just by being capitalised. */
function singleIsPerson(h: NameHit): boolean {
  if (h.headline) return false;
  const e = h.evidence;
  if (e.includes("title") || e.includes("appositive")) return true;
  return e.includes("speech") && (isChineseSurname(h.tokens[0]!) || KOREAN.has(h.tokens[0]!));
}

export function resolvePeople(hits: NameHit[]): { people: PersonMention[]; resolved: ResolvedHit[] } {
  const persons: Person[] = [];
  const byKey = new Map<string, Person>();
  const full = hits.filter((h) => h.tokens.length >= 2);
  const confirmedKeys = new Set(full.filter(confirmed).map((h) => nameKey(h.tokens.join(" "))));

  for (const h of full) {
    const form = h.tokens.join(" ");
    const key = nameKey(form);
    if (!confirmedKeys.has(key)) continue;
    const p = byKey.get(key) ?? findContaining(persons, h.tokens) ?? newPerson(persons, byKey, key);
    if (!p.forms.includes(form)) p.forms.push(form);
    byKey.set(key, p);
    p.hits.push(h);
  }

  // Family name -> the people who bear it, for bare-surname mentions.
  const bySurname = new Map<string, Person[]>();
  for (const p of persons) {
    const s = nameKey(surnameOf(canonical(p)));
    bySurname.set(s, [...(bySurname.get(s) ?? []), p]);
  }

  const singles = hits.filter((h) => h.tokens.length === 1);
  // Words some single mention shows to be a person, and words with a mention outside headlines.
  const shownPerson = new Set(singles.filter(singleIsPerson).map((o) => o.tokens[0]!));
  const inProse = new Set(singles.filter((o) => !o.headline).map((o) => o.tokens[0]!));
  const orphans = new Map<string, Person>();
  for (const h of singles) {
    const word = h.tokens[0]!;
    const owners = bySurname.get(nameKey(word)) ?? [];
    if (owners.length === 1) {
      attachAlias(owners[0]!, h, word);
      continue;
    }
    if (owners.length > 1) continue; // shared family name: ambiguous, not guessed
    const known = distinctiveOfficial(word);
    const key = known ? nameKey(known) : `~${nameKey(word)}`;
    let p = byKey.get(key) ?? orphans.get(key);
    if (!p) {
      if (!known && !singleIsPerson(h) && !shownPerson.has(word)) continue;
      if (known && h.headline && !inProse.has(word)) continue;
      p = newPerson(persons, byKey, key);
      p.forms.push(known ?? word);
      orphans.set(key, p);
    }
    attachAlias(p, h, word);
  }

  const resolved: ResolvedHit[] = [];
  const people = persons.map((p): PersonMention => {
    const name = canonical(p);
    for (const h of p.hits) resolved.push({ hit: h, name });
    for (const f of p.forms) if (f !== name) p.aliases.add(f);
    p.aliases.delete(name);
    return { name, aliases: [...p.aliases], roles: rolesOf(p), country: countryOf(p, name) };
  });
  return { people, resolved };
}

function newPerson(persons: Person[], byKey: Map<string, Person>, key: string): Person {
  const p: Person = { key, forms: [], aliases: new Set(), hits: [] };
  persons.push(p);
  byKey.set(key, p);
  return p;
}

/** "Donald J. Trump" and "Donald Trump": same family name, one's words inside the other's. */
function findContaining(persons: Person[], tokens: string[]): Person | undefined {
  const surname = nameKey(surnameOf(tokens.join(" ")));
  return persons.find((p) =>
    p.forms.some((f) => {
      const other = f.split(" ");
      if (nameKey(surnameOf(f)) !== surname || other.length === tokens.length) return false;
      const [small, big] = other.length < tokens.length ? [other, tokens] : [tokens, other];
      return small.every((w) => big.includes(w)) && small[0] === big[0];
    }),
  );
}

function attachAlias(p: Person, h: NameHit, word: string): void {
  p.hits.push(h);
  p.aliases.add(word);
  const titled = titledAlias(h.title, word);
  if (titled) p.aliases.add(titled);
}

/** A gazetteer official this family name alone points to, when it is not a common Chinese/Korean one. */
function distinctiveOfficial(word: string): string | null {
  if (isChineseSurname(word) || KOREAN.has(word)) return null;
  const found = officialsWithSurname(word);
  return found.length === 1 ? found[0]!.name : null;
}

function canonical(p: Person): string {
  return [...p.forms].sort((a, b) => b.split(" ").length - a.split(" ").length || p.forms.indexOf(a) - p.forms.indexOf(b))[0]!;
}

function rolesOf(p: Person): PersonMention["roles"] {
  const out: PersonMention["roles"] = [];
  const seen = new Set<string>();
  const all = p.hits.flatMap((h) => h.roles.map((title) => ({ title, evidence: h.sentence })));
  const words = all.map((o) => o.title.toLowerCase().split(/\s+/));
  for (const r of all) {
    const k = r.title.toLowerCase();
    if (seen.has(k)) continue;
    // A bare "Secretary" adds nothing when a fuller role says it.
    if (!/\s/.test(r.title) && all.some((o, i) => o.title !== r.title && words[i]!.includes(k))) continue;
    seen.add(k);
    out.push(r);
  }
  return out;
}

function countryOf(p: Person, name: string): string | null {
  const official = lookupOfficial(name);
  if (official) return official.country;
  const counts = new Map<string, number>();
  for (const h of p.hits) for (const r of h.roles) {
    const c = countryOfRole(r);
    if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}
