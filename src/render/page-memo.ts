// The dev loop's record of what each page was made from, so that after the whole corpus is
// linked again (an edit to a name, a date or a meeting; an article added or removed) a page
// whose inputs are all last build's objects is not made again. A page reads its view (the
// objects a template is given) and, through its PageContext, other things by id (a link's label
// and whether it has a page): both are recorded when it is made. It is kept as it is on disk when
// the same view objects come again (linking keeps last build's object wherever the new one is
// equal: link/share.ts), every lookup gives the same label and link as then, and the file is on
// disk (records are forgotten when a build fails to write what it made). Templates read nothing else: the settings are
// the memo's key, and `ctx.index` is for no template to read.

import { LABEL, type PageContext, type SiteIndex } from "./context.ts";

type IndexMap = "articles" | "meetings" | "people" | "organizations" | "places" | "placesByName";
/** A lookup a page made: which of the index's maps, the key, and what the page took of what it found. */
type Lookup = [map: IndexMap, key: string, seen: string | null];

/**
 * What a page takes of a thing it looks up (context.ts's Ref): its label (an article's or
 * meeting's title, a name) and, by being there, a link to its page; of a place found by name,
 * which place (the link). Anything else of it the page does not show.
 */
function seenOf(index: SiteIndex, map: IndexMap, key: string): string | null {
  if (map === "placesByName") return index.placesByName.get(key)?.id ?? null;
  const x = index[map].get(key);
  return x === undefined ? null : (LABEL[map] as (x: unknown) => string)(x);
}

interface PageRecord {
  inputs: readonly unknown[];
  lookups: Lookup[];
}

export class PageMemo {
  private key = "";
  private readonly records = new Map<string, PageRecord>();

  /** Forgets every record when the settings (or anything else every page reads) changed. */
  keyed(key: string): void {
    if (key !== this.key) this.records.clear();
    this.key = key;
  }

  /** True when the page at `path` would come out as the file on disk (`onDisk`: the writer has it). */
  unchanged(path: string, inputs: readonly unknown[], index: SiteIndex, onDisk: boolean): boolean {
    const r = this.records.get(path);
    if (!r || !onDisk || r.inputs.length !== inputs.length) return false;
    for (let i = 0; i < inputs.length; i++) if (r.inputs[i] !== inputs[i]) return false;
    for (const [map, key, seen] of r.lookups) if (seenOf(index, map, key) !== seen) return false;
    return true;
  }

  record(path: string, inputs: readonly unknown[], lookups: Lookup[]): void {
    this.records.set(path, { inputs, lookups });
  }

  /**
   * Forgets every record: the pages made since may not be on disk (the caller calls this when
   * writing them failed). A record is otherwise what the file on disk was made from, as the
   * writer puts every page it is given on disk, or fails.
   */
  clear(): void {
    this.records.clear();
  }

  /** Drops the records of pages not in `paths` (pages the site no longer has). */
  keepOnly(paths: ReadonlySet<string>): void {
    for (const path of this.records.keys()) if (!paths.has(path)) this.records.delete(path);
  }
}

/** `ctx`, with every lookup by id it makes taken down in `lookups`. */
export function recordingContext(ctx: PageContext, lookups: Lookup[]): PageContext {
  const { index } = ctx;
  const seen = <T>(map: IndexMap, key: string, ref: T): T => (lookups.push([map, key, seenOf(index, map, key)]), ref);
  return {
    ...ctx,
    article: (id) => seen("articles", id, ctx.article(id)),
    meeting: (id) => seen("meetings", id, ctx.meeting(id)),
    person: (id) => seen("people", id, ctx.person(id)),
    organization: (id) => seen("organizations", id, ctx.organization(id)),
    place: (id) => seen("places", id, ctx.place(id)),
    placeNamed: (name) => seen("placesByName", name.toLowerCase(), ctx.placeNamed(name)),
  };
}

export type { Lookup };
