// Document ids: URL-safe, derived from the file name (or a front-matter slug), unique in a corpus,
// and stable — a seed's id depends on its own name and on the names it collides with, never on
// unrelated seeds or on file contents.

import { createHash } from "node:crypto";
import { slugify } from "../paths.ts";

/** The file name without directory and last extension: "seeds/My Story.txt" -> "My Story". */
export function baseName(source: string): string {
  const file = source.slice(source.lastIndexOf("/") + 1);
  const dot = file.lastIndexOf(".");
  return dot > 0 ? file.slice(0, dot) : file;
}

/** Whether a front-matter slug is used for the id: one that names a path is not. */
export const usableSlug = (slug: string | undefined): slug is string => slug !== undefined && !slug.includes("/") && !slug.includes("\\") && !slug.includes("..");

/** The id a seed asks for: its front-matter slug when usable, else its file name's slug. */
export function requestedId(source: string, slug: string | undefined): { id: string; fromSlug: boolean; warning?: string } {
  const fromName = slugify(baseName(source));
  if (slug === undefined) return { id: fromName, fromSlug: false };
  if (!usableSlug(slug)) {
    return { id: fromName, fromSlug: false, warning: `front-matter slug "${slug}" contains a path ("/", "\\" or ".."); using "${fromName}" from the file name` };
  }
  return { id: slugify(slug), fromSlug: true };
}

export interface IdClaim {
  source: string;
  id: string;
  fromSlug: boolean;
}

/**
 * Unique ids for claims that may collide. Among claims of the same id, the winner keeps it:
 * an explicit front-matter slug first, then a file whose name already is the slug
 * ("my-story.txt"), then the first in sorted path order. Every other claimant gets
 * "<id>-<6 hex chars of sha256(source path)>" — a suffix that depends only on its own path, so it
 * survives seeds being added or removed. Returns the final id per source and one warning per renamed
 * seed.
 */
export function resolveIds(claims: IdClaim[]): { ids: Map<string, string>; warnings: Map<string, string> } {
  const groups = new Map<string, IdClaim[]>();
  for (const c of claims) {
    const group = groups.get(c.id);
    if (group) group.push(c);
    else groups.set(c.id, [c]);
  }

  const taken = new Set(groups.keys());
  const ids = new Map<string, string>();
  const warnings = new Map<string, string>();
  // Only contested ids are sorted: the order matters only where losers take new ids.
  const contested: [string, IdClaim[]][] = [];
  for (const [id, group] of groups) {
    if (group.length === 1) ids.set(group[0]!.source, id);
    else contested.push([id, group]);
  }
  for (const [id, group] of contested.sort(([a], [b]) => compare(a, b))) {
    const ranked = [...group].sort(byPriority);
    const winner = ranked[0]!;
    ids.set(winner.source, id);
    for (const loser of ranked.slice(1)) {
      const unique = suffixed(id, loser.source, taken);
      taken.add(unique);
      ids.set(loser.source, unique);
      warnings.set(loser.source, `id "${id}" is also claimed by ${winner.source}; this article's id is "${unique}"`);
    }
  }
  return { ids, warnings };
}

function byPriority(a: IdClaim, b: IdClaim): number {
  if (a.fromSlug !== b.fromSlug) return a.fromSlug ? -1 : 1;
  const aCanonical = baseName(a.source) === a.id;
  const bCanonical = baseName(b.source) === b.id;
  if (aCanonical !== bCanonical) return aCanonical ? -1 : 1;
  return compare(a.source, b.source);
}

function suffixed(id: string, source: string, taken: Set<string>): string {
  const hex = createHash("sha256").update(source).digest("hex");
  for (let len = 6; len <= hex.length; len += 2) {
    const candidate = `${id}-${hex.slice(0, len)}`;
    if (!taken.has(candidate)) return candidate;
  }
  throw new Error(`cannot make a unique id for ${source}`); // 2^-256: unreachable in practice
}

/** Code-point order, independent of the machine's locale. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
