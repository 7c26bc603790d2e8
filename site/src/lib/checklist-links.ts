// A checklist item ends with links to the principles behind it. They are split off the item's
// text, which names its checkbox, and each says which principle it opens instead of "Principle".
import type { Link, PhrasingContent } from "mdast";
import { splitFrontMatter } from "../../../src/core/index.ts";
import { isInternalLink, resolveLink } from "../../../src/core/content/index.ts";
import { readRepoFile } from "./repo.ts";

const titles = new Map<string, string | undefined>();

/** The front-matter title of a principle file, or undefined for anything that is not a principle. */
function principleTitle(path: string | undefined): string | undefined {
  if (!path?.startsWith("content/principles/")) return undefined;
  if (!titles.has(path)) {
    try {
      const title = splitFrontMatter(readRepoFile(path)).data.title;
      titles.set(path, typeof title === "string" ? title : undefined);
    } catch {
      titles.set(path, undefined); // a missing file: renderMarkdown reports the broken link
    }
  }
  return titles.get(path);
}

export interface SplitItem {
  /** The item's own words, for the checkbox's name. */
  text: PhrasingContent[];
  /** The trailing principle links, their text set to the principle's title. */
  principles: Link[];
}

/**
 * Splits the principle links off the end of an item's first paragraph, with the spaces and the
 * `<!-- id: ... -->` comment around them (raw HTML is dropped from the page anyway).
 */
export function splitPrincipleLinks(children: PhrasingContent[], file: string): SplitItem {
  const text = [...children];
  const principles: Link[] = [];
  while (text.length > 0) {
    const last = text.at(-1)!;
    if ((last.type === "text" && last.value.trim() === "") || last.type === "html") {
      text.pop();
      continue;
    }
    const title = last.type === "link" && isInternalLink(last.url) ? principleTitle(resolveLink(file, last.url)) : undefined;
    if (!title) break;
    text.pop();
    principles.unshift({ ...(last as Link), children: [{ type: "text", value: title }] });
  }
  // The sentence before the links loses its trailing space.
  const tail = text.at(-1);
  if (tail?.type === "text") text[text.length - 1] = { ...tail, value: tail.value.replace(/\s+$/, "") };
  return { text, principles };
}
