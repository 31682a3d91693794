// The page as the role passes see it: lines, their features and first-pass classes, repeats,
// and the blocks assigned so far (one slot per line; a split line gets several blocks).

import type { Block, BlockRole } from "../types.ts";
import type { Classified } from "./classify.ts";
import type { Repeats } from "./repeats.ts";

export interface Page {
  cls: readonly Classified[];
  repeats: Repeats;
  lang: string | null;
  /** Blocks per line index; undefined until a pass decides. */
  assigned: (Block[] | undefined)[];
}

export function assign(page: Page, i: number, role: BlockRole, reason: string): void {
  const c = page.cls[i]!;
  page.assigned[i] = [{ line: c.line.lineNo, text: c.line.trimmed, role, reason }];
}

export function assignPieces(page: Page, i: number, pieces: { text: string; role: BlockRole; reason: string }[]): void {
  const lineNo = page.cls[i]!.line.lineNo;
  page.assigned[i] = pieces.map((p) => ({ line: lineNo, text: p.text, role: p.role, reason: p.reason }));
}

export function isAssigned(page: Page, i: number): boolean {
  return page.assigned[i] !== undefined;
}

export function roleAt(page: Page, i: number): BlockRole | undefined {
  const b = page.assigned[i];
  return b?.[b.length - 1]?.role;
}
