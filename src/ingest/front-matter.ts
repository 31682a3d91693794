// Finds a front-matter block at the top of normalised text and parses it without ever running
// code: gray-matter is given engines where YAML is js-yaml's safe load (core schema, no custom
// tags) and every executable language throws.

import matter from "gray-matter";
import { load, CORE_SCHEMA, YAMLException } from "js-yaml";

/** How far down the closing `---` may be: further away, line 1 is a rule, not front matter. */
export const MAX_FRONT_MATTER_LINES = 500;

const OPEN = /^---[ \t]*([A-Za-z][\w-]*)?[ \t]*$/;
const CLOSE = /^---[ \t]*$/;
// A YAML mapping key at column 0: without one, a block between two `---` lines is prose.
const YAML_KEY_LINE = /^(?:[A-Za-z_][\w-]*|"[^"\n]*"|'[^'\n]*')[ \t]*:(?:[ \t]|$)/m;

const EXECUTABLE = new Set(["js", "javascript", "coffee", "coffeescript", "cson"]);
const DATA_LANGUAGES = new Set(["yaml", "yml", "json"]);

export type FrontMatterSplit =
  | { kind: "none"; warning?: string }
  /** `data` is whatever the block parsed to (validated elsewhere); "dropped" says why it was unusable. */
  | { kind: "parsed"; data: unknown; bodyStart: number; bodyFirstLine: number }
  | { kind: "dropped"; warning: string; bodyStart: number; bodyFirstLine: number };

class ExecutableFrontMatter extends Error {}

const refuse = (): never => {
  throw new ExecutableFrontMatter("executable front matter");
};

const SAFE_ENGINES = {
  yaml: { parse: (s: string): object => load(s, { schema: CORE_SCHEMA }) as object },
  json: { parse: (s: string): object => JSON.parse(s) as object },
  javascript: { parse: refuse },
  js: { parse: refuse },
  coffee: { parse: refuse },
  coffeescript: { parse: refuse },
  cson: { parse: refuse },
};

export function splitFrontMatter(text: string): FrontMatterSplit {
  const firstEnd = lineEnd(text, 0);
  const open = OPEN.exec(text.slice(0, firstEnd));
  if (!open) return { kind: "none" };
  const language = (open[1] ?? "yaml").toLowerCase();

  // Find the first later line that starts with "---" (where gray-matter would also close).
  let start = firstEnd + 1;
  let lineNo = 2;
  while (start <= text.length && lineNo <= MAX_FRONT_MATTER_LINES + 1) {
    const end = lineEnd(text, start);
    const line = text.slice(start, end);
    if (line.startsWith("---")) {
      if (!CLOSE.test(line)) {
        return { kind: "none", warning: `line 1 looks like front matter, but line ${lineNo} ("${line.slice(0, 20)}") is not a bare "---"; read as article text` };
      }
      const block = text.slice(firstEnd + 1, Math.max(firstEnd + 1, start - 1));
      return parseBlock(language, block, end + 1, lineNo + 1);
    }
    start = end + 1;
    lineNo++;
  }
  return {
    kind: "none",
    warning: `line 1 opens front matter ("---") but no closing "---" follows within ${MAX_FRONT_MATTER_LINES} lines; read as article text`,
  };
}

function parseBlock(language: string, block: string, bodyStart: number, bodyFirstLine: number): FrontMatterSplit {
  const dropped = (warning: string): FrontMatterSplit => ({ kind: "dropped", warning, bodyStart, bodyFirstLine });
  // Executable languages go on to gray-matter, whose engines for them throw: one guard, tested.
  if (!DATA_LANGUAGES.has(language) && !EXECUTABLE.has(language)) {
    return dropped(`front matter language "${language}" is not supported (use YAML); front matter ignored`);
  }
  if ((language === "yaml" || language === "yml") && block.trim() !== "" && !YAML_KEY_LINE.test(block)) {
    // Two horizontal rules around prose, not metadata: keep every line as article text.
    return { kind: "none", warning: `lines 1–${bodyFirstLine - 1} are between "---" lines but hold no "key: value"; read as article text` };
  }
  try {
    // Options are always passed, which also keeps gray-matter's by-text cache out of the way.
    const file = matter(`---${language}\n${block}\n---\n`, { engines: SAFE_ENGINES });
    return { kind: "parsed", data: file.data, bodyStart, bodyFirstLine };
  } catch (err) {
    if (err instanceof ExecutableFrontMatter) {
      return dropped(`front matter in "${language}" is refused (it would run code); front matter ignored`);
    }
    if (err instanceof YAMLException) {
      // gray-matter hands the engine the block preceded by the rest of line 1, so mark.line
      // (0-based) counts from line 1 of the file.
      const where = err.mark ? ` at line ${err.mark.line + 1}` : "";
      return dropped(`invalid YAML front matter${where}: ${err.reason}; front matter ignored`);
    }
    const message = err instanceof Error ? err.message : String(err);
    return dropped(`invalid ${language.toUpperCase()} front matter: ${message}; front matter ignored`);
  }
}

function lineEnd(text: string, from: number): number {
  const i = text.indexOf("\n", from);
  return i === -1 ? text.length : i;
}
