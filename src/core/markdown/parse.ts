// One configured Markdown parser for the whole core: CommonMark, front matter, and the GFM
// constructs that change block structure (tables, task lists, strikethrough).
// GFM's autolink-literal extension is left out on purpose: it nearly doubles parse time, and bare
// URLs and e-mail addresses are blanked from the prose view by a regex instead.
import { unified, type Processor } from "unified";
import remarkParse from "remark-parse";
import { frontmatter } from "micromark-extension-frontmatter";
import { frontmatterFromMarkdown } from "mdast-util-frontmatter";
import { gfmTable } from "micromark-extension-gfm-table";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmStrikethrough } from "micromark-extension-gfm-strikethrough";
import { gfmStrikethroughFromMarkdown } from "mdast-util-gfm-strikethrough";
import { gfmTaskListItem } from "micromark-extension-gfm-task-list-item";
import { gfmTaskListItemFromMarkdown } from "mdast-util-gfm-task-list-item";
import type { Root } from "mdast";
import { flattenDeepNesting } from "./deep-nesting.ts";

// A remark plugin registering the syntax extensions above.
function remarkProseSyntax(this: Processor) {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(frontmatter(["yaml", "toml"]), gfmTable(), gfmStrikethrough(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(
    frontmatterFromMarkdown(["yaml", "toml"]),
    gfmTableFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    gfmTaskListItemFromMarkdown(),
  );
}

const processor = unified().use(remarkParse).use(remarkProseSyntax);

/**
 * Parses Markdown into an mdast tree whose node positions are offsets into `text`. Nesting past
 * the limit in deep-nesting.ts is read as plain text, so node values there can hold a stand-in letter.
 */
export function parseMarkdown(text: string): Root {
  return processor.parse(flattenDeepNesting(text).text) as Root;
}
