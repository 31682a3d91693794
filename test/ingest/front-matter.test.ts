import { afterEach, describe, expect, it } from "vitest";
import { ingestBytes } from "../../src/ingest/index.ts";
import { utf8 } from "./helpers.ts";

const SRC = "seeds/Border Talks.md";

function ingest(s: string) {
  const { doc, problems } = ingestBytes(SRC, utf8(s));
  return { doc, messages: problems.map((p) => p.message) };
}

describe("front matter: happy path", () => {
  it("parses every field and numbers the text from the line after the closing ---", () => {
    const { doc, messages } = ingest(
      [
        "---",
        "title: Envoys Meet at the Border",
        "subtitle: A second round",
        "slug: envoys-border",
        "published: 2023-03-07",
        "publisher: {name: Example Wire, url: 'https://wire.example/'}",
        "original_publisher: Harbor Daily",
        "authors:",
        "  - Ana Ruiz",
        "  - {name: Li Wen, email: li@wire.example}",
        "via: [Agency One]",
        "tags: [diplomacy, border]",
        "---",
        "First body line.",
        "Second body line.",
      ].join("\n"),
    );
    expect(messages).toEqual([]);
    expect(doc).toMatchObject({
      id: "envoys-border",
      firstLine: 14,
      text: "First body line.\nSecond body line.",
      frontMatter: {
        title: "Envoys Meet at the Border",
        subtitle: "A second round",
        slug: "envoys-border",
        published: "2023-03-07",
        publisher: { name: "Example Wire", url: "https://wire.example/" },
        original_publisher: "Harbor Daily",
        authors: ["Ana Ruiz", { name: "Li Wen", email: "li@wire.example" }],
        via: ["Agency One"],
        tags: ["diplomacy", "border"],
      },
    });
  });

  it("counts CRLF front matter lines the same way", () => {
    const { doc } = ingest("---\r\ntitle: T\r\n---\r\n\r\nBody\r\n");
    expect(doc?.firstLine).toBe(4);
    expect(doc?.text).toBe("\nBody\n");
  });

  it("has firstLine 1 and no front matter when the file has none", () => {
    const { doc } = ingest("Plain article.\n");
    expect(doc).toMatchObject({ firstLine: 1, frontMatter: {}, id: "border-talks" });
  });
});

describe("front matter: bad input", () => {
  it("ignores invalid YAML with a warning giving the line, and keeps the body", () => {
    const { doc, messages } = ingest("---\ntitle: Fine\ntags: [open, list\n---\nBody text.\n");
    expect(doc?.frontMatter).toEqual({});
    expect(doc?.text).toBe("Body text.\n");
    expect(doc?.firstLine).toBe(5);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^invalid YAML front matter at line \d: .+; front matter ignored$/);
  });

  it("reports the file line of a YAML error", () => {
    const { messages } = ingest("---\ntitle: ok\nsubtitle: ok\n  bad: indent\n---\nBody\n");
    expect(messages[0]).toMatch(/at line 4:/);
  });

  describe("executable front matter", () => {
    const g = globalThis as { __ingestPwned?: unknown };
    afterEach(() => void delete g.__ingestPwned);

    for (const lang of ["js", "javascript", "JS", "coffee"]) {
      it(`refuses ---${lang} without evaluating it`, () => {
        const { doc, messages } = ingest(`---${lang}\n{ title: (globalThis.__ingestPwned = "ran", "x") }\n---\nBody\n`);
        expect(g.__ingestPwned).toBeUndefined();
        expect(doc?.frontMatter).toEqual({});
        expect(doc?.text).toBe("Body\n");
        expect(messages).toEqual([`front matter in "${lang.toLowerCase()}" is refused (it would run code); front matter ignored`]);
      });
    }
  });

  it("rejects YAML custom tags such as !!js/function", () => {
    const { doc, messages } = ingest("---\ntitle: !!js/function 'function () { return 1 }'\n---\nBody\n");
    expect(doc?.frontMatter).toEqual({});
    expect(messages[0]).toMatch(/invalid YAML front matter at line 2: unknown tag/);
  });

  it("refuses unknown front-matter languages", () => {
    const { doc, messages } = ingest('---toml\ntitle = "x"\n---\nBody\n');
    expect(doc?.frontMatter).toEqual({});
    expect(messages).toEqual(['front matter language "toml" is not supported (use YAML); front matter ignored']);
  });

  it("reads an unclosed block as article text", () => {
    const { doc, messages } = ingest("---\ntitle: Never closed\nBody\n");
    expect(doc?.text).toBe("---\ntitle: Never closed\nBody\n");
    expect(doc?.firstLine).toBe(1);
    expect(messages[0]).toMatch(/no closing "---"/);
  });

  it("reads the file as text when the closing line is not a bare ---", () => {
    const { doc, messages } = ingest("---\ntitle: T\n------\nBody\n");
    expect(doc?.text).toBe("---\ntitle: T\n------\nBody\n");
    expect(messages[0]).toMatch(/line 3 \("------"\) is not a bare "---"/);
  });

  it("reads prose between two horizontal rules as article text", () => {
    const { doc, messages } = ingest("---\nThe envoys met, then parted.\n---\nMore.\n");
    expect(doc?.text).toBe("---\nThe envoys met, then parted.\n---\nMore.\n");
    expect(doc?.frontMatter).toEqual({});
    expect(messages[0]).toMatch(/hold no "key: value"; read as article text/);
  });

  it("reads JSON front matter", () => {
    const { doc, messages } = ingest('---json\n{"title": "From JSON", "tags": ["a"]}\n---\nBody\n');
    expect(messages).toEqual([]);
    expect(doc?.frontMatter).toEqual({ title: "From JSON", tags: ["a"] });
  });

  it("ignores a block that is a list, not a mapping", () => {
    const { doc, messages } = ingest("---json\n[1, 2]\n---\nBody\n");
    expect(doc?.frontMatter).toEqual({});
    expect(messages[0]).toMatch(/not a list of "key: value" pairs/);
  });

  it("refuses a front matter that leaves no article text", () => {
    const r = ingestBytes(SRC, utf8("---\ntitle: Only metadata\n---\n\n"));
    expect(r.doc).toBeNull();
    expect(r.problems).toEqual([{ source: SRC, severity: "error", message: "no article text after the front matter" }]);
  });
});

