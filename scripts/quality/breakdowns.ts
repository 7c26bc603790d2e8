// Tables that break one set of scored sentences down by category, document type and organisation.
import { CATEGORIES } from "../../src/core/types.ts";
import { CORPUS_DOCUMENT_TYPES } from "./corpus.ts";
import { bootstrapIntervals, figures, type Scored } from "./metrics.ts";
import { FIGURE_HEADER, figureCells, num, table, withInterval } from "./tables.ts";

/** Recall per category, with how often the leading finding names the category, and per-category precision. */
export function byCategory(scored: readonly Scored[]): string[] {
  return table(["category", "company items", "recall (95% CI)", "same category", "findings led by it", "precision"], CATEGORIES.map((category) => {
    const ofCategory = scored.filter((s) => s.item.category === category);
    const caught = ofCategory.filter((s) => s.prediction.flagged);
    const led = scored.filter((s) => s.prediction.flagged && s.prediction.category === category);
    const f = figures(ofCategory);
    return [category, String(ofCategory.length), withInterval(f.recall, bootstrapIntervals(ofCategory).recall),
      num(caught.filter((s) => s.prediction.category === category).length / caught.length), String(led.length),
      num(led.filter((s) => s.item.label === "company").length / led.length)];
  }));
}

export function byDocumentType(scored: readonly Scored[]): string[] {
  return table(["document type", ...FIGURE_HEADER], CORPUS_DOCUMENT_TYPES.map((type) => [type, ...figureCells(scored.filter((s) => s.item.documentType === type))]));
}

export function byOrganisation(scored: readonly Scored[]): string[] {
  const names = [...new Set(scored.map((s) => s.item.organisation))];
  return table(["organisation", ...FIGURE_HEADER], names.map((name) => [name, ...figureCells(scored.filter((s) => s.item.organisation === name))]));
}
