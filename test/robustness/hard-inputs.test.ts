// Hard inputs end to end: a seeds folder with every kind of bad or odd file next to ordinary
// articles goes through build() and the CLI. The build succeeds, every good article gets its page,
// every bad file is reported with its path and the reason, nothing in front matter runs, nothing is
// written outside the output folder, and --strict turns the problems into a failed exit code.

import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "../../src/config.ts";
import { build, type BuildResult } from "../../src/pipeline.ts";
import type { Article } from "../../src/types.ts";
import { article, put, repoRoot, tempDir } from "./helpers.ts";

let root: string;
let cleanup: () => Promise<void>;
let seeds: string;
let out: string;
let result: BuildResult;
let articles: Article[];
let pwnedMarker: string;

const utf16le = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, "utf16le")]);
const problemsOf = (name: string) => result.problems.filter((p) => p.source === `seeds/${name}`);
const bySource = (name: string) => articles.find((a) => a.source === `seeds/${name}`);

beforeAll(async () => {
  ({ dir: root, cleanup } = await tempDir("hard"));
  seeds = path.join(root, "seeds");
  out = path.join(root, "dist");
  pwnedMarker = path.join(root, "PWNED");
  const s = (name: string, content: string | Uint8Array) => put(seeds, name, content);

  await s("normal.txt", article("Harbour Officials Hold Customs Talks", "quayside"));
  // Refused: no article in them.
  await s("empty.txt", "");
  await s("whitespace.txt", "  \n\t\n   \r\n");
  await s("binary.txt", Buffer.concat([Buffer.from("Harbour talks\n"), Buffer.from([0, 1, 2, 0, 0, 255, 0])]));
  // Odd encodings and shapes: built, with a warning where something was guessed or cut.
  await s("invalid-utf8.txt", Buffer.concat([Buffer.from(article("Caf", "ferry").slice(0, 3)), Buffer.from([0xe9]), Buffer.from(` Owners Meet Port Officials${article("", "wharf")}`)]));
  await s("utf16.txt", utf16le(article("Grain Terminal Opens to Inspectors", "silo")));
  await s("cp1252.txt", Buffer.from(article("Pilots Agree on \x93Quiet Hours\x94 at Sea", "buoy"), "latin1"));
  await s("crlf.txt", article("Canal Authority Publishes New Toll Rates", "lock").replace(/\n/g, "\r\n"));
  await s("long-line.txt", `Long Line Report\n\n${"word ".repeat(400_000)}\n`);
  await s("many-lines.txt", Array.from({ length: 100_000 }, (_, i) => `item ${i}`).join("\n"));
  // Front matter: broken, code, an escaping slug, a slug two seeds claim.
  await s("bad-yaml.txt", `---\ntitle: [unclosed\nslug: x\n---\n${article("Dredging Contract Signed", "silt")}`);
  await s(
    "code-front-matter.txt",
    `---js\n{ title: (function () { require("fs").writeFileSync(${JSON.stringify(pwnedMarker)}, "x"); globalThis.__newsfoldPwned = true; return "pwned"; })() }\n---\n${article("Ferry Schedules Change for Winter", "gangway")}`,
  );
  await s("escaping-slug.txt", `---\nslug: ../../outside\n---\n${article("Coast Guard Drills Announced", "flare")}`);
  await s("same-slug-a.txt", `---\nslug: shared-story\n---\n${article("Tugboat Crews Ask for Rest Rules", "hawser")}`);
  await s("same-slug-b.txt", `---\nslug: shared-story\n---\n${article("Tugboat Owners Answer Crews", "bollard")}`);
  // Awkward names.
  await s("My Harbour Story.TXT", article("Harbour Story With Capitals", "capstan"));
  await s("Überfahrt Gespräch.txt", article("Crossing Talks in the North", "keel"));
  await s("北京会谈.md", article("Talks in the Capital", "anchor"));
  // Editor litter: never read.
  await s(".DS_Store", Buffer.from([0, 0, 0, 1, 66, 117, 100, 49]));
  await s(".normal.txt.swp", "swap");
  await s("normal.txt~", "backup");
  await s("#normal.txt#", "autosave");

  result = await build({ root, seedsDir: seeds, outDir: out, config: DEFAULT_CONFIG });
  articles = JSON.parse(await readFile(path.join(out, "data/articles.json"), "utf8")) as Article[];
});
afterAll(async () => cleanup?.());

const GOOD = [
  "normal.txt",
  "invalid-utf8.txt",
  "utf16.txt",
  "cp1252.txt",
  "crlf.txt",
  "long-line.txt",
  "many-lines.txt",
  "bad-yaml.txt",
  "code-front-matter.txt",
  "escaping-slug.txt",
  "same-slug-a.txt",
  "same-slug-b.txt",
  "My Harbour Story.TXT",
  "Überfahrt Gespräch.txt",
  "北京会谈.md",
];

