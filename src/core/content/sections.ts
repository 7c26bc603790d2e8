// Splits a Markdown document into its lead (text before the first heading) and `##` sections.
import type { Heading, RootContent } from "mdast";
import { parseMarkdown } from "../markdown/parse.ts";
import type { OffsetRange } from "../types.ts";
import { lineOf, plainText, rangeOf, squash } from "./mdast-text.ts";

/** One `##` section: its heading and the nodes up to the next heading of depth 1 or 2. */
export interface Section {
  heading: string;
  /** 1-based line of the heading. */
  line: number;
  /** Source range of the section's content, after the heading line. */
  range: OffsetRange;
  /** The section's Markdown source, without its heading. */
  markdown: string;
  nodes: RootContent[];
}

export interface DocumentOutline {
  /** Nodes before the first heading (front matter excluded). */
  lead: RootContent[];
  sections: Section[];
  /** Level-1 headings; content pages should have none (the site renders the title). */
  titles: Array<{ text: string; line: number }>;
}

function isSectionBreak(node: RootContent): node is Heading {
  return node.type === "heading" && node.depth <= 2;
}

/** Reads the document's outline. Offsets are offsets into `source`, front matter included. */
export function parseOutline(source: string): DocumentOutline {
  const tree = parseMarkdown(source);
  const outline: DocumentOutline = { lead: [], sections: [], titles: [] };
  let current: Section | undefined;
  const close = (end: number) => {
    if (!current) return;
    current.range.end = end;
    current.markdown = source.slice(current.range.start, end);
    outline.sections.push(current);
    current = undefined;
  };
  for (const node of tree.children) {
    // Front matter is data, not body; TOML front matter arrives as an untyped "toml" node.
    if (node.type === "yaml" || (node.type as string) === "toml") continue;
    if (isSectionBreak(node)) {
      close(rangeOf(node).start);
      if (node.depth === 1) {
        outline.titles.push({ text: squash(plainText(node)), line: lineOf(node) });
        continue;
      }
      const start = rangeOf(node).end;
      current = { heading: squash(plainText(node)), line: lineOf(node), range: { start, end: start }, markdown: "", nodes: [] };
      continue;
    }
    if (current) current.nodes.push(node);
    else if (outline.sections.length === 0) outline.lead.push(node);
  }
  close(source.length);
  return outline;
}

/** The section with this exact heading, if present. */
export function findSection(outline: DocumentOutline, heading: string): Section | undefined {
  return outline.sections.find((s) => s.heading === heading);
}
