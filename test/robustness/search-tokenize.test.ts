// The search tokeniser is written twice: in TypeScript for the build (src/search/tokenize.ts)
// and in the browser script (CLIENT_TOKENIZER). A query finds a page only if both split text
// the same way, so both run here on the same strings, hand-picked and generated; the client's
// copy is evaluated from the very text the site ships.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_TOKEN, tokenize } from "../../src/search/tokenize.ts";
import { SEARCH_DOCS, shardFile } from "../../src/search/page.ts";
import { CLIENT_ENGINE, CLIENT_PATHS, CLIENT_TOKENIZER, SEARCH_JS } from "../../src/render/assets/search-js.ts";

const client = new Function(`${CLIENT_TOKENIZER}${CLIENT_PATHS}; return { tokenize, isCjk, shardFile, docsFile };`)() as {
  tokenize(text: string): string[];
  isCjk(token: string): boolean;
  shardFile(i: number): string;
  docsFile(k: number): string;
};

const HARD = [
  "",
  "Sergei Lavrov's talks with LAVROV, lavrov and Lavrov.",
  "Émile Zola, Ålesund, Kraków, São Paulo, naïve café, Straße",
  "İstanbul and DİYARBAKIR; ﬁnance ﬂows; Ⅻ chapters; １２３ fullwidth; ℌilbert",
  "Москва, Йошкар-Ола и Шойгу; ΟΔΟΣ and οδός; Ελλάδα; ΟΔΟΣ.Α ΣΑΣ'Σ Σ",
  "外交部长王毅表示，中俄关系良好。習近平とプーチン、カタカナ・ひらがな。한국 외교부 장관",
  "G20 summit 2024-11-12, No.5, U.S.-China, e-mail, co-operation, 3rd",
  "emoji 👍🏽 and 𝐁𝐨𝐥𝐝 letters and 🇷🇺 flags, zero\u200bwidth, soft\u00adhyphen, joiner\u200d",
  "lone \ud800 surrogate \udc00 here, and a pair \ud835\udc00",
  "e\u0301 combining; \u0301 orphan mark; Z\u0335a\u0336l\u0337g\u0338o",
  "हिन्दी भाषा, العربيَّة, עִבְרִית, ภาษาไทย",
  `${"a".repeat(MAX_TOKEN + 7)} ${"é".repeat(MAX_TOKEN + 3)} ${"王".repeat(5)}`,
  "a b c x y z 1 2 3 I O U ĳ ǆ",
  "K (Kelvin) Å (Angstrom) ﬀ",
];

describe("the search tokeniser", () => {
  it("folds case and accents, splits on anything but letters and digits, drops single letters", () => {
    expect(tokenize("Sergei Lavrov's talks")).toEqual(["sergei", "lavrov", "talks"]);
    expect(tokenize("Émile ÉMILE emile")).toEqual(["emile", "emile", "emile"]);
    expect(tokenize("Kraków–Gdańsk, U.S. a I 5")).toEqual(["krakow", "gdansk"]);
    expect(tokenize("G20 2024-11-12")).toEqual(["g20", "2024", "11", "12"]);
    expect(tokenize("ﬁnance")).toEqual(["finance"]);
    expect(tokenize("ΟΔΟΣ οδός Οδός.")).toEqual(["οδοσ", "οδοσ", "οδοσ"]); // final sigma folded
  });

  it("can find words before lower-casing: it turns letters, digits and marks into those only, and nothing else into them", () => {
    // The build scans text as it is (src/search/tokenize.ts) while the browser lower-cases the
    // query first; they agree because of this, checked on every code point.
    const word = /^[\p{L}\p{N}\p{M}]$/u;
    const differ: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      const lower = ch.toLowerCase();
      if (lower === ch) continue;
      const isWord = word.test(ch);
      if ([...lower].some((x) => word.test(x) !== isWord)) differ.push(`U+${cp.toString(16)}`);
    }
    expect(differ).toEqual([]);
  });

  it("gives Han, kana and Hangul text as single characters and pairs", () => {
    expect(tokenize("王毅说")).toEqual(["王", "王毅", "毅", "毅说", "说"]);
    expect(tokenize("会見 in 北京")).toEqual(["会", "会見", "見", "in", "北", "北京", "京"]);
    expect(tokenize("王")).toEqual(["王"]);
  });

  it(`cuts tokens at ${MAX_TOKEN} characters`, () => {
    expect(tokenize("x".repeat(100))).toEqual(["x".repeat(MAX_TOKEN)]);
  });

  it("is the same in the build and in the browser script, on hard strings", () => {
    for (const text of HARD) expect(client.tokenize(text), JSON.stringify(text)).toEqual(tokenize(text));
  });

  it("is the same in the build and in the browser script, on generated strings", () => {
    const pieces = fc.constantFrom("王毅", "é", "e\u0301", "İ", "ﬁ", "𝐀", "\ud800", "ß", "Ⅻ", " ", "-", "'", ".", "Σ", "ς", "\u212a", "LAVROV", "Lavrov", "한국", "ー", "١٢");
    const text = fc.oneof(fc.string({ unit: "binary", maxLength: 60 }), fc.array(fc.oneof(pieces, fc.string({ unit: "grapheme", maxLength: 6 })), { maxLength: 12 }).map((a) => a.join("")));
    fc.assert(
      fc.property(text, (t) => {
        expect(client.tokenize(t)).toEqual(tokenize(t));
      }),
      { numRuns: 2000 },
    );
  });

  it("names the index files the same in the build and in the browser script", () => {
    for (const i of [0, 1, 17, 250]) expect(client.shardFile(i)).toBe(shardFile(i));
    expect(client.docsFile(7)).toBe(SEARCH_DOCS(7));
  });

  it("ships the tokeniser, file names and engine in the page script, with no eval and no markup from the index", () => {
    for (const part of [CLIENT_TOKENIZER, CLIENT_PATHS, CLIENT_ENGINE]) expect(SEARCH_JS).toContain(part);
    expect(SEARCH_JS).not.toMatch(/\beval\(|new Function|innerHTML|insertAdjacentHTML|import\(/);
    expect(() => new Function(SEARCH_JS)).not.toThrow(); // it parses
  });
});
