// Classifies content files: which are principles, checklists, the index page, and rules.
import type { ContentKind } from "../../src/core/content/schema.ts";
import type { ContentTree } from "./types.ts";

export interface Page {
  path: string;
  kind: ContentKind;
  /** File name without `.md`. */
  fileId: string;
  source: string;
}

const KINDS: Array<[RegExp, ContentKind]> = [
  [/^principles\/([^/]+)\.md$/, "principle"],
  [/^checklists\/([^/]+)\.md$/, "checklist"],
  [/^(index)\.md$/, "index"],
];

/** The playbook pages this checker owns, sorted by path. Rule files are left to the rules' own checks. */
export function playbookPages(tree: ContentTree): Page[] {
  const pages: Page[] = [];
  for (const [path, source] of tree.sources) {
    for (const [pattern, kind] of KINDS) {
      const m = pattern.exec(path);
      if (m) pages.push({ path, kind, fileId: m[1]!, source });
    }
  }
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}

/** Ids of the rule files present, from `rules/<id>.md`. */
export function ruleIds(tree: ContentTree): Set<string> {
  const ids = new Set<string>();
  for (const path of tree.paths) {
    const m = /^rules\/([^/]+)\.md$/.exec(path);
    if (m) ids.add(m[1]!);
  }
  return ids;
}
