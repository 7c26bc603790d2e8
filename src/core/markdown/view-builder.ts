// Walks mdast trees and copies their prose into the view, blanking everything else. The walk uses
// an explicit stack, never recursion: a hostile document can nest deeper than the call stack.
import type { Root, RootContent, PhrasingContent, Yaml } from "mdast";
import { parseDocument, isMap, isScalar } from "yaml";
import type { BlockType, OffsetRange } from "../types.ts";

/** A run of prose that sentences cannot cross: a paragraph, heading, cell or alt text. */
export interface ProseBlock {
  range: OffsetRange;
  block: BlockType;
}

/** An HTML comment, kept for inline configuration. */
export interface HtmlComment {
  range: OffsetRange;
  body: string;
}

// Blank everything but line breaks, so line numbers in the view match the source.
function blank(source: string): string[] {
  // split("") keeps UTF-16 units, so indices stay source offsets even around emoji.
  return source.split("").map((ch) => (ch === "\n" || ch === "\r" ? ch : " "));
}

const MAX_ALIGN_SKIP = 12;

/**
 * Copies a text node's characters into the view at their source positions. A node's value can
 * differ from its source (escapes, entities, blockquote markers), so characters are aligned greedily.
 */
function copyText(source: string, view: string[], value: string, start: number, end: number): void {
  if (source.slice(start, end) === value) {
    for (let i = start; i < end; i++) view[i] = source[i]!;
    return;
  }
  let j = start;
  for (let i = 0; i < value.length && j < end; i++) {
    const ch = value[i]!;
    const limit = Math.min(end, j + MAX_ALIGN_SKIP);
    let k = j;
    while (k < limit && source[k] !== ch) k++;
    if (k < limit) {
      view[k] = ch === "\n" ? "\n" : source[k]!;
      j = k + 1;
    }
  }
}

const BARE_URL = /^(?:[a-z][a-z0-9+.-]*:|www\.)\S+$/i;

function isAutolink(node: Extract<PhrasingContent, { type: "link" }>): boolean {
  const text = node.children.map((c) => ("value" in c ? c.value : "")).join("");
  return text === node.url || `mailto:${text}` === node.url || BARE_URL.test(text);
}

type AnyNode = RootContent | PhrasingContent;

/** A step of the walk: a node inside a container, or a block to record once its children are done. */
type Step = { node: AnyNode; container: BlockType } | { done: ProseBlock };

/** What one tree added besides view characters. */
export interface TreeProse {
  blocks: ProseBlock[];
  comments: HtmlComment[];
}

export class ViewBuilder {
  readonly view: string[];
  readonly source: string;
  private blocks: ProseBlock[] = [];
  private comments: HtmlComment[] = [];
  // Added to the offsets of the tree being walked to get offsets in `source`.
  private shift = 0;

  constructor(source: string) {
    this.source = source;
    this.view = blank(source);
  }

  /** Copies the prose of `tree`, whose offsets plus `shift` are offsets in the source. */
  tree(tree: Root, shift: number, frontMatterFields: readonly string[]): TreeProse {
    this.shift = shift;
    this.blocks = [];
    this.comments = [];
    const steps: Step[] = [];
    for (let i = tree.children.length - 1; i >= 0; i--) {
      const node = tree.children[i]!;
      if (node.type === "yaml") this.frontMatter(node, frontMatterFields);
      else steps.push({ node, container: "paragraph" });
    }
    for (let step = steps.pop(); step; step = steps.pop()) {
      if ("done" in step) this.blocks.push(step.done);
      else this.visit(step.node, step.container, steps);
    }
    return { blocks: this.blocks, comments: this.comments };
  }

  /** Blanks [start, end) again, to copy a fresh tree of that range. */
  blankRange(start: number, end: number): void {
    for (let i = start; i < end; i++) if (this.view[i] !== "\n" && this.view[i] !== "\r") this.view[i] = " ";
  }

