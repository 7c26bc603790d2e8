// Finds the links in a Markdown document, with where they sit, so checkers can resolve them.
import type { Nodes } from "mdast";
import { parseMarkdown } from "../markdown/parse.ts";
import type { OffsetRange } from "../types.ts";
import { lineOf, plainText, rangeOf, squash } from "./mdast-text.ts";

export interface MarkdownLink {
  url: string;
  text: string;
  range: OffsetRange;
  line: number;
}

/** Collects link nodes under `node`, in source order. */
export function linksIn(node: Nodes): MarkdownLink[] {
  if (node.type === "link") {
    return [{ url: node.url, text: squash(plainText(node)), range: rangeOf(node), line: lineOf(node) }];
  }
  if (!("children" in node)) return [];
  return (node.children as Nodes[]).flatMap(linksIn);
}

/** Every link in the document. */
export function findLinks(source: string): MarkdownLink[] {
  return linksIn(parseMarkdown(source));
}

/** True for links to other files in this repository: no scheme, not protocol-relative, not a bare #anchor. */
export function isInternalLink(url: string): boolean {
  return url !== "" && !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith("//") && !url.startsWith("#");
}

/**
 * Resolves a relative link against the linking file's path (both POSIX, relative to one root).
 * Drops any #fragment or ?query. Returns undefined when the link climbs above the root or is malformed.
 */
export function resolveLink(fromFile: string, url: string): string | undefined {
  const target = url.replace(/[?#].*$/, "");
  const base = url.startsWith("/") ? [] : fromFile.split("/").slice(0, -1);
  const parts = [...base];
  let decoded: string;
  try {
    decoded = decodeURI(target);
  } catch {
    return undefined; // malformed percent-escapes cannot name a file
  }
  for (const part of decoded.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join("/");
}
