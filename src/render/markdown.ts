// Article bodies: Markdown -> HTML with unified (remark-parse -> remark-html, sanitising ON).
// One extra step before HTML, because the body is untrusted and the site must stay
// self-contained: raw HTML is turned into visible text (not silently dropped), images become
// their alt text (no external requests), and links that are not http(s)/mailto become plain text
// (a relative link in an article would point nowhere on this site). A "#" heading becomes
// "##": the page's title is its only <h1>.

import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkHtml from "remark-html";
import type { Root, RootContent, Parent } from "mdast";

type Node = Root | RootContent;

function isParent(node: Node): node is Node & Parent {
  return Array.isArray((node as Parent).children);
}

const FLOW_PARENTS = new Set(["root", "blockquote", "listItem", "footnoteDefinition"]);

function rewrite(node: Node, inFlow: boolean): RootContent[] | null {
  switch (node.type) {
    case "html":
      // A block of HTML becomes a paragraph of text; inline HTML becomes text in place.
      return inFlow
        ? [{ type: "paragraph", children: [{ type: "text", value: node.value }] }]
        : [{ type: "text", value: node.value }];
    case "image":
      return node.alt ? [{ type: "text", value: `[image: ${node.alt}]` }] : [];
    case "imageReference":
      return node.alt ? [{ type: "text", value: `[image: ${node.alt}]` }] : [];
    case "link":
      return /^(?:https?:\/\/|mailto:)/i.test(node.url) ? null : node.children;
    case "definition":
      return [];
    case "heading":
      // The page owns the only <h1>; a body heading starts at <h2>.
      if (node.depth === 1) node.depth = 2;
      return null;
    default:
      return null;
  }
}

function transform(node: Node): void {
  if (!isParent(node)) return;
  const out: RootContent[] = [];
  const inFlow = FLOW_PARENTS.has(node.type);
  for (const child of node.children as RootContent[]) {
    const replaced = rewrite(child, inFlow);
    if (replaced) {
      for (const r of replaced) transform(r);
      out.push(...replaced);
    } else {
      transform(child);
      out.push(child);
    }
  }
  (node as Parent).children = out;
}

export function remarkSelfContained() {
  return (tree: Root) => transform(tree);
}

const processor = unified().use(remarkParse).use(remarkSelfContained).use(remarkHtml).freeze();

export function renderMarkdown(md: string): string {
  return plainBodyHtml(md) ?? String(processor.processSync(md));
}

// Most bodies made from text dumps are plain paragraphs and "## " subheadings with no character
// Markdown gives a meaning to; for those, remark's output is known exactly and ~50x cheaper to
// produce directly. Anything else — a list, a link, an ampersand, indentation — goes to remark.
// test/render/markdown-fast.test.ts checks the two agree, on real bodies and random text.
const MARKDOWN_SYNTAX = /[\\`*_[\]<>&#!|~\t\r\0-\x08\x0b\x0c\x0e-\x1f]|^ {0,3}(?:[-+>=]|\d{1,9}[.)])|^\s|\s$/m;
const PLAIN_HEADING = /^## (?=\S)([^\n]*\S)$/;

/** The HTML remark makes of `md` when it is plain paragraphs and "## " headings; otherwise null. */
export function plainBodyHtml(md: string): string | null {
  let html = "";
  for (const block of md.split("\n\n")) {
    const heading = PLAIN_HEADING.exec(block);
    const text = heading ? heading[1]! : block;
    if (text === "" || MARKDOWN_SYNTAX.test(text)) return null;
    html += heading ? `<h2>${text}</h2>\n` : `<p>${text}</p>\n`;
  }
  return html;
}
