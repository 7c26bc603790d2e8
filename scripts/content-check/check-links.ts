// Checks that every internal link of a page resolves to a file in the content tree.
import { findLinks, isInternalLink, resolveLink } from "../../src/core/content/links.ts";
import type { Sink } from "./sink.ts";
import type { ContentTree } from "./types.ts";

/** True when `path` is a rule file the rules engineer has promised but not written yet. */
export function isPendingRule(path: string, pendingRules: readonly string[]): boolean {
  const m = /^rules\/([^/]+)\.md$/.exec(path);
  return m !== null && pendingRules.includes(m[1]!);
}

/** Checks the page's internal links; links to promised-but-missing rules are collected in `pending` instead. */
export function checkLinks(file: string, source: string, tree: ContentTree, pendingRules: readonly string[], pending: Set<string>, sink: Sink): void {
  for (const link of findLinks(source)) {
    if (!isInternalLink(link.url)) continue;
    const target = resolveLink(file, link.url);
    if (target !== undefined && tree.paths.has(target)) continue;
    if (target !== undefined && isPendingRule(target, pendingRules)) pending.add(target);
    else sink.error({ file, field: "link", line: link.line, message: `${link.url} does not resolve to a file in the content directory` });
  }
}
