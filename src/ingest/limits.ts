// Size limits that keep every later stage linear and bounded. Each cut is reported, never silent.

export interface Limits {
  maxBytes: number;
  maxLineChars: number;
  maxLines: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxBytes: 10 * 1024 * 1024,
  maxLineChars: 100_000,
  maxLines: 200_000,
};

export function tooLargeMessage(size: number, limit: number): string {
  return `file too large (${formatBytes(size)} > ${formatBytes(limit)} limit)`;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
}

/** Keeps the first `maxLines` lines and cuts each line to `maxLineChars`; `firstLine` numbers the warnings. */
export function applyLineLimits(
  text: string,
  firstLine: number,
  limits: Pick<Limits, "maxLines" | "maxLineChars">,
): { text: string; warnings: string[] } {
  const warnings: string[] = [];
  let kept = text;

  // Find the end of line maxLines without splitting the whole text (it may hold millions of lines).
  let pos = -1;
  for (let n = 0; n < limits.maxLines; n++) {
    pos = kept.indexOf("\n", pos + 1);
    if (pos === -1) break;
  }
  if (pos !== -1 && pos < kept.length - 1) {
    const total = countLines(kept);
    kept = kept.slice(0, pos);
    warnings.push(`too many lines: only the first ${limits.maxLines} of ${total} kept`);
  }

  if (!hasLineLongerThan(kept, limits.maxLineChars)) return { text: kept, warnings };
  const lines = kept.split("\n");
  let cutCount = 0;
  let firstCut = 0;
  let longest = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length <= limits.maxLineChars) continue;
    if (cutCount === 0) firstCut = firstLine + i;
    cutCount++;
    longest = Math.max(longest, line.length);
    lines[i] = cutAt(line, limits.maxLineChars);
  }
  if (cutCount > 0) {
    warnings.push(
      cutCount === 1
        ? `line ${firstCut} cut to ${limits.maxLineChars} characters (it had ${longest})`
        : `${cutCount} lines cut to ${limits.maxLineChars} characters (first: line ${firstCut}; longest had ${longest})`,
    );
    kept = lines.join("\n");
  }
  return { text: kept, warnings };
}

/** Whether a line is longer than `max`, found without splitting the text (nearly always no). */
function hasLineLongerThan(text: string, max: number): boolean {
  for (let start = 0; ; ) {
    const end = text.indexOf("\n", start);
    if ((end === -1 ? text.length : end) - start > max) return true;
    if (end === -1) return false;
    start = end + 1;
  }
}

/** Cuts at `max` characters without splitting a surrogate pair. */
function cutAt(line: string, max: number): string {
  const code = line.charCodeAt(max - 1);
  const end = code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
  return line.slice(0, end);
}

function countLines(text: string): number {
  let n = 1;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
  // A final "\n" ends the last line rather than starting a new one.
  return text.endsWith("\n") ? n - 1 : n;
}
