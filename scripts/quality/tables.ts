// Markdown tables of quality figures: one row per linter or group, intervals beside each figure.
import { bootstrapIntervals, figures, type Interval, type Scored } from "./metrics.ts";

const num = (x: number) => (Number.isNaN(x) ? "n/a" : x.toFixed(3));
const withInterval = (x: number, [low, high]: Interval) => (Number.isNaN(x) ? "n/a" : `${num(x)} (${num(low)}–${num(high)})`);

export const FIGURE_HEADER = ["items", "company", "precision (95% CI)", "recall (95% CI)", "F1 (95% CI)", "suggestion coverage"];

/** The cells of one row: sizes, then precision, recall and F1 with intervals, then coverage. */
export function figureCells(scored: readonly Scored[]): string[] {
  const f = figures(scored);
  const ci = bootstrapIntervals(scored);
  return [String(f.n), String(f.company), withInterval(f.precision, ci.precision), withInterval(f.recall, ci.recall), withInterval(f.f1, ci.f1), num(f.suggestionCoverage)];
}

export function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string[] {
  return [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`)];
}

export { num, withInterval };
