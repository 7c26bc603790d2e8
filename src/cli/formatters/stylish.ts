// The default human format: findings grouped by file, then counts per severity and perspective scores.
import type { Severity } from "../../core/index.ts";
import { paint } from "../colors.ts";
import { countFindings, plural, type FileReport } from "../report.ts";
import type { Formatter } from "./context.ts";

const LABEL: Record<Severity, string> = { error: "error", warning: "warning", info: "info" };

export const stylish: Formatter = (reports, context) => {
  const c = paint(context.color);
  const colorOf: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, info: c.blue };
  let out = "";
  for (const report of reports) {
    if (report.findings.length === 0) continue;
    const score = report.perspectiveScore === undefined ? "" : `  ${c.dim(`perspective ${report.perspectiveScore}/100`)}`;
    out += `\n${c.underline(report.displayPath)}${score}\n`;
    const where = report.findings.map((f) => `${f.start.line}:${f.start.column}`);
    const width = Math.max(...where.map((w) => w.length));
    report.findings.forEach((f, i) => {
      const fixable = f.suggestions.some((s) => s.safe) ? c.dim(" (fixable)") : "";
      out += `  ${c.dim(where[i]!.padEnd(width))}  ${colorOf[f.severity](LABEL[f.severity].padEnd(7))}  ${f.message}  ${c.dim(f.ruleId)}${fixable}\n`;
    });
  }
  const linted = reports.filter((r) => r.perspectiveScore !== undefined);
  const failed = reports.filter((r) => r.error);
  for (const r of failed) out += `\n${c.underline(r.displayPath)}\n  ${c.red("error")}    ${r.error}\n`;
  const counts = countFindings(reports);
  const total = counts.error + counts.warning + counts.info;
  const files = plural(linted.length, "file");
  if (total === 0) {
    out += `${out ? "\n" : ""}${c.green("✔")} No problems in ${files}.\n`;
  } else {
    const mark = counts.error ? c.red("✖") : counts.warning ? c.yellow("⚠") : c.blue("ℹ");
    const withProblems = reports.filter((r) => r.findings.length).length;
    out += `\n${mark} ${c.bold(`${plural(total, "problem")} (${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${counts.info} info)`)} in ${withProblems} of ${files}\n`;
    if (counts.fixable) out += `  ${plural(counts.fixable, "problem")} fixable with --fix\n`;
  }
  if (linted.length) {
    const fixedEdits = reports.reduce((n, r) => n + (r.fixed ?? 0), 0);
    if (fixedEdits) out += `  ${plural(fixedEdits, "fix", "fixes")} ${context.dryRun ? "would be applied (dry run; nothing written)" : "applied"}\n`;
    const average = Math.round(linted.reduce((n, r) => n + r.perspectiveScore!, 0) / linted.length);
    out += `  Perspective: ${average}/100${linted.length > 1 ? " on average" : ""}\n`;
    // Each file's score, lowest first; long runs show the ten that need the most work.
    if (linted.length > 1) {
      const byScore = [...linted].sort((a, b) => a.perspectiveScore! - b.perspectiveScore! || a.displayPath.localeCompare(b.displayPath));
      for (const r of byScore.slice(0, 10)) out += `    ${String(r.perspectiveScore).padStart(3)}  ${r.displayPath}\n`;
      if (byScore.length > 10) out += `    ${c.dim(`… ${byScore.length - 10} more at ${byScore[10]!.perspectiveScore} or above`)}\n`;
    }
  }
  if (failed.length) out += `  ${c.red(`${plural(failed.length, "file")} could not be linted`)}\n`;
  return out;
};

export type { FileReport };
