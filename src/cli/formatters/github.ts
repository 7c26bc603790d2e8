// GitHub Actions workflow commands (annotations on the diff) plus a Markdown job summary when
// GITHUB_STEP_SUMMARY is set. Escaping follows @actions/core's command.ts.
import { appendFileSync } from "node:fs";
import type { Severity } from "../../core/index.ts";
import { countFindings, plural, type FileReport } from "../report.ts";
import { helpUrl, type FormatContext, type Formatter } from "./context.ts";

const COMMAND: Record<Severity, string> = { error: "error", warning: "warning", info: "notice" };

const escapeData = (s: string): string => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

function annotations(reports: FileReport[]): string {
  let out = "";
  for (const r of reports) {
    const file = escapeProperty(r.displayPath);
    if (r.error) out += `::error file=${file},title=outside-in::${escapeData(`${r.displayPath}: ${r.error}`)}\n`;
    for (const f of r.findings) {
      const props = `file=${file},line=${f.start.line},col=${f.start.column},endLine=${f.end.line},endColumn=${f.end.column},title=${escapeProperty(f.ruleId)}`;
      out += `::${COMMAND[f.severity]} ${props}::${escapeData(f.message)}\n`;
    }
  }
  return out;
}

const cell = (s: string): string => s.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");

/** The Markdown written to the job summary: counts, each file's score, then the findings. */
export function jobSummary(reports: FileReport[], context: FormatContext): string {
  const counts = countFindings(reports);
  const total = counts.error + counts.warning + counts.info;
  const linted = reports.filter((r) => r.perspectiveScore !== undefined);
  let md = `## Outside-In\n\n`;
  md += total
    ? `**${plural(total, "problem")}** (${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${counts.info} info) in ${plural(linted.length, "file")}.`
    : `No problems in ${plural(linted.length, "file")}.`;
  if (counts.fixable) md += ` ${counts.fixable} fixable with \`outside-in lint --fix\`.`;
  md += "\n\n";
  const failed = reports.filter((r) => r.error);
  if (failed.length) md += `${plural(failed.length, "file")} could not be linted:\n\n${failed.map((r) => `- \`${r.displayPath}\`: ${r.error}`).join("\n")}\n\n`;
  const shown = [...linted].sort((a, b) => a.perspectiveScore! - b.perspectiveScore!).slice(0, 50);
  if (shown.length) {
    md += `| File | Perspective | Errors | Warnings | Info |\n|---|---:|---:|---:|---:|\n`;
    for (const r of shown) {
      const n = (s: Severity) => r.findings.filter((f) => f.severity === s).length;
      md += `| \`${cell(r.displayPath)}\` | ${r.perspectiveScore} | ${n("error")} | ${n("warning")} | ${n("info")} |\n`;
    }
    if (linted.length > shown.length) md += `\n${linted.length - shown.length} more files scored higher.\n`;
    md += "\n";
  }
  const findings = reports.flatMap((r) => r.findings.map((f) => ({ r, f }))).slice(0, 200);
  if (findings.length) {
    md += `<details><summary>Findings</summary>\n\n| Where | Rule | Message |\n|---|---|---|\n`;
    for (const { r, f } of findings) {
      const rule = context.rules.has(f.ruleId) ? `[${f.ruleId}](${helpUrl(f.ruleId, context)})` : f.ruleId;
      md += `| \`${cell(r.displayPath)}:${f.start.line}:${f.start.column}\` | ${rule} | ${cell(f.message)} |\n`;
    }
    md += `\n</details>\n`;
  }
  return md;
}

export const github: Formatter = (reports, context) => {
  const summaryFile = context.env.GITHUB_STEP_SUMMARY;
  if (summaryFile) appendFileSync(summaryFile, `${jobSummary(reports, context)}\n`);
  const counts = countFindings(reports);
  const total = counts.error + counts.warning + counts.info;
  return `${annotations(reports)}outside-in: ${plural(total, "problem")} (${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${counts.info} info)\n`;
};
