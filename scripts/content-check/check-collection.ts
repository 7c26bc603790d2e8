// Checks across the whole playbook: unique ids, enough pages and pairs, and every seed theme covered.
import { uncoveredThemes } from "../../src/core/content/themes.ts";
import type { Sink } from "./sink.ts";
import type { CheckOptions } from "./types.ts";

export interface PageSummary {
  path: string;
  kind: "principle" | "checklist" | "index";
  id: unknown;
  tags: unknown;
  pairs: number;
}

export function checkCollection(pages: PageSummary[], options: CheckOptions, sink: Sink): void {
  const byId = new Map<string, string>();
  for (const page of pages) {
    if (typeof page.id !== "string") continue;
    const other = byId.get(page.id);
    if (other) sink.error({ file: page.path, field: "id", message: `"${page.id}" is already the id of ${other}` });
    else byId.set(page.id, page.path);
  }
  const principles = pages.filter((p) => p.kind === "principle");
  const checklists = pages.filter((p) => p.kind === "checklist");
  if (principles.length < options.minPrinciples) {
    sink.error({ file: "principles/", field: "principles", message: `has ${principles.length} principle pages; at least ${options.minPrinciples} are needed` });
  }
  if (checklists.length < options.minChecklists) {
    sink.error({ file: "checklists/", field: "checklists", message: `has ${checklists.length} checklists; at least ${options.minChecklists} are needed` });
  }
  const pairs = principles.reduce((sum, p) => sum + p.pairs, 0);
  if (pairs < options.minPairsTotal) {
    sink.error({ file: "principles/", field: "## Do and don't", message: `has ${pairs} Do/Don't pairs in total; at least ${options.minPairsTotal} are needed` });
  }
  const tags = principles.map((p) => (Array.isArray(p.tags) ? p.tags.filter((t): t is string => typeof t === "string") : []));
  for (const theme of uncoveredThemes(tags, options.themes)) {
    sink.error({ file: "principles/", field: "tags", message: `no principle is tagged "${theme.slug}" (seed theme: ${theme.theme})` });
  }
}
