// `npm run -s clean -- <in> <out>`: the command's edge, the only file of this stage that reads
// and writes files. Each <in>/<name>.txt becomes <out>/<name>.txt holding the clean body text.

import { mkdir, readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { RawDoc } from "../types.ts";
import { clean, cleanBodyText } from "./clean-doc.ts";

export function rawDocFromText(name: string, text: string): RawDoc {
  const body = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  return { source: name, id: name, text: body, firstLine: 1, frontMatter: {}, hash: "", warnings: [] };
}

export async function runCleanCommand(inDir: string, outDir: string): Promise<{ files: number }> {
  const names = (await readdir(inDir)).filter((n) => n.endsWith(".txt")).sort();
  await mkdir(outDir, { recursive: true });
  for (const name of names) {
    const text = await readFile(path.join(inDir, name), "utf8");
    const doc = clean(rawDocFromText(name.slice(0, -4), text));
    await writeFile(path.join(outDir, name), cleanBodyText(doc) + "\n", "utf8");
  }
  return { files: names.length };
}
