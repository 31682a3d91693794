// Where clusterMeetings looks for candidates: cluster numbers filed under the eventKeys of each
// cluster's merged mention. Only pairs that some mention will ask about are filed. A cluster that
// has gathered 60 people has 1,770 pairs of them, and building those keys again on every merge
// was most of the cost of clustering, yet a mention only ever asks for pairs of its own people.

import type { MeetingMention } from "../types.ts";

/**
 * Keys under which two mentions of the same meeting meet: a pair of its people, or its mechanism
 * and round. A round-less mention is filed under "?" and looks at every round ("*").
 */
export function eventKeys(m: MeetingMention, asQuery: boolean): string[] {
  if (m.visit) return [];
  const ps = [...m.participants].sort();
  const keys: string[] = [];
  for (let i = 0; i < ps.length; i++) for (let j = i + 1; j < ps.length; j++) keys.push(`p:${ps[i]}|${ps[j]}`);
  return [...keys, ...seriesKeys(m, asQuery)];
}

function seriesKeys(m: MeetingMention, asQuery: boolean): string[] {
  if (!m.series) return [];
  const round = m.round === null ? "?" : String(m.round);
  if (asQuery) return m.round === null ? [`s:${m.series}:*`] : [`s:${m.series}:${round}`, `s:${m.series}:?`];
  return [`s:${m.series}:${round}`, `s:${m.series}:*`];
}

/** A pair's key, people in sorted order as in eventKeys. */
const pairKey = (a: string, b: string) => (a < b ? `p:${a}|${b}` : `p:${b}|${a}`);

export class ClusterIndex {
  private readonly byKey = new Map<string, Set<number>>();
  private readonly partners = new Map<string, Set<string>>(); // person -> people a query pairs them with
  private readonly filed: Set<string>[] = []; // cluster number -> participants already paired
  private readonly filedSeries: string[] = []; // cluster number -> its series keys when last filed, joined

  /** `queries`: every mention that will look clusters up (participants are distinct: link/ dedupes them). */
  constructor(queries: MeetingMention[]) {
    for (const q of queries) {
      if (q.visit) continue; // asks nothing
      for (const a of q.participants)
        for (const b of q.participants) if (a !== b) (this.partners.get(a) ?? this.partners.set(a, new Set()).get(a)!).add(b);
    }
  }

  /** Clusters filed under a key from eventKeys(mention, true). */
  under(key: string): Iterable<number> {
    return this.byKey.get(key) ?? [];
  }

  /**
   * Files cluster `at` under the keys of its merged mention that any query asks for. Called after
   * every change; the index only grows, so pairs already filed are skipped.
   */
  file(at: number, merged: MeetingMention): void {
    if (merged.visit) return; // eventKeys gives none
    const filed = this.filed[at] ?? (this.filed[at] = new Set());
    for (const n of merged.participants) {
      if (filed.has(n)) continue;
      const partners = this.partners.get(n);
      if (partners) for (const p of smaller(partners, filed)) if (partners.has(p) && filed.has(p)) this.add(pairKey(n, p), at);
      filed.add(n);
    }
    const series = seriesKeys(merged, false);
    const joined = series.join("\n");
    if (this.filedSeries[at] === joined) return; // series and round unchanged since last filed
    this.filedSeries[at] = joined;
    for (const k of series) this.add(k, at);
  }

  private add(key: string, at: number): void {
    (this.byKey.get(key) ?? this.byKey.set(key, new Set()).get(key)!).add(at);
  }
}

const smaller = <T,>(a: Set<T>, b: Set<T>): Set<T> => (a.size <= b.size ? a : b);
