// Well-known dated events, as general knowledge kept as data. Used only as extra clues
// (the year of "the 80th anniversary of the founding of the United Nations", the year of an
// undated "U.S. presidential election on November 5"); every rule works without this list.

export interface KnownEvent {
  name: string;
  /** Case-insensitive pattern for how texts name it. */
  pattern: RegExp;
  /** Dates it happened ("YYYY-MM-DD"); several for recurring events (elections). */
  dates: string[];
  /** True when the name alone is too vague outside an anniversary phrase ("the Communist Party of China"). */
  anniversaryOnly?: boolean;
}

export const KNOWN_EVENTS: KnownEvent[] = [
  { name: "founding of the United Nations", pattern: /\bfounding of the (?:United Nations|UN)\b|\bUN Charter\b|\bUnited Nations was founded\b/i, dates: ["1945-10-24"] },
  { name: "Victory in the Great Patriotic War", pattern: /\bGreat Patriotic War\b|\bvictory over (?:Nazi|fascist) Germany\b/i, dates: ["1945-05-09"] },
  { name: "victory in the Chinese People's War of Resistance against Japanese Aggression", pattern: /\bwar (?:of resistance )?against Japan(?:ese aggression)?\b|\bAnti-Japanese War\b|\bWorld Anti-Fascist War\b/i, dates: ["1945-09-03"] },
  { name: "end of the Second World War", pattern: /\b(?:end|victory) of (?:the )?(?:Second World War|World War (?:II|2|Two))\b/i, dates: ["1945-09-02"] },
  { name: "outbreak of the Second World War", pattern: /\b(?:outbreak|start|beginning) of (?:the )?(?:Second World War|World War (?:II|2|Two))\b/i, dates: ["1939-09-01"] },
  { name: "founding of the People's Republic of China", pattern: /\bfounding of (?:the People's Republic of China|the PRC|New China)\b/i, dates: ["1949-10-01"] },
  { name: "founding of the Communist Party of China", pattern: /\b(?:Communist Party of China|Chinese Communist Party|CPC)\b/i, dates: ["1921-07-01"], anniversaryOnly: true },
  { name: "China-Russia Treaty of Good-Neighborliness and Friendly Cooperation", pattern: /\bTreaty of Good[- ]Neighbou?rliness\b/i, dates: ["2001-07-16"] },
  { name: "founding of the Shanghai Cooperation Organization", pattern: /\bShanghai Cooperation Organi[sz]ation\b|\bSCO\b/i, dates: ["2001-06-15"], anniversaryOnly: true },
  { name: "establishment of diplomatic relations between China and the Soviet Union", pattern: /\bdiplomatic (?:relations|ties) between (?:China|Beijing) and (?:Russia|Moscow|the Soviet Union)\b/i, dates: ["1949-10-02"], anniversaryOnly: true },
  { name: "dissolution of the Soviet Union", pattern: /\b(?:collapse|dissolution|breakup|fall) of the Soviet Union\b/i, dates: ["1991-12-26"] },
  { name: "September 11 attacks", pattern: /\bSeptember 11(?:th)? attacks\b|\b9\/11 attacks\b/i, dates: ["2001-09-11"] },
  { name: "Russia's annexation of Crimea", pattern: /\bannex(?:ation of|ed) Crimea\b/i, dates: ["2014-03-18"] },
  { name: "Russia's full-scale invasion of Ukraine", pattern: /\bfull[- ]scale (?:invasion of|war (?:against|on|in)) Ukraine\b|\binvaded Ukraine\b|\binvasion of Ukraine\b/i, dates: ["2022-02-24"] },
  {
    name: "U.S. presidential election",
    pattern: /\b(?:U\.?S\.?|US|American|United States)\s+presidential election\b|\bpresidential election in the (?:U\.?S\.?|United States)\b/i,
    dates: ["2000-11-07", "2004-11-02", "2008-11-04", "2012-11-06", "2016-11-08", "2020-11-03", "2024-11-05", "2028-11-07"],
  },
];

/** Known events named in `text`, with where the name starts. */
export function eventsIn(text: string, inAnniversary = false): { event: KnownEvent; at: number }[] {
  const out: { event: KnownEvent; at: number }[] = [];
  for (const event of KNOWN_EVENTS) {
    if (event.anniversaryOnly && !inAnniversary) continue;
    const m = event.pattern.exec(text);
    if (m) out.push({ event, at: m.index });
  }
  return out.sort((a, b) => a.at - b.at);
}
