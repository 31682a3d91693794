// The article body: a meeting story told in news prose. A lead names who met whom, where and
// when; then quotes, a spokesperson's briefing, earlier meetings, analysts and upcoming events,
// in a shuffled order and with as much background as the target size needs.

import type { Rng } from "./random.ts";
import type { Official, Pool } from "./cast.ts";
import { backgroundDatePhrase, chineseName, eventDatePhrase, ordinal, pickOfficial, russianName, spanPhrase, westernName } from "./cast.ts";
import * as V from "./vocab.ts";

export interface Story {
  published: Date;
  china: Official;
  russia: Official;
  city: string;
  forum: string | null;
  agency: string;
  /** The paragraphs of the body, in order; a paragraph starting "## " is a subheading. */
  paragraphs: string[];
  headline: string;
  dek: string;
}

const full = (p: Official): string => {
  if (p.post.startsWith("Kremlin")) return `${p.post} ${p.name}`;
  return `${p.country === "china" ? "Chinese" : "Russian"} ${p.post} ${p.name}`;
};
const appositive = (p: Official): string => `${p.name}, ${p.country === "china" ? "China's" : "Russia's"} ${p.post},`;
const ref = (rng: Rng, p: Official): string => {
  const head = p.post.split(" ")[0]!;
  return rng.chance(0.4) && /^(Secretary|Minister|Director|Procurator)/.test(head) ? `${head} ${p.short}` : p.short;
};
const sentence = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const QUOTE_SUBJECTS = ["Relations between our two countries", "Our cooperation", "The partnership between Beijing and Moscow", "Security cooperation", "Coordination between our agencies", "The strategic partnership", "Mutual trust between the two sides"];
const QUOTE_PREDICATES = ["has reached an unprecedented level", "cannot be shaken by external pressure", "serves the interests of both peoples", "must be strengthened in the face of new threats", "is not directed against any third party", "rests on a solid foundation", "will continue to deepen", "is a model for relations between major powers", "has stood the test of a changing world"];
const QUOTE_TAILS = ["", " and we will keep working together", ", especially in the current complex international situation", " despite attempts to divide us", " in line with the consensus of the two heads of state", ", and we are ready to do more"];

function quote(rng: Rng): string {
  return `${rng.pick(QUOTE_SUBJECTS)} ${rng.pick(QUOTE_PREDICATES)}${rng.pick(QUOTE_TAILS)}`;
}

const ANALYSTS = ["Observers in the region", "Western diplomats", "Chinese analysts", "Scholars at a Moscow think tank", "Officials familiar with the talks", "A researcher at a university in Shanghai", "Security experts"];
const ANALYST_VERBS = ["said", "noted", "argued", "suggested", "pointed out"];
const ANALYST_CLAUSES = [
  "the meetings have become more frequent since {year}",
  "the two sides are coordinating more closely on {topic}",
  "{topic} is likely to dominate the agenda of the next round",
  "the timing of the visit was not accidental",
  "neither side wants to be seen as the junior partner",
  "the talks were meant as a signal to Washington and its allies",
  "practical results on {topic} have so far been modest",
  "the format has outlasted several changes of personnel on both sides",
];

function analysis(rng: Rng, published: Date): string {
  const clause = rng
    .pick(ANALYST_CLAUSES)
    .replace("{year}", String(published.getUTCFullYear() - rng.int(1, 6)))
    .replace("{topic}", rng.pick(V.TOPICS));
  return `${rng.pick(ANALYSTS)} ${rng.pick(ANALYST_VERBS)} that ${clause}.`;
}

function lead(rng: Rng, s: Omit<Story, "paragraphs" | "headline" | "dek">, date: string): string {
  const [host, guest] = rng.chance(0.5) ? [s.china, s.russia] : [s.russia, s.china];
  const forum = s.forum;
  const forms = [
    `${full(guest)} met with ${full(host)} in ${s.city} ${date}.`,
    `${appositive(guest)} held talks with ${appositive(host)} in ${s.city} ${date}, according to ${s.agency}.`,
    `${s.agency} reported ${date} that ${full(host)} had received ${full(guest)} in ${s.city}.`,
  ];
  if (forum) forms.push(`${full(s.china)} and ${full(s.russia)} co-chaired ${forum} in ${s.city} ${date}.`, `${sentence(forum)} was held in ${s.city} ${date}, co-chaired by ${s.china.name} and ${s.russia.name}.`);
  const extra = rng.pick([
    ` The two sides discussed ${rng.pick(V.TOPICS)} and ${rng.pick(V.TOPICS)}.`,
    ` It was the first contact at this level since ${backgroundDatePhrase(rng, s.published).replace(/^in /, "")}.`,
    ` The talks focused on ${rng.pick(V.TOPICS)}.`,
    "",
  ]);
  return rng.pick(forms) + extra;
}

