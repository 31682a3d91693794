// Page chrome around the article, as a text browser dumps it: menus, mastheads, bylines and
// datelines, photo captions with credits, share prompts, "Latest Stories"/"Popular Now" lists,
// comment threads, forms and copyright footers. Each page picks its own mix and layout.

import type { Rng } from "./random.ts";
import type { Story } from "./prose.ts";
import { datelineText, eventDatePhrase, westernName } from "./cast.ts";
import * as V from "./vocab.ts";

export interface Site {
  name: string;
  domain: string;
  /** "•" bullets, "□" boxes or numbered lists: how this site's lists dump. */
  bullet: "•" | "□" | "numbered";
  /** Blank line between paragraphs (most sites) or none. */
  blankBetweenParagraphs: boolean;
}

export function pickSite(rng: Rng): Site {
  const [name, domain] = rng.pick(V.SITES);
  return { name, domain, bullet: rng.pick(["•", "•", "□", "numbered"] as const), blankBetweenParagraphs: rng.chance(0.8) };
}

function teaser(rng: Rng): string {
  return `${rng.pick(V.TEASER_SUBJECTS)} ${rng.pick(V.TEASER_PREDICATES)}`.replace(/^./, (c) => c.toUpperCase());
}

function list(rng: Rng, site: Site, items: string[]): string[] {
  if (site.bullet === "numbered") {
    return items.flatMap((t, i) => [`  • ${i + 1}`, `    ${t}`, "", `    ${rng.pick(V.TEASER_KICKERS)} `, ""]);
  }
  return items.map((t) => (site.bullet === "•" ? `  • ${t}` : `      □ ${t}`));
}

export function topChrome(rng: Rng, site: Site): string[] {
  const lines: string[] = [];
  if (rng.chance(0.6)) lines.push(rng.sample(V.NAV_EXTRAS, rng.int(1, 3)).join(" "));
  if (rng.chance(0.3)) lines.push("본문 바로가기", "bar_progress");
  if (rng.chance(0.7)) lines.push(site.name);
  if (rng.chance(0.7)) {
    const sections = rng.sample(V.SECTIONS, rng.int(4, 10));
    if (rng.chance(0.5)) lines.push(sections.join("  "));
    else lines.push(...list(rng, { ...site, bullet: site.bullet === "numbered" ? "•" : site.bullet }, sections));
  }
  if (rng.chance(0.3)) lines.push("Text Size", "", "Close");
  return lines;
}

export function byline(rng: Rng): string {
  const a = westernName(rng);
  return rng.pick([`By ${a}`, `${a} Views`, `${a} | Staff Reporter`, `Reporter ${a}`, `By ${a} and ${westernName(rng)}`, `${a}, ${rng.pick(V.AGENCIES)}`]);
}

export function header(rng: Rng, story: Story): string[] {
  const lines = [story.headline];
  if (rng.chance(0.6)) lines.push("", story.dek);
  const meta: string[] = [];
  if (rng.chance(0.8)) meta.push(byline(rng));
  if (rng.chance(0.8)) meta.push(datelineText(rng, story.published));
  if (meta.length) lines.push("", ...(rng.chance(0.5) ? [meta.join("  ")] : meta));
  return lines;
}

export function caption(rng: Rng, story: Story): string[] {
  const credit = rng.pick([` / ${rng.pick(V.AGENCIES)} Yonhap News`, `. Photo by ${rng.pick(V.AGENCIES)}`, ` (${rng.pick(V.AGENCIES)}/${westernName(rng)})`, `. Photo: ${rng.pick(V.AGENCIES)}`, ` [Photo: ${story.agency}]`]);
  const text = `${story.russia.name} and ${story.china.name} shake hands in ${story.city} ${eventDatePhrase(rng, story.published, rng.int(0, 4))}${credit}`;
  const lines = [text];
  if (rng.chance(0.35)) lines.push(text); // alt text and caption both dumped
  if (rng.chance(0.2)) lines.unshift("main article image");
  return lines;
}

export function afterBody(rng: Rng, site: Site, story: Story): string[] {
  const lines: string[] = [];
  if (rng.chance(0.3)) lines.push(`Source: ${rng.pick([...V.AGENCIES, site.name])}`, "");
  if (rng.chance(0.35)) {
    const a = westernName(rng);
    lines.push(a, `${a.split(" ")[0]!.toLowerCase()}@${site.domain}`, "");
  }
  if (rng.chance(0.3)) lines.push(`Tags: ${rng.sample(["China", "Russia", "security", story.city, "diplomacy", "SCO", "BRICS"], rng.int(2, 5)).join(", ")}`, "");
  if (rng.chance(0.6)) lines.push(...rng.pick([["Share this article"], ["Share it on..."], ["Facebook", "Twitter", "LinkedIn", "Email", "Copy link"], ["Share on Facebook  Share on X  Share via Email"]]), "");
  return lines;
}

export function relatedLists(rng: Rng, site: Site): string[] {
  const lines: string[] = [];
  const titles = rng.sample([`[${rng.pick(V.SECTIONS).toUpperCase()}] Latest Stories`, "Latest Stories", "Popular Now", "You May Also Like", "Most Read", "Related Articles", "Must-Reads", "More from this section"], rng.int(0, 4));
  for (const t of titles) {
    lines.push(t, "", ...list(rng, site, Array.from({ length: rng.int(3, 7) }, () => teaser(rng))), "");
  }
  return lines;
}

export function comments(rng: Rng): string[] {
  const r = rng.next();
  if (r < 0.4) return [];
  if (r < 0.6) return ["Comments0", "", String(rng.int(100, 999)), "", "Comments0", ""];
  const n = rng.int(1, 5);
  const lines = [`${n} Comment${n === 1 ? "" : "s"}`];
  for (let i = 1; i <= n; i++) {
    lines.push(`  ${i}. ${rng.pick(V.COMMENTER_NAMES)} says`, "", `    ${rng.pick(V.COMMENT_LINES)}`);
    if (rng.chance(0.4)) lines.push(`    ${rng.pick(V.COMMENT_LINES)}`);
    lines.push("");
  }
  if (rng.chance(0.6)) lines.push(`Reply To ${rng.pick(V.COMMENTER_NAMES)}`, "Cancel Reply", "", "Your email address will not be published.", "");
  if (rng.chance(0.4)) lines.push("Leave a comment", "[                                        ]", "Post Comment", "");
  return lines;
}

export function footer(rng: Rng, site: Site, year: number): string[] {
  const lines: string[] = [];
  if (rng.chance(0.4)) lines.push("Sign up for our newsletter", "[                    ] Subscribe", "");
  if (rng.chance(0.8)) lines.push(rng.pick([`© ${year} ${site.name}. All rights reserved.`, `© ${site.name}(www.${site.domain}). All rights reserved.`, `Copyright © ${year} ${site.name}`, `All content © ${site.name}, ${year - rng.int(5, 20)}–${year}`]));
  if (rng.chance(0.5)) lines.push(rng.sample(["About Us", "Contact", "Privacy Policy", "Terms of Use", "Advertise", "Careers", "RSS"], rng.int(3, 6)).join("  "));
  if (rng.chance(0.3)) lines.push("", rng.pick(["Join us on social!", "Top", "Back to top", "Special Coverage"]));
  return lines;
}
