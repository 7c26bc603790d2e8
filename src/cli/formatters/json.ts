// ESLint's JSON shape, which ../shared/eval/score.mjs and ESLint tooling read:
// [{ filePath, messages: [{ ruleId, severity, message, line, column, endLine, endColumn, suggestions }] }].
// severity is 2 for error and 1 for warning; info is also 1 (ESLint has no lower level), and every
// message carries `severityName` ("error" | "warning" | "info") so nothing is lost.
import type { Finding } from "../../core/index.ts";
import type { FileReport } from "../report.ts";
import type { Formatter } from "./context.ts";

const SEVERITY_NUMBER = { error: 2, warning: 1, info: 1 } as const;

function message(f: Finding) {
  return {
    ruleId: f.ruleId,
    severity: SEVERITY_NUMBER[f.severity],
    severityName: f.severity,
    category: f.category,
    message: f.message,
    line: f.start.line,
    column: f.start.column,
    endLine: f.end.line,
    endColumn: f.end.column,
    suggestions: f.suggestions.map((s) => ({ desc: s.title, safe: s.safe, edits: s.edits })),
  };
}

function fileResult(report: FileReport) {
  const messages: object[] = report.findings.map(message);
  // A file that could not be linted is a fatal message, as ESLint reports a parse error.
  if (report.error) messages.unshift({ ruleId: null, fatal: true, severity: 2, severityName: "error", message: report.error, line: 1, column: 1 });
  const count = (s: Finding["severity"]) => report.findings.filter((f) => f.severity === s).length;
  const fixable = (s: Finding["severity"]) => report.findings.filter((f) => f.severity === s && f.suggestions.some((x) => x.safe)).length;
  return {
    filePath: report.filePath,
    messages,
    errorCount: count("error") + (report.error ? 1 : 0),
    fatalErrorCount: report.error ? 1 : 0,
    warningCount: count("warning"),
    infoCount: count("info"),
    fixableErrorCount: fixable("error"),
    fixableWarningCount: fixable("warning"),
    perspectiveScore: report.perspectiveScore ?? null,
  };
}

export const json: Formatter = (reports) => `${JSON.stringify(reports.map(fileResult))}\n`;
