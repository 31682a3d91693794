// The dev loop rewrites only changed files, each atomically, removes files the site dropped,
// and writes nothing when rendering fails part-way.

import { readFileSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeSiteAtomically } from "../../src/write.ts";
import { contentHash, recording, writeChanged, type WrittenFiles } from "../../src/write-changed.ts";
import { GONE, TextParts } from "../../src/content.ts";
import { tempDir } from "../robustness/helpers.ts";

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir("write-changed")));
afterEach(() => cleanup());

const site = (title: string): [string, string | TextParts][] => [
  ["index.html", "<h1>Home</h1>"],
  ["articles/a/index.html", `<h1>${title}</h1>`],
  ["articles/b/index.html", "<h1>B</h1>"],
];
const ino = async (rel: string) => (await stat(path.join(dir, "out", rel))).ino;

describe("writing only what changed", () => {
  it("replaces a changed page and leaves the others' files untouched", async () => {
    const written: WrittenFiles = new Map();
    await writeSiteAtomically(path.join(dir, "out"), recording(site("A"), written));
    expect([...written.keys()].sort()).toEqual(["articles/a/index.html", "articles/b/index.html", "index.html"]);
    const before = { a: await ino("articles/a/index.html"), b: await ino("articles/b/index.html") };

    const r = await writeChanged(path.join(dir, "out"), site("A, edited"), written);
    expect(r).toEqual({ files: 3, made: 3, changed: 1, removed: 0 });
    expect(await readFile(path.join(dir, "out/articles/a/index.html"), "utf8")).toBe("<h1>A, edited</h1>");
    expect(await ino("articles/a/index.html")).not.toBe(before.a); // a new file renamed over it
    expect(await ino("articles/b/index.html")).toBe(before.b);
  });

  it("treats a file made of parts like the same text", async () => {
    const written: WrittenFiles = new Map();
    const data = () => new TextParts(() => ["[\n", "  1\n", "]\n"]);
    await writeSiteAtomically(path.join(dir, "out"), recording([...site("A"), ["data/x.json", data()]], written));
    expect(await readFile(path.join(dir, "out/data/x.json"), "utf8")).toBe("[\n  1\n]\n");
    expect(written.get("data/x.json")).toBe(contentHash("[\n  1\n]\n"));
    const r = await writeChanged(path.join(dir, "out"), [...site("A"), ["data/x.json", data()]], written);
    expect(r.changed).toBe(0);
  });

  it("treats a file of text and byte parts (the dev loop's data files) like the same text", async () => {
    const written: WrittenFiles = new Map();
    const text = "[\n  \"Zürich — 北京\",\n  2\n]\n";
    const mixed = () => new TextParts(() => ["[\n", Buffer.from("  \"Zürich — 北京\""), ",\n", Buffer.from("  2"), "\n]\n"]);
    await writeSiteAtomically(path.join(dir, "out"), recording([["data/x.json", mixed()]], written));
    expect(await readFile(path.join(dir, "out/data/x.json"), "utf8")).toBe(text);
    expect(written.get("data/x.json")).toBe(contentHash(text));
    expect((await writeChanged(path.join(dir, "out"), [["data/x.json", mixed()]], written)).changed).toBe(0);
    const edited = new TextParts(() => ["[\n", Buffer.from("  3"), "\n]\n"]);
    expect((await writeChanged(path.join(dir, "out"), [["data/x.json", edited]], written)).changed).toBe(1);
    expect(await readFile(path.join(dir, "out/data/x.json"), "utf8")).toBe("[\n  3\n]\n");
  });

  it("keeps a file that comes without content (not made: known unchanged), and refuses one never written", async () => {
    const written: WrittenFiles = new Map();
    await writeSiteAtomically(path.join(dir, "out"), recording(site("A"), written));
    const before = await ino("articles/b/index.html");
    const r = await writeChanged(path.join(dir, "out"), [["index.html", "<h1>Home 2</h1>"], ["articles/a/index.html", null], ["articles/b/index.html", null]], written);
    expect(r).toEqual({ files: 3, made: 1, changed: 1, removed: 0 });
    expect(await ino("articles/b/index.html")).toBe(before);
    expect(await readFile(path.join(dir, "out/articles/a/index.html"), "utf8")).toBe("<h1>A</h1>");
    await expect(writeChanged(path.join(dir, "out"), [["articles/new/index.html", null]], written)).rejects.toThrow(/no earlier build wrote it/);
  });

  it("rewrites a very large file (a data file) every time instead of hashing it, and a small one only when changed", async () => {
    const written: WrittenFiles = new Map();
    const big = "x".repeat((4 << 20) + 1);
    await writeSiteAtomically(path.join(dir, "out"), recording([...site("A"), ["data/big.json", big]], written));
    const r = await writeChanged(path.join(dir, "out"), [...site("A"), ["data/big.json", big]], written);
    expect(r.changed).toBe(1);
    expect(await readFile(path.join(dir, "out/data/big.json"), "utf8")).toBe(big);
  });

  it("writes the pages first and says so, then the very large files", async () => {
    const written: WrittenFiles = new Map();
    const big = (c: string) => c.repeat((4 << 20) + 1);
    await writeSiteAtomically(path.join(dir, "out"), recording([...site("A"), ["data/big.json", big("x")]], written));
    let seenThen: [string, string] | null = null;
    await writeChanged(path.join(dir, "out"), [...site("A, edited"), ["data/big.json", big("y")]], written, () => {
      seenThen = [readFileSync(path.join(dir, "out/articles/a/index.html"), "utf8"), readFileSync(path.join(dir, "out/data/big.json"), "utf8").slice(0, 1)];
    });
    expect(seenThen).toEqual(["<h1>A, edited</h1>", "x"]);
    expect((await readFile(path.join(dir, "out/data/big.json"), "utf8")).slice(0, 1)).toBe("y");
  });

  it("removes files the site no longer has, with their emptied folder", async () => {
    const written: WrittenFiles = new Map();
    await writeSiteAtomically(path.join(dir, "out"), recording(site("A"), written));
    const r = await writeChanged(path.join(dir, "out"), site("A").filter(([p]) => !p.startsWith("articles/b/")), written);
    expect(r.removed).toBe(1);
    await expect(stat(path.join(dir, "out/articles/b"))).rejects.toThrow();
    expect(written.has("articles/b/index.html")).toBe(false);
  });

  it("given only some files (not complete), keeps every file not named and removes those named GONE", async () => {
    const written: WrittenFiles = new Map();
    await writeSiteAtomically(path.join(dir, "out"), recording(site("A"), written));
    const before = await ino("articles/a/index.html");
    const r = await writeChanged(path.join(dir, "out"), [["index.html", "<h1>Home 2</h1>"], ["articles/b/index.html", GONE]], written, undefined, false);
    expect(r).toEqual({ files: 2, made: 1, changed: 1, removed: 1 });
    expect(await ino("articles/a/index.html")).toBe(before);
    expect(await readFile(path.join(dir, "out/index.html"), "utf8")).toBe("<h1>Home 2</h1>");
    await expect(stat(path.join(dir, "out/articles/b"))).rejects.toThrow();
    expect([...written.keys()].sort()).toEqual(["articles/a/index.html", "index.html"]);
  });

  it("writes nothing when rendering throws part-way: the last good site stays", async () => {
    const written: WrittenFiles = new Map();
    await writeSiteAtomically(path.join(dir, "out"), recording(site("A"), written));
    function* failing(): Generator<[string, string]> {
      yield ["index.html", "<h1>Home, new</h1>"];
      throw new Error("template failed");
    }
    await expect(writeChanged(path.join(dir, "out"), failing(), written)).rejects.toThrow("template failed");
    expect(await readFile(path.join(dir, "out/index.html"), "utf8")).toBe("<h1>Home</h1>");
  });
});