  // Handles one node; children to walk go on `steps`, last child first, so they pop in order.
  private visit(node: AnyNode, container: BlockType, steps: Step[]): void {
    const from = node.position?.start.offset;
    const to = node.position?.end.offset;
    if (from === undefined || to === undefined) return;
    const start = from + this.shift;
    const end = to + this.shift;
    const walk = (children: readonly AnyNode[], inside: BlockType) => {
      for (let i = children.length - 1; i >= 0; i--) steps.push({ node: children[i]!, container: inside });
    };
    switch (node.type) {
      case "text":
        copyText(this.source, this.view, node.value, start, end);
        break;
      case "link":
        if (!isAutolink(node)) walk(node.children, container);
        break;
      case "image":
        this.altText(node.alt ?? "", start, end);
        break;
      case "html":
        this.comment(node.value, start, end);
        break;
      case "heading":
        steps.push({ done: { range: { start, end }, block: "heading" } });
        walk(node.children, container);
        break;
      case "paragraph":
        steps.push({ done: { range: { start, end }, block: container } });
        walk(node.children, container);
        break;
      case "blockquote":
        walk(node.children, "blockquote");
        break;
      case "list":
      case "listItem":
        walk(node.children, "list-item");
        break;
      case "table":
        walk(node.children, container);
        break;
      case "tableRow":
        walk(node.children, "table-cell");
        break;
      case "tableCell":
        steps.push({ done: { range: { start, end }, block: "table-cell" } });
        walk(node.children, "table-cell");
        break;
      case "footnoteDefinition":
        walk(node.children, "paragraph");
        break;
      // Inline code, breaks, references to images and footnotes; code, front matter, definitions
      // and thematic breaks: not prose.
      case "inlineCode":
      case "break":
      case "footnoteReference":
      case "imageReference":
      case "code":
      case "yaml":
      case "definition":
      case "thematicBreak":
        break;
      default:
        // Emphasis, strong, delete, link references: their text is prose.
        if ("children" in node) walk(node.children as AnyNode[], container);
    }
  }

  // Alt text becomes its own block so it never merges with the surrounding sentence.
  private altText(alt: string, start: number, end: number): void {
    if (!alt) return;
    const at = this.source.indexOf(alt, start);
    if (at < 0 || at + alt.length > end) return;
    for (let i = at; i < at + alt.length; i++) this.view[i] = this.source[i]!;
    this.blocks.push({ range: { start: at, end: at + alt.length }, block: "image-alt" });
  }

  private comment(value: string, start: number, end: number): void {
    const match = /^<!--([\s\S]*?)-->/.exec(value);
    if (match) this.comments.push({ range: { start, end }, body: match[1]!.trim() });
  }

  // Opted-in front-matter fields (plain one-line strings) are linted as prose.
  private frontMatter(node: Yaml, fields: readonly string[]): void {
    if (fields.length === 0) return;
    const nodeStart = node.position?.start.offset;
    if (nodeStart === undefined) return;
    const valueStart = this.source.indexOf(node.value, nodeStart + this.shift);
    if (valueStart < 0) return;
    let doc;
    try {
      doc = parseDocument(node.value, { keepSourceTokens: false });
    } catch {
      return;
    }
    if (doc.errors.length > 0 || !isMap(doc.contents)) return;
    for (const pair of doc.contents.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (!key || !fields.includes(key) || !isScalar(pair.value) || typeof pair.value.value !== "string") continue;
      const [s, e] = pair.value.range ?? [];
      if (s === undefined || e === undefined) continue;
      const raw = node.value.slice(s, e);
      const quoted = raw.startsWith('"') || raw.startsWith("'");
      const inner = quoted ? raw.slice(1, -1) : raw;
      // Only map values whose source text is their value (no escapes, no folding).
      if (inner !== pair.value.value) continue;
      const at = valueStart + s + (quoted ? 1 : 0);
      for (let i = at; i < at + inner.length; i++) this.view[i] = this.source[i]!;
      this.blocks.push({ range: { start: at, end: at + inner.length }, block: "front-matter" });
    }
  }
}