describe("a build with hard inputs", () => {
  it("builds every good article, each with its own page", async () => {
    expect(articles.map((a) => a.source).sort()).toEqual(GOOD.map((n) => `seeds/${n.normalize("NFC")}`).sort());
    expect(new Set(articles.map((a) => a.id)).size).toBe(articles.length);
    for (const a of articles) expect(existsSync(path.join(out, "articles", a.id, "index.html")), a.id).toBe(true);
  });

  it("reports each refused file with its path and the reason", () => {
    expect(problemsOf("empty.txt")).toEqual([expect.objectContaining({ severity: "error", message: expect.stringMatching(/empty file/) })]);
    expect(problemsOf("whitespace.txt")).toEqual([expect.objectContaining({ severity: "error", message: expect.stringMatching(/empty file/) })]);
    expect(problemsOf("binary.txt")).toEqual([expect.objectContaining({ severity: "error", message: expect.stringMatching(/binary file/) })]);
  });

  it("never reads editor litter", () => {
    const seen = new Set([...result.problems.map((p) => p.source), ...articles.map((a) => a.source)]);
    for (const n of [".DS_Store", ".normal.txt.swp", "normal.txt~", "#normal.txt#"]) expect(seen.has(`seeds/${n}`), n).toBe(false);
  });

  it("decodes UTF-16, Windows-1252, stray invalid bytes and CRLF into the right text", () => {
    expect(bySource("utf16.txt")!.body).toContain("silo talks");
    expect(bySource("cp1252.txt")!.title).toBe("Pilots Agree on “Quiet Hours” at Sea");
    expect(bySource("invalid-utf8.txt")!.title).toBe("Café Owners Meet Port Officials");
    expect(problemsOf("invalid-utf8.txt").map((p) => p.message).join("\n")).toMatch(/UTF-8/i);
    expect(bySource("crlf.txt")!.body).not.toContain("\r");
    expect(bySource("crlf.txt")!.body).toContain("lock talks");
  });

  it("cuts a 2 MB line with a warning and keeps 100,000 short lines", () => {
    expect(problemsOf("long-line.txt").map((p) => p.message)).toEqual([expect.stringMatching(/cut to 100000 characters \(it had 2000000\)/)]);
    expect(bySource("many-lines.txt")).toBeDefined();
  });

  it("ignores broken YAML front matter with a warning and keeps the article", () => {
    expect(problemsOf("bad-yaml.txt")).toEqual([expect.objectContaining({ severity: "warning", message: expect.stringMatching(/invalid YAML front matter/) })]);
    expect(bySource("bad-yaml.txt")!.body).toContain("silt talks");
  });

  it("never runs ---js front matter", () => {
    expect(problemsOf("code-front-matter.txt").map((p) => p.message).join("\n")).toMatch(/"js" is refused/);
    expect((globalThis as { __newsfoldPwned?: boolean }).__newsfoldPwned).toBeUndefined();
    expect(existsSync(pwnedMarker)).toBe(false);
    expect(bySource("code-front-matter.txt")!.title).not.toBe("pwned");
  });

  it("refuses a slug with ../ and writes nothing outside the output folder", async () => {
    expect(problemsOf("escaping-slug.txt").map((p) => p.message).join("\n")).toMatch(/contains a path/);
    expect(bySource("escaping-slug.txt")!.id).toBe("escaping-slug");
    expect((await readdir(root)).sort()).toEqual(["dist", "seeds"]);
  });

  it("gives two seeds with the same slug two ids, and says so", () => {
    const a = bySource("same-slug-a.txt")!;
    const b = bySource("same-slug-b.txt")!;
    expect(a.id).toBe("shared-story");
    expect(b.id).toMatch(/^shared-story-[0-9a-f]{6}$/);
    expect(problemsOf("same-slug-b.txt").map((p) => p.message).join("\n")).toMatch(/also claimed by seeds\/same-slug-a\.txt/);
  });

  it("gives names with spaces, capitals and accents lower-case ASCII ids, and keeps non-Latin letters", () => {
    expect(bySource("My Harbour Story.TXT")!.id).toBe("my-harbour-story");
    expect(bySource("Überfahrt Gespräch.txt")!.id).toBe("uberfahrt-gesprach");
    // Non-Latin file names keep their letters (slugify's design): still one path segment, no spaces.
    expect(bySource("北京会谈.md")!.id).toMatch(/^[\p{Ll}\p{Lo}\p{N}][\p{Ll}\p{Lo}\p{N}-]*$/u);
  });
});

/** Runs the CLI as a user would; resolves with its exit code and stderr. */
function cli(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli.ts", ...args], { cwd: repoRoot, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.on("exit", (code) => resolve({ code, stderr }));
  });
}

describe("the CLI on hard inputs", () => {
  it("exits 0 by default and names each bad file, and exits non-zero with --strict", async () => {
    const [loose, strict] = await Promise.all([
      cli(["build", "--seeds", seeds, "--out", path.join(root, "cli-out"), "--no-cache"]),
      cli(["build", "--seeds", seeds, "--out", path.join(root, "cli-strict"), "--strict", "--no-cache"]),
    ]);
    expect(loose.code, loose.stderr).toBe(0);
    const rel = path.relative(repoRoot, seeds).split(path.sep).join("/");
    for (const n of ["empty.txt", "whitespace.txt", "binary.txt"]) expect(loose.stderr).toContain(`error: ${rel}/${n}: `);
    expect(loose.stderr).toMatch(new RegExp(`built ${GOOD.length} articles`));
    expect(strict.code, strict.stderr).not.toBe(0);
    expect(strict.stderr).toContain("--strict: failing");
  }, 60_000);
});
