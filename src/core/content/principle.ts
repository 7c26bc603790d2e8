// Parses a principle page (content/principles/<id>.md) into its statement, sections and Do/Don't pairs.
import type { ListItem, RootContent } from "mdast";
import { createLineIndex } from "../positions.ts";
import { parseDoDont, type DoDontItem } from "./do-dont.ts";
import { splitFrontMatter } from "./front-matter.ts";
import { linksIn, type MarkdownLink } from "./links.ts";
import { lineOf, plainText, rangeOf, squash } from "./mdast-text.ts";
import { findSection, parseOutline, type DocumentOutline, type Section } from "./sections.ts";
import { citationOf, type Citation } from "./sources.ts";

/** The body headings of a principle page, in their required order. */
export const PRINCIPLE_SECTIONS = [
  "Why it matters to customers",
  "Do and don't",
  "How to apply it",
  "Questions to ask",
  "Related writing rules",
  "Sources",
] as const;

/** A Do/Don't item of a principle, with the line it starts on. */
export interface PrinciplePair extends DoDontItem {
  line: number;
}

/** A line of text from a list, with where it starts. */
export interface ListEntry {
  text: string;
  line: number;
}

export interface ParsedPrinciple {
  frontMatter: Record<string, unknown>;
  /** The one-line statement: the first paragraph before any heading. */
  statement?: ListEntry;
  outline: DocumentOutline;
  /** Do/Don't items under `## Do and don't`, in source order. */
  pairs: PrinciplePair[];
  /** List items under `## Do and don't` that carry no Do/Don't label. */
  unlabelledItems: ListEntry[];
  steps: ListEntry[];
  questions: ListEntry[];
  /** Links listed under `## Related writing rules`. */
  relatedRuleLinks: MarkdownLink[];
  sources: ListEntry[];
  /** The same entries read as citations: title, link and date. */
  citations: Array<Citation & ListEntry>;
}

function listItemsOf(nodes: RootContent[]): ListItem[] {
  return nodes.flatMap((node) => (node.type === "list" ? node.children : []));
}

function entriesOf(section: Section | undefined): ListEntry[] {
  if (!section) return [];
  return listItemsOf(section.nodes).map((item) => ({ text: squash(plainText(item)), line: lineOf(item) }));
}

function pairsOf(source: string, section: Section | undefined): { pairs: PrinciplePair[]; unlabelled: ListEntry[] } {
  if (!section) return { pairs: [], unlabelled: [] };
  const lines = createLineIndex(source);
  const inSection = (item: DoDontItem) => item.range.start >= section.range.start && item.range.end <= section.range.end;
  // Parse the whole file so every range is an offset into the file, as the linter reports them.
  const pairs = parseDoDont(source)
    .filter(inSection)
    .map((item) => ({ ...item, line: lines.position(item.range.start).line }));
  const starts = new Set(pairs.map((p) => p.range.start));
  const unlabelled = listItemsOf(section.nodes)
    .filter((item) => !starts.has(rangeOf(item).start))
    .map((item) => ({ text: squash(plainText(item)), line: lineOf(item) }));
  return { pairs, unlabelled };
}

function citationsOf(section: Section | undefined): Array<Citation & ListEntry> {
  if (!section) return [];
  return listItemsOf(section.nodes).map((item) => {
    const text = squash(plainText(item));
    return { ...citationOf(text, linksIn(item)), text, line: lineOf(item) };
  });
}

function statementOf(outline: DocumentOutline): ListEntry | undefined {
  const first = outline.lead.find((node) => node.type === "paragraph");
  return first ? { text: squash(plainText(first)), line: lineOf(first) } : undefined;
}

/** Parses a principle file. Throws FrontMatterError when the front matter is malformed. */
export function parsePrinciple(source: string): ParsedPrinciple {
  const { data } = splitFrontMatter(source);
  const outline = parseOutline(source);
  const { pairs, unlabelled } = pairsOf(source, findSection(outline, "Do and don't"));
  const related = findSection(outline, "Related writing rules");
  return {
    frontMatter: data,
    statement: statementOf(outline),
    outline,
    pairs,
    unlabelledItems: unlabelled,
    steps: entriesOf(findSection(outline, "How to apply it")),
    questions: entriesOf(findSection(outline, "Questions to ask")),
    relatedRuleLinks: related ? related.nodes.flatMap(linksIn) : [],
    sources: entriesOf(findSection(outline, "Sources")),
    citations: citationsOf(findSection(outline, "Sources")),
  };
}
