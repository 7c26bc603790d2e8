// Builds the "prose view" of a document: a string as long as the source in which every
// character that is not prose (code, HTML, URLs, markup, front matter) is blanked to a space.
// Offsets in the view are offsets in the source, so every finding maps back exactly.
import type { Root, RootContent, PhrasingContent, Yaml } from "mdast";
import { parseDocument, isMap, isScalar } from "yaml";
import { parseMarkdown } from "./parse.ts";
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

export interface ProseView {
  /** Same length as the source; non-prose characters are spaces (line breaks are kept). */
  text: string;
  blocks: ProseBlock[];
  comments: HtmlComment[];
}

export interface ProseViewOptions {
  syntax?: "markdown" | "text";
  frontMatterFields?: string[];
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

class ViewBuilder {
  readonly view: string[];
  readonly blocks: ProseBlock[] = [];
  readonly comments: HtmlComment[] = [];

  readonly source: string;
  constructor(source: string) {
    this.source = source;
    this.view = blank(source);
  }

  inline(nodes: PhrasingContent[]): void {
    for (const node of nodes) {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) continue;
      switch (node.type) {
        case "text":
          copyText(this.source, this.view, node.value, start, end);
          break;
        case "link":
          if (!isAutolink(node)) this.inline(node.children);
          break;
        case "image":
          this.altText(node.alt ?? "", start, end);
          break;
        case "html":
          this.comment(node.value, start, end);
          break;
        case "inlineCode":
        case "break":
        case "footnoteReference":
        case "imageReference":
          break;
        default:
          if ("children" in node) this.inline(node.children as PhrasingContent[]);
      }
    }
  }

  // Alt text becomes its own block so it never merges with the surrounding sentence.
  altText(alt: string, start: number, end: number): void {
    if (!alt) return;
    const at = this.source.indexOf(alt, start);
    if (at < 0 || at + alt.length > end) return;
    for (let i = at; i < at + alt.length; i++) this.view[i] = this.source[i]!;
    this.blocks.push({ range: { start: at, end: at + alt.length }, block: "image-alt" });
  }

  comment(value: string, start: number, end: number): void {
    const match = /^<!--([\s\S]*?)-->/.exec(value);
    if (match) this.comments.push({ range: { start, end }, body: match[1]!.trim() });
  }

  flow(nodes: RootContent[], container: BlockType): void {
    for (const node of nodes) this.node(node, container);
  }

  node(node: RootContent, container: BlockType): void {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    switch (node.type) {
      case "heading":
        this.inline(node.children);
        this.blocks.push({ range: { start, end }, block: "heading" });
        break;
      case "paragraph":
        this.inline(node.children);
        this.blocks.push({ range: { start, end }, block: container });
        break;
      case "blockquote":
        this.flow(node.children, "blockquote");
        break;
      case "list":
        this.flow(node.children, "list-item");
        break;
      case "listItem":
        this.flow(node.children, "list-item");
        break;
      case "table":
        for (const row of node.children) {
          for (const cell of row.children) {
            const cs = cell.position?.start.offset;
            const ce = cell.position?.end.offset;
            if (cs === undefined || ce === undefined) continue;
            this.inline(cell.children);
            this.blocks.push({ range: { start: cs, end: ce }, block: "table-cell" });
          }
        }
        break;
      case "footnoteDefinition":
        this.flow(node.children, "paragraph");
        break;
      case "html":
        this.comment(node.value, start, end);
        break;
      // code, yaml, definitions, thematic breaks: not prose.
      default:
        break;
    }
  }

  // Opted-in front-matter fields (plain one-line strings) are linted as prose.
  frontMatter(node: Yaml, fields: string[]): void {
    if (fields.length === 0) return;
    const nodeStart = node.position?.start.offset;
    if (nodeStart === undefined) return;
    const valueStart = this.source.indexOf(node.value, nodeStart);
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

// Plain text: paragraphs are separated by blank lines.
function plainTextView(source: string): ProseView {
  const blocks: ProseBlock[] = [];
  const re = /[^\r\n]+(?:\r?\n[^\r\n]+)*/g;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    if (m[0].trim()) blocks.push({ range: { start: m.index, end: m.index + m[0].length }, block: "paragraph" });
  }
  return { text: blankBareLinks(source), blocks, comments: [] };
}

// Bare URLs and e-mail addresses in prose (the parser does not turn them into links).
const BARE_LINK = /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s<>]*[^\s<>.,;:!?'")\]]|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;

function blankBareLinks(view: string): string {
  return view.replace(BARE_LINK, (link) => " ".repeat(link.length));
}

/** Extracts the prose of a Markdown (or plain text) document. */
export function buildProseView(source: string, options: ProseViewOptions = {}): ProseView {
  if (options.syntax === "text") return plainTextView(source);
  const tree: Root = parseMarkdown(source);
  const builder = new ViewBuilder(source);
  for (const node of tree.children) {
    if (node.type === "yaml") builder.frontMatter(node, options.frontMatterFields ?? []);
    else builder.node(node, "paragraph");
  }
  builder.blocks.sort((a, b) => a.range.start - b.range.start);
  return { text: blankBareLinks(builder.view.join("")), blocks: builder.blocks, comments: builder.comments };
}

