// Function words per language, kept as data. A prose line is dense in them; menus, headlines,
// link lists and names are not (jusText's main signal). The page's language is picked by which
// list covers most of its words; languages without spaces (CJK) use punctuation instead.

const LISTS: Record<string, string> = {
  en: `a about above after again against all also am an and any are as at be because been before being below between both but by
    can could did do does doing down during each few for from further had has have having he her here hers herself him himself his how
    i if in into is it its itself just me more most my no nor not now of off on once only or other our ours out over own same she should
    so some such than that the their theirs them then there these they this those through to too under until up very was we were what
    when where which while who whom why will with would you your yours said says says told however since while according`,
  ru: `и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот от меня еще нет о из
    ему теперь когда даже ну вдруг ли если уже или ни быть был него до вас нибудь опять уж вам ведь там потом себя ничего ей может они
    тут где есть надо ней для мы тебя их чем была сам чтоб без будто чего раз тоже себе под будет ж тогда кто этот того потому этого
    какой совсем ним здесь этом один почти мой тем чтобы нее сейчас были куда зачем всех никогда можно при наконец два об другой хоть
    после над больше тот через эти нас про всего них какая много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть том
    нельзя такой им более всегда конечно всю между это также`,
  de: `der die das und ist in den von zu mit sich des auf für nicht im dem ein eine als auch es an werden aus er hat dass sie nach
    wird bei einer um am sind noch wie einem über einen so zum war haben nur oder aber vor zur bis mehr durch man sein wurde sei`,
  fr: `le la les de des du un une et est en que qui dans pour pas au aux sur par plus ce il elle se ne sont avec son sa ses ou mais
    nous vous ils leur été être a ont cette comme tout aussi fait`,
  es: `el la los las de del y en que un una es por con para no se su sus al lo como más pero fue ha son le este esta entre
    cuando también muy sin sobre ya`,
  it: `il lo la i gli le di del della dei delle e è in che un una per con non si da al alla sono come più ma anche nel nella`,
  pt: `o a os as de do da dos das e em que um uma para com não se por mais como mas foi ao na no é ser são também`,
};

/** Stop words by language (also read by word-stats.ts). */
export const SETS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(LISTS).map(([lang, words]) => [lang, new Set(words.split(/\s+/).filter(Boolean))]),
);

const WORD = /[\p{L}\p{N}'’-]+/gu;

/** Lowercased words of a text (letters, digits, apostrophes, hyphens). */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** The stop-word list that covers most of the sample's words, or null when none covers 10%. */
export function pickLanguage(sample: string[]): string | null {
  let best: string | null = null;
  let bestHits = 0;
  const total = sample.length;
  for (const [lang, set] of SETS) {
    let hits = 0;
    for (const w of sample) if (set.has(w)) hits++;
    if (hits > bestHits) {
      best = lang;
      bestHits = hits;
    }
  }
  return total > 0 && bestHits / total >= 0.1 ? best : null;
}

/** Share of the words that are stop words of `lang` (0 when the language has no list). */
export function stopWordRatio(words: string[], lang: string | null): number {
  const set = lang ? SETS.get(lang) : undefined;
  if (!set || words.length === 0) return 0;
  let hits = 0;
  for (const w of words) if (set.has(w)) hits++;
  return hits / words.length;
}

/** Whether a lowercased word is a stop word of `lang` (of any listed language when unknown). */
export function isStopWord(word: string, lang: string | null): boolean {
  const set = lang ? SETS.get(lang) : undefined;
  if (set) return set.has(word);
  for (const s of SETS.values()) if (s.has(word)) return true;
  return false;
}
