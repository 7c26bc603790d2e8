// Small mdast helpers shared by the content parsers.
import type { Nodes } from "mdast";
import type { OffsetRange } from "../types.ts";

/** The plain text of a node: text and inline code values, joined; HTML and images are left out. */
export function plainText(node: Nodes): string {
  if (node.type === "text" || node.type === "inlineCode") return node.value;
  if (node.type === "html" || node.type === "image" || node.type === "yaml") return "";
  if ("children" in node) return (node.children as Nodes[]).map(plainText).join("");
  return "";
}

/** The node's source range; missing positions (never produced by remark-parse) read as empty. */
export function rangeOf(node: Nodes): OffsetRange {
  return { start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 };
}

/** The 1-based line a node starts on. */
export function lineOf(node: Nodes): number {
  return node.position?.start.line ?? 1;
}

/** Collapses runs of whitespace (line breaks in wrapped paragraphs) into single spaces. */
export function squash(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