describe("front matter: schema check", () => {
  it("warns about unknown keys and suggests the known one", () => {
    const { doc, messages } = ingest("---\ntitle: T\nauthor: Ana Ruiz\ncolour: red\n---\nBody\n");
    expect(doc?.frontMatter).toEqual({ title: "T" });
    expect(messages).toEqual([
      'unknown front-matter key "author" (did you mean "authors"?); ignored',
      'unknown front-matter key "colour"; ignored',
    ]);
  });

  it("drops fields of the wrong type, keeping the rest", () => {
    const { doc, messages } = ingest("---\ntitle: 1984\nsubtitle: Fine\ntags: diplomacy\nauthors: [Ana, 7]\n---\nBody\n");
    expect(doc?.frontMatter).toEqual({ subtitle: "Fine", authors: ["Ana"] });
    expect(messages).toEqual([
      'front-matter "title" must be text (got number 1984; quote it); ignored',
      'front-matter "tags" must be a list of text (got "diplomacy"); ignored',
      'front-matter "authors": 1 item(s) ignored (each must be a name or {name, email})',
    ]);
  });

  it.each([
    ["2024", "2024"],
    ["2024-02", "2024-02"],
    ["2024-02-29", "2024-02-29"],
    ["'2024-02-29'", "2024-02-29"],
  ])("accepts published: %s", (written, expected) => {
    const { doc, messages } = ingest(`---\npublished: ${written}\n---\nBody\n`);
    expect(messages).toEqual([]);
    expect(doc?.frontMatter.published).toBe(expected);
  });

  it.each(["2023-02-29", "2024-13", "12 March 2024", "24-03-01", "[2024]"])("rejects published: %s", (written) => {
    const { doc, messages } = ingest(`---\npublished: ${written}\n---\nBody\n`);
    expect(doc?.frontMatter.published).toBeUndefined();
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^front-matter "published" .*; ignored$/);
  });

  it("keeps the written date of a timestamp and says the time was dropped", () => {
    const { doc, messages } = ingest("---\npublished: 2024-03-01T23:30:00-05:00\n---\nBody\n");
    expect(doc?.frontMatter.published).toBe("2024-03-01");
    expect(messages[0]).toMatch(/time of day .* dropped/);
  });

  it("drops a publisher url that is not http(s)", () => {
    const { doc, messages } = ingest("---\npublisher: {name: Wire, url: 'javascript:alert(1)'}\n---\nBody\n");
    expect(doc?.frontMatter.publisher).toEqual({ name: "Wire" });
    expect(messages[0]).toMatch(/url of "Wire" is not an http\(s\) URL/);
  });
});

describe("id from front-matter slug", () => {
  it("slugifies the slug", () => {
    expect(ingest("---\nslug: Envoys Meet, Again!\n---\nBody\n").doc?.id).toBe("envoys-meet-again");
  });

  it.each(["../../etc/passwd", "a/b", "..", "x\\..\\y"])("rejects a path-like slug %s and uses the file name", (slug) => {
    const { doc, messages } = ingest(`---\nslug: '${slug}'\n---\nBody\n`);
    expect(doc?.id).toBe("border-talks");
    expect(messages.join("\n")).toMatch(/contains a path .*using "border-talks" from the file name/);
  });
});
