// Parses Do/Don't example lists, the one format shared by principles and rule files:
//
//   - **Don't:** Users must create an account to check out.
//
//     **Do:** Check out as a guest.
//
// Each list item holds paragraphs that open with a bold label: Don't / Do not, Do, Rewrite, Why.
import type { List, ListItem, Paragraph, PhrasingContent, RootContent } from "mdast";
import { parseMarkdown } from "../markdown/parse.ts";
import type { OffsetRange } from "../types.ts";

/** One example paragraph: its plain text and where that text sits in the source. */
export interface ExampleText {
  text: string;
  /** Source range of the example text, after the label. */
  range: OffsetRange;
}

/** One list item of a Do/Don't list. A principle's pair has both `dont` and `do`. */
export interface DoDontItem {
  dont?: ExampleText;
  do?: ExampleText;
  /** The expected text after the first suggestion is applied to `dont`. */
  rewrite?: ExampleText;
  why?: ExampleText;
  /** Source range of the whole list item. */
  range: OffsetRange;
}

type Label = "dont" | "do" | "rewrite" | "why";

// Bold label at the start of a paragraph, with or without the colon inside the bold.
const LABELS: Array<[RegExp, Label]> = [
  [/^(?:don['’]t|do not)\s*:?$/i, "dont"],
  [/^do\s*:?$/i, "do"],
  [/^rewrite\s*:?$/i, "rewrite"],
  [/^why\s*:?$/i, "why"],
];

function labelOf(node: PhrasingContent | undefined): Label | undefined {
  if (!node || node.type !== "strong") return undefined;
  const inner = node.children.map((c) => ("value" in c ? c.value : "")).join("").trim();
  return LABELS.find(([re]) => re.test(inner))?.[1];
}

function exampleOf(source: string, paragraph: Paragraph): [Label, ExampleText] | undefined {
  const [first, ...rest] = paragraph.children;
  const label = labelOf(first);
  const end = paragraph.position?.end.offset;
  if (!label || rest.length === 0 || end === undefined) return undefined;
  let start = rest[0]!.position?.start.offset ?? end;
  // The colon may sit outside the bold: **Don't**: text
  while (start < end && /[\s:]/.test(source[start]!)) start++;
  let stop = end;
  while (stop > start && /\s/.test(source[stop - 1]!)) stop--;
  return [label, { text: source.slice(start, stop).replace(/\s*\n\s*/g, " "), range: { start, end: stop } }];
}

function itemOf(source: string, item: ListItem): DoDontItem | undefined {
  const parsed: DoDontItem = {
    range: { start: item.position?.start.offset ?? 0, end: item.position?.end.offset ?? 0 },
  };
  let found = false;
  for (const child of item.children) {
    if (child.type !== "paragraph") continue;
    const example = exampleOf(source, child);
    if (!example) continue;
    parsed[example[0]] = example[1];
    found = true;
  }
  return found ? parsed : undefined;
}

function listsIn(nodes: RootContent[]): List[] {
  const lists: List[] = [];
  for (const node of nodes) {
    if (node.type === "list") lists.push(node);
    else if ("children" in node && node.type !== "listItem") lists.push(...listsIn(node.children as RootContent[]));
  }
  return lists;
}

/** Finds every Do/Don't item in a Markdown document (or section), in source order. */
export function parseDoDont(markdown: string): DoDontItem[] {
  const tree = parseMarkdown(markdown);
  const items: DoDontItem[] = [];
  for (const list of listsIn(tree.children)) {
    for (const item of list.children) {
      const parsed = itemOf(markdown, item);
      if (parsed) items.push(parsed);
    }
  }
  return items;
}
