// Parses a checklist page (content/checklists/<id>.md): GFM task items with stable ids and principle links.
import type { ListItem, Nodes } from "mdast";
import { parseMarkdown } from "../markdown/parse.ts";
import type { OffsetRange } from "../types.ts";
import { splitFrontMatter } from "./front-matter.ts";
import { linksIn, type MarkdownLink } from "./links.ts";
import { lineOf, rangeOf, squash } from "./mdast-text.ts";

export interface ChecklistItem {
  /** From the trailing `<!-- id: ... -->` comment; undefined when the comment is missing. */
  id?: string;
  /** The item's text without its links' markup, id comment or checkbox. */
  text: string;
  checked: boolean;
  links: MarkdownLink[];
  /** Ids of the principles the item links to (`principles/<id>.md`). */
  principles: string[];
  line: number;
  range: OffsetRange;
}

export interface ParsedChecklist {
  frontMatter: Record<string, unknown>;
  /** The `##` headings that group items, in order. */
  groups: string[];
  items: ChecklistItem[];
  /** List items without a checkbox; a checklist should have none. */
  plainItems: Array<{ text: string; line: number }>;
}

const ID_COMMENT = /^<!--\s*id:\s*(\S+?)\s*-->$/;
const PRINCIPLE_URL = /(?:^|\/)principles\/([^/#?]+)\.md(?:[#?].*)?$/;

/** The principle id a link points at, or undefined when it links elsewhere. */
export function principleIdOf(url: string): string | undefined {
  return PRINCIPLE_URL.exec(url)?.[1];
}

// Text of an item with link text kept, link label "Principle" dropped and HTML comments left out.
function itemText(node: Nodes): string {
  if (node.type === "text" || node.type === "inlineCode") return node.value;
  if (node.type === "html") return "";
  if (node.type === "link" && principleIdOf(node.url)) return "";
  if ("children" in node) return (node.children as Nodes[]).map(itemText).join("");
  return "";
}

function idOf(node: Nodes): string | undefined {
  if (node.type === "html") return ID_COMMENT.exec(node.value.trim())?.[1];
  if (!("children" in node)) return undefined;
  for (const child of node.children as Nodes[]) {
    const id = idOf(child);
    if (id) return id;
  }
  return undefined;
}

function allListItems(node: Nodes): ListItem[] {
  if (!("children" in node)) return [];
  const own = node.type === "listItem" ? [node] : [];
  return [...own, ...(node.children as Nodes[]).flatMap(allListItems)];
}

function toItem(item: ListItem): ChecklistItem {
  // Nested lists belong to their own items; read text, links and id from this item's paragraphs only.
  const own = item.children.filter((child) => child.type !== "list");
  const links = own.flatMap(linksIn);
  return {
    id: own.map(idOf).find((id) => id !== undefined),
    text: squash(own.map(itemText).join(" ")),
    checked: item.checked === true,
    links,
    principles: links.map((l) => principleIdOf(l.url)).filter((id): id is string => id !== undefined),
    line: lineOf(item),
    range: rangeOf(item),
  };
}

/** Parses a checklist file. Throws FrontMatterError when the front matter is malformed. */
export function parseChecklist(source: string): ParsedChecklist {
  const { data } = splitFrontMatter(source);
  const tree = parseMarkdown(source);
  const listItems = allListItems(tree);
  const tasks = listItems.filter((item) => typeof item.checked === "boolean");
  const plain = listItems.filter((item) => typeof item.checked !== "boolean");
  return {
    frontMatter: data,
    groups: tree.children.flatMap((n) => (n.type === "heading" && n.depth === 2 ? [squash(itemText(n))] : [])),
    items: tasks.map(toItem),
    plainItems: plain.map((item) => ({ text: squash(item.children.map(itemText).join(" ")), line: lineOf(item) })),
  };
}
