import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ingestBytes } from "../../src/ingest/index.ts";
import { utf8 } from "./helpers.ts";

const SRC = "seeds/story.txt";

function text(bytes: Uint8Array): string {
  const { doc, problems } = ingestBytes(SRC, bytes);
  if (!doc) throw new Error(`no doc: ${JSON.stringify(problems)}`);
  return doc.text;
}

function utf16(s: string, order: "le" | "be"): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(order === "le" ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const [hi, lo] = [c >> 8, c & 0xff];
    out.set(order === "le" ? [lo, hi] : [hi, lo], 2 + i * 2);
  }
  return out;
}

describe("decoding", () => {
  it("strips a UTF-8 byte-order mark", () => {
    const r = ingestBytes(SRC, Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8("Envoys met in Harbin.\n")));
    expect(r.doc?.text).toBe("Envoys met in Harbin.\n");
    expect(r.problems).toEqual([]);
  });

  it("decodes UTF-16 LE with a BOM, including non-BMP characters", () => {
    expect(text(utf16("Talks in Kazan — 🇷🇺\r\nDay two.\r\n", "le"))).toBe("Talks in Kazan — 🇷🇺\nDay two.\n");
  });

  it("decodes UTF-16 BE with a BOM", () => {
    expect(text(utf16("Ministers in Minsk.\n", "be"))).toBe("Ministers in Minsk.\n");
  });

  it("reads Windows-1252 smart quotes (0x93 0x94) and warns that it guessed", () => {
    // “Stable ties,” he said – cp1252 bytes, not valid UTF-8
    const bytes = Uint8Array.of(0x93, ...utf8("Stable ties,"), 0x94, ...utf8(" he said "), 0x96, ...utf8(" caf"), 0xe9, 0x0a);
    const { doc, problems } = ingestBytes(SRC, bytes);
    expect(doc?.text).toBe("“Stable ties,” he said – café\n");
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ source: SRC, severity: "warning" });
    expect(problems[0]!.message).toMatch(/not valid UTF-8: 4 bytes decoded as Windows-1252/);
  });

  it("keeps valid UTF-8 intact when a Windows-1252 fragment is mixed in", () => {
    const bytes = Uint8Array.of(...utf8("Zürich — "), 0x93, ...utf8("quoted"), 0x94, 0x0a);
    expect(text(bytes)).toBe("Zürich — “quoted”\n");
  });

  it("replaces bytes that are neither UTF-8 nor Windows-1252 with U+FFFD and says so", () => {
    const { doc, problems } = ingestBytes(SRC, Uint8Array.of(...utf8("A"), 0x81, ...utf8("B\n")));
    expect(doc?.text).toBe("A\uFFFDB\n");
    expect(problems.map((p) => p.message).join("\n")).toMatch(/1 byte not valid in UTF-8 or Windows-1252/);
  });

  it("refuses a file with NUL bytes as binary", () => {
    const r = ingestBytes(SRC, Uint8Array.of(...utf8("abc"), 0, ...utf8("def\n")));
    expect(r.doc).toBeNull();
    expect(r.problems).toEqual([{ source: SRC, severity: "error", message: "binary file (NUL bytes) — not an article" }]);
  });

  it("refuses a PNG renamed to .txt", () => {
    const png = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52);
    const r = ingestBytes(SRC, png);
    expect(r.doc).toBeNull();
    expect(r.problems[0]).toMatchObject({ severity: "error", message: "binary file (PNG image) — not an article" });
  });

  it("refuses bytes that are mostly control characters even without NULs", () => {
    const noise = new Uint8Array(400).map((_, i) => (i % 3 === 0 ? 0x01 + (i % 7) : 0x41));
    const r = ingestBytes(SRC, noise);
    expect(r.doc).toBeNull();
    expect(r.problems[0]!.message).toMatch(/^binary file \(\d+ control characters\)/);
  });
});

describe("normalisation", () => {
  it("turns CRLF and lone CR into \\n without changing the line count", () => {
    expect(text(utf8("one\r\ntwo\rthree\r\n"))).toBe("one\ntwo\nthree\n");
  });

  it("composes to NFC", () => {
    const decomposed = "Cafe\u0301 in Ko\u0308ln\n";
    expect(text(utf8(decomposed))).toBe("Café in Köln\n");
  });

  it("strips control characters but keeps tabs and newlines, with a warning", () => {
    const { doc, problems } = ingestBytes(SRC, utf8("Col\tumn\u0007 one\u001b\nnext\u0085 line\n"));
    expect(doc?.text).toBe("Col\tumn one\nnext line\n");
    expect(problems.map((p) => p.message)).toEqual(["3 control character(s) removed"]);
  });

  it("makes Unicode line separators spaces so line numbers match the file", () => {
    expect(text(utf8("first\u2028still first\nsecond\n"))).toBe("first still first\nsecond\n");
  });
});

describe("empty input", () => {
  it("reports an empty file as an error", () => {
    expect(ingestBytes(SRC, new Uint8Array())).toEqual({
      doc: null,
      problems: [{ source: SRC, severity: "error", message: "empty file" }],
    });
  });

  it("treats a whitespace-only file (spaces, tabs, blank lines, BOM) as empty", () => {
    const r = ingestBytes(SRC, Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8(" \t\r\n\n   \n\u00a0\n")));
    expect(r.doc).toBeNull();
    expect(r.problems).toEqual([{ source: SRC, severity: "error", message: "empty file" }]);
  });
});

describe("hash", () => {
  it("is the sha256 of the raw bytes, so a re-encoded file gets a new hash", () => {
    const plain = utf8("Same text\n");
    const a = ingestBytes(SRC, plain).doc!;
    const b = ingestBytes(SRC, Uint8Array.of(0xef, 0xbb, 0xbf, ...plain)).doc!;
    expect(a.hash).toBe(createHash("sha256").update(plain).digest("hex"));
    expect(a.text).toBe(b.text);
    expect(a.hash).not.toBe(b.hash);
  });
});
