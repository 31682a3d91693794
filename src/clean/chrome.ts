// Everything not yet assigned is page chrome; this pass names which kind. A header opens a
// section (related list, comment thread, footer) that runs until the next header; lines with
// their own marker (share prompt, form field, interface label) say what they are.

import type { BlockRole } from "../types.ts";
import type { Marker } from "./classify.ts";
import { assign, isAssigned, type Page } from "./page.ts";

type Section = "nav" | "related" | "comments" | "footer" | "after";

const SHARE_WORD = /^(?:share|shares|tweet|pin|pin it|e-?mail|email this|print|facebook|twitter|linkedin|whatsapp|telegram|reddit|copy link|link copied|공유|поделиться|シェア|ツイート|印刷)\b/iu;
const REPLY_WORD = /^(?:reply|cancel reply|comments?\s*\d*|\d+\s*comments?|댓글|комментарии|コメント)\b/iu;
const AD_WORD = /^(?:advertisement|advertising|sponsored|ad|реклама|広告)\b/iu;

function markerRole(marker: Marker, text: string, section: Section): { role: BlockRole; reason: string } | null {
  switch (marker) {
    case "related-header":
      return { role: "related", reason: "header of a related/latest/popular list" };
    case "comments-header":
      return { role: "comments", reason: "header or marker of a comment thread" };
    case "comment-line":
      return { role: "comments", reason: "comment-thread line (\"… says\", \"Reply\")" };
    case "copyright":
    case "legal":
      return { role: "footer", reason: marker === "copyright" ? "copyright notice" : "legal / site link" };
    case "share":
      return { role: "share", reason: "share or follow prompt" };
    case "form":
      return { role: "form", reason: "form field or sign-up prompt" };
    case "credit":
      return { role: "credit", reason: "photo / wire credit line" };
    case "caption":
      return { role: "caption", reason: "starts like a photo caption" };
    case "consent":
      return { role: "footer", reason: "cookie / privacy / affiliate notice" };
    case "teaser":
      return { role: "related", reason: "teaser of another article (headline glued to its summary)" };
    case "ui": {
      const plain = text.replace(/^[•*·\s-]+/u, "");
      if (SHARE_WORD.test(plain)) return { role: "share", reason: "share button (UI vocabulary)" };
      if (REPLY_WORD.test(plain)) return { role: "comments", reason: "comment control (UI vocabulary)" };
      if (AD_WORD.test(plain)) return { role: "ad", reason: "advertising label (UI vocabulary)" };
      return { role: section === "nav" ? "nav" : "noise", reason: "interface label (UI vocabulary)" };
    }
    default:
      return null;
  }
}

const SECTION_ROLE: Record<Section, BlockRole> = {
  nav: "nav",
  related: "related",
  comments: "comments",
  footer: "footer",
  after: "noise",
};

const SECTION_REASON: Record<Section, string> = {
  nav: "page chrome above the article",
  related: "in a related/latest/popular list",
  comments: "in a comment thread",
  footer: "in the page footer",
  after: "page chrome below the article",
};

export function readChrome(page: Page, bodyStart: number, bodyEnd: number): void {
  let section: Section = "nav";
  page.cls.forEach((c, i) => {
    if (i === bodyEnd + 1) section = "after";
    if (c.marker === "related-header") section = "related";
    else if (c.marker === "comments-header") section = i > bodyEnd || bodyEnd < 0 ? "comments" : section;
    else if (c.marker === "copyright" && i > bodyEnd) section = "footer";
    if (isAssigned(page, i)) return;
    const byMarker = c.marker ? markerRole(c.marker, c.line.trimmed, section) : null;
    if (byMarker) {
      assign(page, i, byMarker.role, byMarker.reason);
      return;
    }
    const first = page.repeats.firstCopy[i]!;
    if (first >= 0) {
      assign(page, i, "duplicate", `repeat of line ${page.cls[first]!.line.lineNo} (${SECTION_REASON[section]})`);
      return;
    }
    const role = i > bodyStart && i < bodyEnd ? "noise" : SECTION_ROLE[section];
    const where = i > bodyStart && i < bodyEnd ? "inside the body run but not prose" : SECTION_REASON[section];
    assign(page, i, role, `${where}: ${c.reason}`);
  });
}
