// JUnit XML for CI test-report views (GitLab unit test reports, Jenkins JUnit, Azure Publish Test
// Results). One <testsuite> per file: a clean file is one passing test case, each finding one failed
// test case named `path:line:column rule`, a file that could not be linted one test case in error.
import type { Finding } from "../../core/index.ts";
import type { FileReport } from "../report.ts";
import { helpUrl, type FormatContext, type Formatter } from "./context.ts";
import { repoPath } from "./paths.ts";
import { XML_DECLARATION, xmlAttrs, xmlText } from "./xml.ts";

// Jenkins splits classname at its last dot into package and class; without the extension, a path
// reads as folder and file there, and GitLab shows it as the suite of each case.
const classnameOf = (path: string): string => path.replace(/\.[^./]*$/, "");

function failureBody(path: string, f: Finding, context: FormatContext): string {
  const lines = [`${path}:${f.start.line}:${f.start.column}: ${f.severity}: ${f.message} (${f.ruleId})`];
  if (f.excerpt) lines.push(`Text: ${f.excerpt}`);
  if (context.rules.has(f.ruleId)) lines.push(`Why: ${helpUrl(f.ruleId, context)}`);
  return lines.join("\n");
}

function suite(report: FileReport, context: FormatContext): string {
  const path = repoPath(report, context.repoRoot);
  const classname = classnameOf(path);
  const cases: string[] = [];
  if (report.error) {
    const attrs = xmlAttrs({ classname, name: path, file: path, time: "0" });
    cases.push(`    <testcase${attrs}>\n      <error${xmlAttrs({ message: report.error, type: "not-linted" })}>${xmlText(`${path}: ${report.error}`)}</error>\n    </testcase>\n`);
  } else if (!report.findings.length) {
    cases.push(`    <testcase${xmlAttrs({ classname, name: path, file: path, time: "0" })}/>\n`);
  }
  // GitLab keeps only the first case of a classname + name pair, so a repeated name gets a number.
  const seen = new Map<string, number>();
  for (const f of report.findings) {
    let name = `${path}:${f.start.line}:${f.start.column} ${f.ruleId}`;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    if (n > 1) name += ` (${n})`;
    const failure = `<failure${xmlAttrs({ message: f.message, type: f.severity })}>${xmlText(failureBody(path, f, context))}</failure>`;
    cases.push(`    <testcase${xmlAttrs({ classname, name, file: path, time: "0" })}>\n      ${failure}\n    </testcase>\n`);
  }
  const failures = report.findings.length;
  const errors = report.error ? 1 : 0;
  const tests = Math.max(failures + errors, 1);
  return `  <testsuite${xmlAttrs({ name: path, tests, failures, errors, skipped: 0, time: "0" })}>\n${cases.join("")}  </testsuite>\n`;
}

export const junit: Formatter = (reports, context) => {
  const failures = reports.reduce((n, r) => n + r.findings.length, 0);
  const errors = reports.filter((r) => r.error).length;
  const tests = reports.reduce((n, r) => n + Math.max(r.findings.length + (r.error ? 1 : 0), 1), 0);
  const suites = reports.map((r) => suite(r, context)).join("");
  return `${XML_DECLARATION}<testsuites${xmlAttrs({ name: "outside-in", tests, failures, errors, time: "0" })}>\n${suites}</testsuites>\n`;
};
