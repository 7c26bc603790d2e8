// Renders playbook Markdown for the site with the core's own parser (one parser for site, linter
// and tests), rewrites links between content files to site URLs and fails the build on a link to a
// file that has no page.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Heading, Link, Nodes, Root } from "mdast";
import { toHast } from "mdast-util-to-hast";
import { toHtml } from "hast-util-to-html";
import GithubSlugger from "github-slugger";
import { parseMarkdown } from "../../../src/core/markdown/parse.ts";
import { isInternalLink, resolveLink } from "../../../src/core/content/index.ts";
import { builtinRulebook } from "../../../src/core/index.ts";
import { REPO_ROOT } from "./repo.ts";
import { routeForContentPath } from "./routes.ts";

export class BrokenLinkError extends Error {}

export interface RenderOptions {
  /** Repository-relative path of the file the Markdown comes from; links resolve against it. */
  file: string;
  /** Changes the tree before it becomes HTML (e.g. marks checklist items). */
  transform?: (tree: Root) => void;
}

export interface RenderedMarkdown {
  html: string;
  headings: Array<{ depth: number; slug: string; text: string }>;
}

// Content files that have a page: playbook pages on disk, and rules that made it into the rulebook.
let pagesCache: Set<string> | undefined;
function filesWithPages(): Set<string> {
  if (pagesCache) return pagesCache;
  const pages = new Set<string>(["content/index.md"]);
  for (const dir of ["principles", "checklists"]) {
    for (const name of readdirSync(join(REPO_ROOT, "content", dir))) {
      if (name.endsWith(".md") && !name.startsWith("_")) pages.add(`content/${dir}/${name}`);
    }
  }
  for (const rule of builtinRulebook().rules) pages.add(rule.source ?? `content/rules/${rule.id}.md`);
  return (pagesCache = pages);
}

function textOf(node: Nodes): string {
  if ("value" in node && typeof node.value === "string") return node.value;
  return "children" in node ? (node.children as Nodes[]).map(textOf).join("") : "";
}

function visit(node: Nodes, fn: (node: Nodes) => void): void {
  fn(node);
  if ("children" in node) for (const child of node.children as Nodes[]) visit(child, fn);
}

// A rule link whose text is the bare rule id ("[users-must](../rules/users-must.md)") reads as
// the rule's title, so people see what the rule is about.
function nameRuleLink(link: Link, target: string): void {
  const id = /^content\/rules\/([a-z0-9-]+)\.md$/.exec(target)?.[1];
  const rule = id ? builtinRulebook().rules.find((r) => r.id === id) : undefined;
  if (!rule || textOf(link).trim() !== rule.id) return;
  link.children = [{ type: "text", value: rule.title }];
}

/** Points a link between content files at its page; returns an error message when it cannot. */
function rewriteLink(link: Link, file: string): string | undefined {
  if (!isInternalLink(link.url)) return undefined;
  const target = resolveLink(file, link.url);
  const route = target ? routeForContentPath(target) : undefined;
  const fragment = /#.*$/.exec(link.url)?.[0] ?? "";
  if (target && route && filesWithPages().has(target)) {
    link.url = route + fragment;
    nameRuleLink(link, target);
    return undefined;
  }
  const why = !target || !existsSync(join(REPO_ROOT, target))
    ? "which does not exist"
    : target.startsWith("content/rules/")
      ? "which is not in the compiled rulebook (run npm run build:core)"
      : "which has no page on the site";
  return `${file}:${link.position?.start.line ?? "?"}: link "${link.url}" points at ${target ?? "outside the repository"}, ${why}`;
}

/** Renders Markdown (front matter is skipped) to HTML with heading ids and site links. */
export function renderMarkdown(source: string, options: RenderOptions): RenderedMarkdown {
  const tree = parseMarkdown(source);
  tree.children = tree.children.filter((node) => node.type !== "yaml" && (node.type as string) !== "toml");
  options.transform?.(tree);
  const slugger = new GithubSlugger();
  const headings: RenderedMarkdown["headings"] = [];
  const broken: string[] = [];
  visit(tree, (node) => {
    if (node.type === "link") {
      const problem = rewriteLink(node, options.file);
      if (problem) broken.push(problem);
    } else if (node.type === "heading") {
      const heading = node as Heading;
      const text = textOf(heading);
      const slug = slugger.slug(text);
      heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id: slug } };
      headings.push({ depth: heading.depth, slug, text });
    }
  });
  if (broken.length > 0) throw new BrokenLinkError(`Broken links:\n  ${broken.join("\n  ")}`);
  // Raw HTML in content (the checklist id comments) is dropped, not passed through.
  return { html: toHtml(toHast(tree)), headings };
}
