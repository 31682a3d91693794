// Small text helpers shared by the clue readers.

/** [from, to) of the sentence around `at`: ends at . ! ? before a capital, or a line break. */
export function sentenceAround(text: string, at: number): { from: number; to: number } {
  const END = /[.!?](?=\s+["“‘(]?[A-Z0-9])|\n/g;
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(END)) {
    const i = m.index!;
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
  const t = text.replace(/\s+/g, " ").trim();
  return `'${t.length > max ? t.slice(0, max - 1) + "…" : t}'`;
}
