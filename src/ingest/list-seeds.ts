// Finds the article files under a folder: *.txt and *.md, recursively, in code-point order of
// their paths, skipping editor/OS litter. Symlinks are followed once; loops are reported.

import { readdir, realpath, stat } from "node:fs/promises";
import type { Dirent, Stats } from "node:fs";
import path from "node:path";
import { compare } from "./ids.ts";
import type { IngestProblem } from "./problems.ts";
import { ioMessage } from "./read.ts";

const ARTICLE_EXTENSION = /\.(txt|md)$/i;

/** Editor and OS by-products that are never articles, whatever their extension. */
export function isLitter(name: string): boolean {
  return (
    name.startsWith(".") || // dotfiles: .DS_Store, .notes.txt.swp, ._AppleDouble, .#lock
    name.endsWith("~") || // backups: story.txt~
    (name.startsWith("#") && name.endsWith("#")) || // Emacs autosave: #story.txt#
    name.startsWith("~$") || // Office lock files
    /\.(swp|swo|swx|tmp|bak|orig)$/i.test(name) ||
    name === "__MACOSX" ||
    name === "Thumbs.db" ||
    name === "desktop.ini"
  );
}

/** Project-root-relative path with "/" separators. */
export function relativeSource(root: string, absolute: string): string {
  return path.relative(path.resolve(root), absolute).split(path.sep).join("/");
}

export async function listSeeds(dir: string, root: string): Promise<{ files: string[]; problems: IngestProblem[] }> {
  const files: string[] = [];
  const problems: IngestProblem[] = [];
  const base = path.resolve(root);
  // Listed paths are normalized (path.join, realpath): one under the root is the root, a separator and the rest.
  const rel = (p: string): string =>
    (p.startsWith(base + path.sep) ? p.slice(base.length + 1).split(path.sep).join("/") : relativeSource(base, p)) || ".";
  const warn = (p: string, message: string): void => void problems.push({ source: rel(p), severity: "warning", message });
  const error = (p: string, message: string): void => void problems.push({ source: rel(p), severity: "error", message });

  const top = path.resolve(dir);
  let topReal: string;
  try {
    if (!(await stat(top)).isDirectory()) {
      error(top, "seed folder is not a folder");
      return { files, problems };
    }
    topReal = await realpath(top);
  } catch (err) {
    error(top, `cannot open seed folder: ${ioMessage(err)}`);
    return { files, problems };
  }

  // Real paths of folders already walked: a symlink to one of them is a loop (an ancestor) or a
  // second route to the same files (anything else); neither is walked again.
  const visited = new Set<string>([topReal]);

  async function walk(folder: string, ancestors: string[]): Promise<void> {
    let entries: Dirent[];
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (err) {
      error(folder, `cannot list folder: ${ioMessage(err)}`);
      return;
    }
    entries.sort((a, b) => compare(a.name, b.name));
    for (const entry of entries) {
      if (isLitter(entry.name)) continue;
      const full = path.join(folder, entry.name);
      let info: Stats | Dirent = entry;
      if (entry.isSymbolicLink()) {
        try {
          info = await stat(full);
        } catch (err) {
          const code = (err as NodeJS.ErrnoException).code;
          if (code === "ELOOP") warn(full, "symlink loop (the link points to itself); not followed");
          else if (code === "ENOENT") warn(full, "broken symlink; skipped");
          else warn(full, `cannot follow symlink: ${ioMessage(err)}`);
          continue;
        }
      }
      if (info.isDirectory()) {
        let real: string;
        try {
          real = await realpath(full);
        } catch (err) {
          warn(full, `cannot resolve folder: ${ioMessage(err)}`);
          continue;
        }
        if (ancestors.includes(real)) {
          warn(full, `symlink loop: points back to ${rel(real)}; not followed`);
          continue;
        }
        if (visited.has(real)) {
          warn(full, `folder already listed through another path (${rel(real)}); skipped`);
          continue;
        }
        visited.add(real);
        await walk(full, [...ancestors, real]);
      } else if (ARTICLE_EXTENSION.test(entry.name)) {
        if (info.isFile()) files.push(full);
        else warn(full, "not a regular file (pipe, socket or device); skipped");
      }
    }
  }

  await walk(top, [topReal]);
  const sources = files.map(rel).sort(compare);
  return { files: sources, problems };
}
