// Decoded text -> canonical text: "\n" line ends, no control characters but "\n" and "\t",
// Unicode NFC. Line count is preserved (so text lines map to file lines), except that a lone CR
// counts as a line break, as it does in the editors that write it.

export interface Normalized {
  text: string;
  /** Control and stray byte-order-mark characters removed. */
  removed: number;
}

// C0 controls except \t and \n, DEL, C1 controls, and U+FEFF left mid-text by concatenation.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFEFF]/g;
// Unicode line/paragraph separators break lines in JS regexes but not in editors: make them spaces
// so downstream `^`/`$` and the file's line numbers agree.
const UNICODE_SEPARATORS = /[\u2028\u2029]/g;

// Every character the replacements below change (CR is among the controls): most texts have none.
const NEEDS_CLEANUP = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFEFF\u2028\u2029]/;

export function normalizeText(decoded: string): Normalized {
  if (!NEEDS_CLEANUP.test(decoded)) return { text: decoded.normalize("NFC"), removed: 0 };
  const lf = decoded.replace(/\r\n?/g, "\n");
  const stripped = lf.replace(CONTROL, "");
  const text = stripped.replace(UNICODE_SEPARATORS, " ").normalize("NFC");
  return { text, removed: lf.length - stripped.length };
}
