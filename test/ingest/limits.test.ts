import { describe, expect, it } from "vitest";
import { ingestBytes } from "../../src/ingest/index.ts";
import { utf8 } from "./helpers.ts";

const SRC = "seeds/long.txt";

describe("limits", () => {
  it("refuses a file over maxBytes before decoding it", () => {
    const r = ingestBytes(SRC, utf8("x".repeat(2048)), { maxBytes: 1024 });
    expect(r).toEqual({
      doc: null,
      problems: [{ source: SRC, severity: "error", message: "file too large (2.0 KiB > 1.0 KiB limit)" }],
    });
  });

  it("accepts a file exactly at maxBytes", () => {
    expect(ingestBytes(SRC, utf8("y".repeat(1024)), { maxBytes: 1024 }).doc).not.toBeNull();
  });

  it("cuts a realistic 2 MB single line to maxLineChars, with a warning naming the line", () => {
    const line = "word ".repeat(400_000); // 2,000,000 characters, no newline
    const { doc, problems } = ingestBytes(SRC, utf8(`Title\n${line}\nEnd\n`));
    const lines = doc!.text.split("\n");
    expect(lines[1]).toHaveLength(100_000);
    expect(lines[2]).toBe("End");
    expect(problems.map((p) => p.message)).toEqual(["line 2 cut to 100000 characters (it had 2000000)"]);
  });

  it("numbers cut lines from the file, past the front matter", () => {
    const { problems } = ingestBytes(SRC, utf8(`---\ntitle: T\n---\nok\n${"z".repeat(50)}\n${"z".repeat(60)}\n`), { maxLineChars: 20 });
    expect(problems.map((p) => p.message)).toEqual(["2 lines cut to 20 characters (first: line 5; longest had 60)"]);
  });

  it("does not split a surrogate pair when cutting", () => {
    const { doc } = ingestBytes(SRC, utf8("ab😀cd\n"), { maxLineChars: 3 });
    expect(doc?.text).toBe("ab\n");
  });

  it("keeps 100,000 short lines whole (under the default limit)", () => {
    const body = Array.from({ length: 100_000 }, (_, i) => `line ${i + 1}`).join("\n");
    const { doc, problems } = ingestBytes(SRC, utf8(body));
    expect(problems).toEqual([]);
    const lines = doc!.text.split("\n");
    expect(lines).toHaveLength(100_000);
    expect(lines.at(-1)).toBe("line 100000");
  });

  it("keeps only the first maxLines lines, saying how many there were", () => {
    const body = Array.from({ length: 100_000 }, (_, i) => `line ${i + 1}`).join("\n") + "\n";
    const { doc, problems } = ingestBytes(SRC, utf8(body), { maxLines: 1000 });
    const lines = doc!.text.split("\n");
    expect(lines).toHaveLength(1000);
    expect(lines.at(-1)).toBe("line 1000");
    expect(problems.map((p) => p.message)).toEqual(["too many lines: only the first 1000 of 100000 kept"]);
  });

  it("does not warn when the text has exactly maxLines lines plus a final newline", () => {
    const { problems } = ingestBytes(SRC, utf8("a\nb\nc\n"), { maxLines: 3 });
    expect(problems).toEqual([]);
  });
});
