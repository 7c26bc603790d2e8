// Builds the "prose view" of a document: a string as long as the source in which every
// character that is not prose (code, HTML, URLs, markup, front matter) is blanked to a space.
// Offsets in the view are offsets in the source, so every finding maps back exactly.
import { parseInPieces, PIECE_SIZE } from "./pieces.ts";
import { flattenDeepNesting } from "./deep-nesting.ts";
import { ViewBuilder, type HtmlComment, type ProseBlock, type TreeProse } from "./view-builder.ts";

export type { HtmlComment, ProseBlock };

export interface ProseView {
  /** Same length as the source; non-prose characters are spaces (line breaks are kept). */
  text: string;
  blocks: ProseBlock[];
  comments: HtmlComment[];
}

export interface ProseViewOptions {
  syntax?: "markdown" | "text";
  frontMatterFields?: string[];
  /** Characters per parsed piece (markdown/pieces.ts); tests set it to compare with one whole parse. */
  pieceSize?: number;
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
  // The builder reads the text the parser saw, so node values line up with it.
  const flat = flattenDeepNesting(source);
  const builder = new ViewBuilder(flat.text);
  const pieces: TreeProse[] = [];
  parseInPieces(flat.text, options.pieceSize ?? PIECE_SIZE, (piece, index) => {
    // A piece seen again (now with link stubs) replaces what it gave the first time.
    if (pieces[index]) builder.blankRange(piece.start, piece.end);
    pieces[index] = builder.tree(piece.tree, piece.shift, options.frontMatterFields ?? []);
  });
  // Where a stand-in letter was copied as prose, show the source character again.
  for (const at of flat.replaced) if (builder.view[at] !== " ") builder.view[at] = source[at]!;
  const blocks = pieces.flatMap((p) => p.blocks).sort((a, b) => a.range.start - b.range.start);
  const comments = pieces.flatMap((p) => p.comments);
  return { text: blankBareLinks(builder.view.join("")), blocks, comments };
}
