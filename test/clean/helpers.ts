// Small pages written for the tests, and helpers to read a CleanDoc the way the tests ask.
import { clean } from "../../src/clean/index.ts";
import type { Block, BlockRole, CleanDoc, RawDoc } from "../../src/types.ts";

export function rawDoc(text: string): RawDoc {
  return { source: "test.txt", id: "test", text, firstLine: 1, frontMatter: {}, hash: "", warnings: [] };
}

export function cleanText(lines: string[]): CleanDoc {
  return clean(rawDoc(lines.join("\n")));
}

/** Blocks whose text (trimmed) equals or starts with `text`. */
export function blocksOf(doc: CleanDoc, text: string): Block[] {
  return doc.blocks.filter((b) => b.text.trim() === text || b.text.trim().startsWith(text));
}

export function roleOf(doc: CleanDoc, text: string): BlockRole | undefined {
  return blocksOf(doc, text)[0]?.role;
}

export function rolesOf(doc: CleanDoc, role: BlockRole): string[] {
  return doc.blocks.filter((b) => b.role === role).map((b) => b.text.trim());
}

/** 1-based numbers of the non-blank lines of a text. */
export function nonBlankLines(text: string): number[] {
  return text.split("\n").flatMap((l, i) => (l.trim() ? [i + 1] : []));
}

export const P1 =
  "The city council on Monday opened a floating library on a converted cargo barge, which will moor at three different piers each week until the end of September. Officials said the project cost less than a new branch building and could reach neighbourhoods that have had no library for years.";
export const P2 =
  "\"We wanted the books to go where the readers are, rather than the other way round,\" said the head librarian, who has run the city's mobile services for a decade. She added that the barge holds about four thousand titles and a small reading room for children.";
export const P3 =
  "The vessel was bought from a shipping firm that no longer needed it, and a local yard spent five months fitting shelves, lighting and a ramp for wheelchairs. Volunteers catalogued the first donations over the winter, and the council says more titles will arrive in August.";
export const P4 =
  "Residents can borrow up to six books at a time and return them at any pier or at the central library. Late fees will not be charged during the first season, the council said in a statement on its website.";

/** A made-up news page with the usual chrome around one article. */
export const NEWS_PAGE = [
  "Skip to content",
  "  • Home",
  "  • World",
  "  • Business",
  "  • Sports",
  "Search [                    ]",
  "",
  "Harbour City Opens New Floating Library",
  "",
  "A barge of books will dock at three piers each week this summer",
  "",
  "By Maria Lindqvist",
  "",
  "June 3, 2024",
  "",
  "Readers browse shelves aboard the library barge on Monday. Photo by Harbour Daily",
  "Readers browse shelves aboard the library barge on Monday. Photo by Harbour Daily",
  "",
  P1,
  "",
  P2,
  "",
  "How the barge was built",
  "",
  P3,
  "",
  P4,
  "",
  "Maria Lindqvist",
  "maria.lindqvist@example.org",
  "",
  "Share this article",
  "Facebook Twitter Email",
  "",
  "Related Stories",
  "  • Council Approves Summer Ferry Timetable",
  "  • New Bike Lanes Planned for the Waterfront",
  "  • Harbour Festival Returns After Two Years",
  "",
  "12 Comments",
  "  1. boatfan says",
  "",
  "    What a wonderful idea, I hope they bring it to the north pier soon because we have nothing there at all.",
  "",
  "  2. reader42 says",
  "",
  "    This is a waste of money and the council should fix the roads before doing anything like this, in my opinion.",
  "",
  "Leave a Reply",
  "Your email address will not be published.",
  "",
  "© 2024 Harbour Daily. All rights reserved.",
  "  • Privacy Policy",
  "  • Terms of Use",
];
