// What kind of page a search hit is: the label Pagefind shows before each result's title.
import type { PageKind } from "./pages.ts";

export type PageType = "Principle" | "Checklist" | "Rule" | "Lexicon";

/** The type of a page from its content kind or, for generated pages, its path; undefined for other pages. */
export function pageTypeOf(kind: PageKind, pathname: string): PageType | undefined {
  if (kind === "principle") return "Principle";
  if (kind === "checklist") return "Checklist";
  // Only the pages of single rules and lexicons, not their index pages.
  if (/^\/rules\/[a-z0-9-]+\/$/.test(pathname)) return "Rule";
  if (/^\/lexicons\/[a-z0-9-]+\/$/.test(pathname)) return "Lexicon";
  return undefined;
}
