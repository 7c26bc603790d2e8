// One configured Markdown parser for the whole core: CommonMark + GFM + front matter.
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import remarkFrontmatter from "remark-frontmatter";
import type { Root } from "mdast";

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ["yaml", "toml"]);

/** Parses Markdown into an mdast tree whose node positions are offsets into `text`. */
export function parseMarkdown(text: string): Root {
  return processor.parse(text) as Root;
}
