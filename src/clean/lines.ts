// Splitting a page dump into lines, once, in linear time. Blank lines are kept out of the
// analysis but their positions are remembered: a blank gap separates paragraphs and lists.

export interface Line {
  /** 1-based line number in RawDoc.text. */
  lineNo: number;
  /** The line as written, trailing blanks removed. */
  text: string;
  /** The line without leading/trailing whitespace. */
  trimmed: string;
  /** Leading spaces (tabs count as 4): w3m-style dumps indent list content. */
  indent: number;
  /** A blank line came right before this one (or it is the first line). */
  blankBefore: boolean;
  /** A blank line (or the end of the text) comes right after this one. */
  blankAfter: boolean;
}

/** The non-blank lines of a text, in order. */
export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  let lineNo = 0;
  let lastWasBlank = true;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    lineNo++;
    const raw = text.slice(start, end).trimEnd(); // not /\s+$/: that regex is quadratic on long lines
    const trimmed = raw.trimStart();
    if (trimmed) {
      const lead = raw.length - trimmed.length;
      let indent = 0;
      for (let i = 0; i < lead; i++) indent += raw.charCodeAt(i) === 9 ? 4 : 1;
      const prev = out[out.length - 1];
      if (prev && !lastWasBlank) prev.blankAfter = false;
      out.push({ lineNo, text: raw, trimmed, indent, blankBefore: lastWasBlank, blankAfter: true });
      lastWasBlank = false;
    } else {
      lastWasBlank = true;
    }
    if (end === text.length) break;
    start = end + 1;
  }
  return out;
}
