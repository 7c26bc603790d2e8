// What the reading-page tests expect, counted from content/ with the core's own parsers, so the
// tests follow the playbook as it grows.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseChecklist, parsePrinciple } from "../../../src/core/content/index.ts";
import { ROOT } from "./site-harness.ts";

const filesIn = (dir: string) =>
  readdirSync(join(ROOT, "content", dir))
    .filter((name) => name.endsWith(".md") && !name.startsWith("_"))
    .map((name) => join(ROOT, "content", dir, name));

export const allPrincipleFiles = () => filesIn("principles");
export const allChecklistFiles = () => filesIn("checklists");

export const principles = () => allPrincipleFiles().map((file) => parsePrinciple(readFileSync(file, "utf8")));
export const checklists = () => allChecklistFiles().map((file) => parseChecklist(readFileSync(file, "utf8")));

/** Do/Don't pairs across all principles. */
export const pairCount = () => principles().reduce((n, p) => n + p.pairs.length, 0);
