// Small text helpers shared by the clue readers.

const END = /[.!?](?=\s+["“‘(]?[A-Z0-9])|\n/g;

/** [from, to) of the sentence around `at`: ends at . ! ? before a capital, or a line break. */
export function sentenceAround(text: string, at: number): { from: number; to: number } {
  let from = 0;
  let to = text.length;
  END.lastIndex = 0;
  for (let m = END.exec(text); m; m = END.exec(text)) {
    const i = m.index;
    if (i < at) from = i + 1;
    else {
      to = i + 1;
      break;
    }
  }
  return { from, to };
}

/** Shortened quote of a phrase for evidence strings. */
export function quote(text: string, max = 80): string {
  const t = (/[^\S ]| {2}/.test(text) ? text.replace(/\s+/g, " ") : text).trim(); // the replace changes nothing without such runs
  return `'${t.length > max ? t.slice(0, max - 1) + "…" : t}'`;
}