function quoteParagraph(rng: Rng, who: Official, other: Official): string {
  const q1 = quote(rng);
  const forms = [
    `“${q1},” ${ref(rng, who)} said.`,
    `${ref(rng, who)} said that ${q1.charAt(0).toLowerCase()}${q1.slice(1)}.`,
    `${sentence(ref(rng, who))} responded by saying, “${q1}.”`,
    `At the meeting, ${ref(rng, who)} told ${ref(rng, other)}: “${q1}.”`,
  ];
  let p = rng.pick(forms);
  if (rng.chance(0.5)) p += ` ${sentence(who.short)} added, “${quote(rng)}.”`;
  return p;
}

function briefing(rng: Rng, s: Omit<Story, "paragraphs" | "headline" | "dek">): string {
  const chinese = rng.chance(0.5);
  const n = chinese ? chineseName(rng) : russianName(rng);
  const title = chinese ? rng.pick(V.CHINESE_SPOKES) : rng.pick(V.RUSSIAN_SPOKES);
  const when = eventDatePhrase(rng, s.published, rng.int(0, 3));
  const visitor = s.china.country === "china" && chinese ? s.russia : s.china;
  return `${sentence(title)} ${n.name} said at a regular briefing ${when} that ${visitor.short} would stay ${spanPhrase(rng, s.published)} and attend ${s.forum ?? `talks on ${rng.pick(V.TOPICS)}`}. “${quote(rng)},” ${n.short} said.`;
}

function earlierMeeting(rng: Rng, pool: Pool, s: Omit<Story, "paragraphs" | "headline" | "dek">): string {
  const c = pickOfficial(rng, pool.china);
  const r = pickOfficial(rng, pool.russia);
  const city = rng.pick([...V.CHINESE_CITIES, ...V.RUSSIAN_CITIES, ...V.THIRD_CITIES]);
  const when = backgroundDatePhrase(rng, s.published);
  return rng.pick([
    `${sentence(c.short)} had met ${r.name} in ${city} ${when}, when the two discussed ${rng.pick(V.TOPICS)}.`,
    `Earlier, ${r.name}, then ${r.post}, visited ${city} ${when} to attend the ${ordinal(rng.int(2, 20))} meeting of the joint working group.`,
    `${c.name} and ${r.name} last met ${when} in ${city}.`,
    `${sentence(r.short)} served as ${r.post} from ${s.published.getUTCFullYear() - rng.int(3, 9)} to ${when.replace(/^in /, "")}, before taking up the current post.`,
  ]);
}

function upcoming(rng: Rng, s: Omit<Story, "paragraphs" | "headline" | "dek">): string {
  const who = rng.chance(0.5) ? s.russia : s.china;
  return `${sentence(who.short)} is expected to travel to ${rng.pick(V.THIRD_CITIES)} ${rng.pick(["next week", "later this month", "in the coming days", "before the end of the year"])} for ${rng.pick(V.FORUMS).replace("{n}", ordinal(rng.int(2, 25)))}.`;
}

function context(rng: Rng, s: Omit<Story, "paragraphs" | "headline" | "dek">): string {
  const name = westernName(rng);
  return rng.pick([
    `${analysis(rng, s.published)} ${analysis(rng, s.published)}`,
    `“It is a relationship of convenience as much as conviction,” said ${name}, a fellow at an independent research institute. ${analysis(rng, s.published)}`,
    `According to ${rng.pick(V.AGENCIES)}, the delegations also agreed to hold consultations on ${rng.pick(V.TOPICS)} ${rng.pick(["before the end of the year", "next spring", "within six months"])}. ${analysis(rng, s.published)}`,
    `Trade between the two countries reached a record level ${backgroundDatePhrase(rng, s.published)}, with energy exports to China making up the largest share. ${analysis(rng, s.published)} ${analysis(rng, s.published)}`,
  ]);
}

