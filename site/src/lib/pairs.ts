// Every Do/Don't pair of the playbook, with what the filters on /do-and-dont/ need: the document
// types of its principle, and the categories the linter finds in its Don't text.
import { builtinRulebook, lint, type Category, type DocumentType } from "../../../src/core/index.ts";
import { allPrinciples, type PrincipleEntry } from "./playbook.ts";

export interface PlaybookPair {
  /** Stable anchor on /do-and-dont/, e.g. `make-it-easy-2`. */
  anchor: string;
  principle: PrincipleEntry;
  dont?: string;
  do?: string;
  why?: string;
  documentTypes: DocumentType[];
  /** Categories of the linter's findings on the Don't text; empty when it flags nothing. */
  categories: Category[];
}

// Metric rules judge whole documents, not a single example sentence.
function categoriesFlagged(text: string | undefined): Category[] {
  if (!text) return [];
  const metricIds = new Set(builtinRulebook().rules.filter((r) => r.kind === "metric").map((r) => r.id));
  const found = lint(text, { syntax: "text" }).findings.filter((f) => !metricIds.has(f.ruleId));
  return [...new Set(found.map((f) => f.category))];
}

let cache: PlaybookPair[] | undefined;
export function allPairs(): PlaybookPair[] {
  cache ??= allPrinciples().flatMap((principle) =>
    principle.parsed.pairs.map((pair, i) => ({
      anchor: `${principle.id}-${i + 1}`,
      principle,
      dont: pair.dont?.text,
      do: pair.do?.text,
      why: pair.why?.text,
      documentTypes: principle.documentTypes,
      categories: categoriesFlagged(pair.dont?.text),
    })),
  );
  return cache;
}
