// One file's bytes -> RawDoc. Pure: no I/O, same bytes and name give the same result.

import { createHash } from "node:crypto";
import type { FrontMatter, RawDoc } from "../types.ts";
import { binaryControlsMessage, decodeBytes, looksBinary } from "./decode.ts";
import { splitFrontMatter } from "./front-matter.ts";
import { requestedId } from "./ids.ts";
import { applyLineLimits, DEFAULT_LIMITS, tooLargeMessage, type Limits } from "./limits.ts";
import { normalizeText } from "./normalize.ts";
import type { IngestOptions, IngestProblem } from "./problems.ts";
import { validateFrontMatter } from "./validate-front-matter.ts";

export function resolveLimits(opts: IngestOptions = {}): Limits {
  const pick = (v: number | undefined, fallback: number): number =>
    v !== undefined && Number.isFinite(v) && v >= 1 ? Math.floor(v) : fallback;
  return {
    maxBytes: pick(opts.maxBytes, DEFAULT_LIMITS.maxBytes),
    maxLineChars: pick(opts.maxLineChars, DEFAULT_LIMITS.maxLineChars),
    maxLines: pick(opts.maxLines, DEFAULT_LIMITS.maxLines),
  };
}

export function ingestBytes(
  source: string,
  bytes: Uint8Array,
  opts?: IngestOptions,
): { doc: RawDoc | null; problems: IngestProblem[] } {
  const limits = resolveLimits(opts);
  const fail = (message: string) => ({ doc: null, problems: [{ source, severity: "error" as const, message }] });

  if (bytes.length > limits.maxBytes) return fail(tooLargeMessage(bytes.length, limits.maxBytes));
  if (bytes.length === 0) return fail("empty file");

  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return fail(decoded.error);
  const warnings = [...decoded.warnings];

  const normalized = normalizeText(decoded.text);
  if (looksBinary(normalized.removed, decoded.text.length)) {
    return fail(binaryControlsMessage(normalized.removed));
  }
  if (normalized.removed > 0) warnings.push(`${normalized.removed} control character(s) removed`);
  if (normalized.text.trim() === "") return fail("empty file");

  const { text: body, firstLine, frontMatter, warnings: fmWarnings } = readFrontMatter(normalized.text);
  warnings.push(...fmWarnings);
  if (body.trim() === "") return fail("no article text after the front matter");

  const limited = applyLineLimits(body, firstLine, limits);
  warnings.push(...limited.warnings);

  const id = requestedId(source, frontMatter.slug);
  if (id.warning) warnings.push(id.warning);

  const doc: RawDoc = {
    source,
    id: id.id,
    text: limited.text,
    firstLine,
    frontMatter,
    hash: createHash("sha256").update(bytes).digest("hex"),
    warnings,
  };
  return { doc, problems: warnings.map((message) => ({ source, severity: "warning", message })) };
}

function readFrontMatter(text: string): { text: string; firstLine: number; frontMatter: FrontMatter; warnings: string[] } {
  const split = splitFrontMatter(text);
  switch (split.kind) {
    case "none":
      return { text, firstLine: 1, frontMatter: {}, warnings: split.warning ? [split.warning] : [] };
    case "dropped":
      return { text: text.slice(split.bodyStart), firstLine: split.bodyFirstLine, frontMatter: {}, warnings: [split.warning] };
    case "parsed": {
      const { frontMatter, warnings } = validateFrontMatter(split.data);
      return { text: text.slice(split.bodyStart), firstLine: split.bodyFirstLine, frontMatter, warnings };
    }
  }
}
