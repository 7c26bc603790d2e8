// Reads a content directory from disk into a ContentTree. The only part of the checker that touches the file system.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { ContentTree } from "./types.ts";

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return walk(full);
    return entry.isFile() ? [full] : [];
  });
}

/** Loads every file path under `root`, and the text of every Markdown file. */
export function loadContentTree(root: string): ContentTree {
  const tree: ContentTree = { paths: new Set(), sources: new Map() };
  for (const full of walk(root)) {
    const path = relative(root, full).split(sep).join("/");
    tree.paths.add(path);
    if (path.endsWith(".md")) tree.sources.set(path, readFileSync(full, "utf8"));
  }
  return tree;
}
