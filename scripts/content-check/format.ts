// Formats a check report for the terminal: one line per problem, file and field first.
import type { CheckReport, ContentProblem } from "./types.ts";

function line(root: string, kind: string, p: ContentProblem): string {
  const where = `${root}/${p.file}${p.line ? `:${p.line}` : ""}`;
  return `${kind} ${where}  ${p.field}: ${p.message}`;
}

export function formatReport(report: CheckReport, root: string): string {
  const out: string[] = [];
  for (const p of report.errors) out.push(line(root, "error", p));
  for (const p of report.warnings) out.push(line(root, "warning", p));
  if (report.scores.length > 0) {
    out.push("", "Perspective scores (100 = fully customer-side; Don't examples excluded):");
    for (const s of report.scores) out.push(`  ${String(s.score).padStart(5)}  ${s.file} (${s.sentences} sentences)`);
    const mean = report.scores.reduce((sum, s) => sum + s.score, 0) / report.scores.length;
    out.push(`  ${mean.toFixed(1).padStart(5)}  average over ${report.scores.length} pages`);
  }
  const c = report.counts;
  out.push(
    "",
    `${c.principles} principles, ${c.pairs} Do/Don't pairs, ${c.checklists} checklists with ${c.checklistItems} items.`,
    ...(c.dontsCaught === undefined ? [] : [`The linter flags ${c.dontsCaught} of ${c.pairs} Don't examples on their own (the rest are about decisions more than wording).`]),
    `${report.errors.length} error(s), ${report.warnings.length} warning(s).`,
  );
  return out.join("\n");
}