const ACTIONS = ["hold regular consultations at the working level", "set up a hotline between the two ministries", "exchange information on extremist groups", "expand training for border guards", "draft a joint plan for the next three years", "coordinate positions at the United Nations"];

function agenda(rng: Rng): string {
  const [a, b, c] = rng.sample(V.TOPICS, 3);
  return `The two sides exchanged views on ${a}, ${b} and ${c}, and agreed to ${rng.pick(ACTIONS)}. ${rng.chance(0.5) ? `No joint statement was issued, but both delegations described the talks as ${rng.pick(["frank", "constructive", "productive", "substantive"])}.` : `A protocol on ${rng.pick(V.TOPICS)} was signed at the end of the session.`}`;
}

function history(rng: Rng, s: Omit<Story, "paragraphs" | "headline" | "dek">): string {
  const y = s.published.getUTCFullYear() - rng.int(2, 20);
  return rng.pick([
    `The mechanism was set up in ${y} and has met almost every year since, alternating between Chinese and Russian cities.`,
    `Since ${y}, the two countries have held joint exercises in the Sea of Japan, over the East China Sea and in Central Asia, and their coast guards have patrolled together in the northern Pacific.`,
    `Contacts at this level were rare before ${y}. They became routine after the two governments upgraded their relationship, and most years now see several rounds of talks on ${rng.pick(V.TOPICS)}.`,
    `In ${rng.pick(V.THIRD_CITIES)}, a government spokesperson said ${backgroundDatePhrase(rng, s.published).replace(/^in /, "in ")} that the country was following the contacts between its two large neighbours closely.`,
  ]);
}

/** Builds a story whose body is about `bodyBytes` long. */
export function writeStory(rng: Rng, pool: Pool, published: Date, bodyBytes: number): Story {
  const china = pickOfficial(rng, pool.china);
  const russia = pickOfficial(rng, pool.russia);
  const city = rng.pick(rng.chance(0.45) ? V.CHINESE_CITIES : rng.chance(0.8) ? V.RUSSIAN_CITIES : V.THIRD_CITIES);
  const forum = rng.chance(0.6) ? rng.pick(V.FORUMS).replace("{n}", ordinal(rng.int(2, 25))) : null;
  const agency = rng.pick(V.AGENCIES);
  const base = { published, china, russia, city, forum, agency };
  const date = eventDatePhrase(rng, published, rng.int(0, 6));

  const paragraphs = [lead(rng, base, date), quoteParagraph(rng, china, russia), quoteParagraph(rng, russia, china)];
  const more = [() => briefing(rng, base), () => earlierMeeting(rng, pool, base), () => upcoming(rng, base), () => context(rng, base), () => (rng.chance(0.5) ? quoteParagraph(rng, china, russia) : quoteParagraph(rng, russia, china)), () => agenda(rng), () => history(rng, base)];
  let size = paragraphs.join("\n\n").length;
  while (size < bodyBytes) {
    let p = rng.pick(more)();
    if (rng.chance(0.3)) p += ` ${earlierMeeting(rng, pool, base)}`;
    if (rng.chance(0.08)) paragraphs.push(`## ${rng.pick([`${china.short}: “${quote(rng)}”`, "Shared interests", "What comes next", `Eyes on ${city}`, "A long partnership"])}`);
    paragraphs.push(p);
    size += p.length + 2;
  }
  const headline = rng.pick([
    `${china.short} and ${russia.short} Hold Security Talks in ${city}`,
    `China, Russia Pledge Closer Security Ties as ${russia.short} Visits ${city}`,
    `${russia.short} Meets ${china.short}: “${quote(rng).split(" ").slice(0, 6).join(" ")}”`,
    forum ? `${sentence(forum.replace(/^the /, ""))} Opens in ${city}` : `Top Security Officials of China and Russia Meet in ${city}`,
  ]);
  const dek = rng.pick([
    `The talks are the latest in a series of high-level contacts between Beijing and Moscow.`,
    `Both sides stressed ${rng.pick(V.TOPICS)} and ${rng.pick(V.TOPICS)}.`,
    `${sentence(forum ?? "The meeting")} comes amid growing pressure from the West.`,
  ]);
  return { ...base, paragraphs, headline, dek };
}
