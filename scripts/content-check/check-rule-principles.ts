// Rule files point at the principle they serve; the site links there, so the principle must exist.
// Rule files belong to the rules engineer, so a dangling reference is a warning here, not an error.
import { splitFrontMatter } from "../../src/core/content/front-matter.ts";
import type { Sink } from "./sink.ts";
import type { ContentTree } from "./types.ts";

export function checkRulePrinciples(tree: ContentTree, sink: Sink): void {
  for (const [path, source] of tree.sources) {
    if (!/^rules\/[^/]+\.md$/.test(path)) continue;
    let principle: unknown;
    try {
      principle = splitFrontMatter(source).data["principle"];
    } catch {
      continue; // malformed rule files are reported by the rulebook build
    }
    if (typeof principle === "string" && !tree.paths.has(`principles/${principle}.md`)) {
      sink.warn({ file: path, field: "principle", message: `"${principle}" is not a principle page (principles/${principle}.md)` });
    }
  }
}
