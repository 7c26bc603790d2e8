// `--only-changed-lines`: keeps the findings that touch a line added or modified since the ref.
import type { Finding, Rule } from "../core/index.ts";
import type { FileReport } from "./report.ts";

/** The lines a finding covers; an end at column 1 of a later line stops before that line. */
function coveredLines(finding: Finding): [number, number] {
  const last = finding.end.line > finding.start.line && finding.end.column === 1 ? finding.end.line - 1 : finding.end.line;
  return [finding.start.line, Math.max(finding.start.line, last)];
}

/** True when any line of the finding is in `lines`, so an edit inside a long sentence counts. */
export function touchesChangedLine(finding: Finding, lines: ReadonlySet<number>): boolean {
  const [first, last] = coveredLines(finding);
  for (let n = first; n <= last; n++) if (lines.has(n)) return true;
  return false;
}

/**
 * Filters one report to its changed lines. A new file keeps everything; in an old file,
 * document-level findings (metric rules such as perspective-score-threshold) are dropped,
 * since no one line caused them.
 */
export function keepChangedLines(report: FileReport, lines: ReadonlySet<number> | "all", rules: ReadonlyMap<string, Rule>): FileReport {
  if (lines === "all") return report;
  const findings = report.findings.filter((f) => rules.get(f.ruleId)?.kind !== "metric" && touchesChangedLine(f, lines));
  return { ...report, findings };
}
