// What the site knows about a playbook page: its source file and its review metadata.
import type { StarlightRouteData } from "@astrojs/starlight/route-data";

export type PageKind = "principle" | "checklist" | "other";

/** The repository-relative source of a docs entry, e.g. `content/principles/make-it-easy.md`. */
export function sourcePathOf(entry: StarlightRouteData["entry"]): string | undefined {
  // Only entries loaded from ../content; <StarlightPage> pages have a virtual path under src/.
  const filePath = (entry as { filePath?: string }).filePath ?? "";
  return /^(\.\.\/)+content\//.test(filePath) ? filePath.replace(/^(\.\.\/)+/, "") : undefined;
}

export function pageKindOf(entry: StarlightRouteData["entry"]): PageKind {
  const path = sourcePathOf(entry) ?? "";
  if (path.startsWith("content/principles/")) return "principle";
  if (path.startsWith("content/checklists/")) return "checklist";
  return "other";
}
