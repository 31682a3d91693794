// A file made of parts (the data files) is written as the parts joined, whatever their sizes
// and characters: parts smaller and larger than the write buffer, bytes among text, and
// characters of 2, 3 and 4 UTF-8 bytes across the buffer's edges.

import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { TextParts, materialise, type Part } from "../../src/content.ts";
import { writeContent } from "../../src/write.ts";
import { tempDir } from "./helpers.ts";

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempDir("write-content-")));
afterAll(() => cleanup());

const MiB = 1 << 20;
const expected = (parts: Part[]) => Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p) : p)));

async function written(name: string, parts: Part[]): Promise<Buffer> {
  const file = path.join(dir, name);
  await writeContent(file, new TextParts(() => parts));
  return readFile(file);
}

describe("writeContent with parts", () => {
  it("writes text parts that fill the buffer many times over, with multi-byte characters at its edges", async () => {
    const line = "ab\u00e9\u4e2d\ud83d\ude00 "; // 1, 2, 3 and 4 UTF-8 bytes
    const parts: Part[] = [];
    for (let i = 0; i < 40_000; i++) parts.push(`${i}:${line.repeat(i % 7)}\n`);
    const bytes = await written("many.json", parts);
    expect(bytes.length).toBeGreaterThan(MiB);
    expect(bytes.equals(expected(parts))).toBe(true);
  });

  it("writes a part larger than the buffer, text or bytes, between small ones", async () => {
    const big = "\u00e9".repeat(MiB); // 2 MiB of UTF-8
    const bigBytes = Buffer.alloc(MiB + 3, 0x61);
    const parts: Part[] = ["[", big, ",", bigBytes, "]\n", new Uint8Array([0x7b, 0x7d])];
    const bytes = await written("big.json", parts);
    expect(bytes.equals(expected(parts))).toBe(true);
  });

  it("writes the same bytes as the parts materialised, for any mix", async () => {
    const part = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 300 }),
      fc.uint8Array({ maxLength: 300 }).map((a) => new Uint8Array(a)),
      fc.integer({ min: MiB - 10, max: MiB + 10 }).map((n) => "x".repeat(n)),
    );
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(part, { maxLength: 12 }), async (parts) => {
        const bytes = await written(`mix-${n++}.txt`, parts);
        const joined = materialise(new TextParts(() => parts));
        expect(bytes.equals(typeof joined === "string" ? Buffer.from(joined) : Buffer.from(joined))).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});
