// One synthetic page dump: chrome, header, caption, body and tail in a layout the page's site
// picks. Size lands between 2 and 10 KB (UTF-8), most pages near 4–6 KB.

import { createRng, hex } from "./random.ts";
import type { Pool } from "./cast.ts";
import { publicationDate } from "./cast.ts";
import { writeStory } from "./prose.ts";
import { afterBody, caption, comments, footer, header, pickSite, relatedLists, topChrome } from "./chrome.ts";

export const MIN_BYTES = 2 * 1024;
export const MAX_BYTES = 10 * 1024;

export interface GeneratedPage {
  /** File name: "00042_3fa9c1d2e4b5.txt". */
  name: string;
  text: string;
  /** The story's headline (what an editor would give as its title). */
  title: string;
}

const bytes = (s: string): number => Buffer.byteLength(s, "utf8");

/** Page `index` of the corpus `seed`: the same for the same (seed, index), whatever N is. */
export function generatePage(seed: string, index: number, pool: Pool): GeneratedPage {
  const rng = createRng(`${seed}/page/${index}`);
  const site = pickSite(rng);
  const published = publicationDate(rng);
  const target = MIN_BYTES + Math.floor(((rng.next() + rng.next()) / 2) * (MAX_BYTES - MIN_BYTES) * 0.9);

  const top = topChrome(rng, site);
  let related = relatedLists(rng, site);
  const thread = comments(rng);
  const foot = footer(rng, site, published.getUTCFullYear());
  const chromeSize = bytes([...top, ...related, ...thread, ...foot].join("\n"));
  if (chromeSize > target * 0.6) related = related.slice(0, Math.floor(related.length / 3)); // keep the article the larger part

  const story = writeStory(rng, pool, published, Math.max(1200, target - chromeSize - 400));
  const sep = site.blankBetweenParagraphs ? ["", ""] : [""];
  const body = story.paragraphs.map((p) => (p.startsWith("## ") ? `\n${p.slice(3)}\n` : p));
  const cap = caption(rng, story);
  const captionFirst = rng.chance(0.6);

  const parts: string[] = [...top, "", ...header(rng, story), ""];
  if (captionFirst) parts.push(...cap, "");
  parts.push(body[0]!, ...(captionFirst ? [] : ["", ...cap]), "", ...body.slice(1).join(sep.join("\n")).split("\n"), "");
  parts.push(...afterBody(rng, site, story));
  const relatedAfterComments = rng.chance(0.3);
  if (!relatedAfterComments) parts.push(...related);
  parts.push(...thread);
  if (relatedAfterComments) parts.push(...related);
  parts.push(...foot);

  let text = parts.join("\n").replace(/\n{3,}/g, "\n\n").trim() + (rng.chance(0.5) ? "\n" : "");
  while (bytes(text) > MAX_BYTES) text = text.slice(0, text.lastIndexOf("\n", MAX_BYTES - 1)); // cut the tail chrome
  return { name: `${String(index).padStart(5, "0")}_${hex(rng, 12)}.txt`, text, title: story.headline };
}
