// Checkstyle XML, as reviewdog (-f=checkstyle) and other review bots read it: one <file> per linted
// file, one <error> per finding with line, column, severity, message and the rule id as source.
// Paths are relative to the working folder: reviewdog resolves relative paths from where it runs.
import type { Severity } from "../../core/index.ts";
import type { Formatter } from "./context.ts";
import { XML_DECLARATION, xmlAttrs } from "./xml.ts";

// Checkstyle's own severities are error, warning, info and ignore, so ours map one to one.
const SEVERITY: Record<Severity, string> = { error: "error", warning: "warning", info: "info" };

/** The checkstyle format version the output follows (the one most tools emit). */
const CHECKSTYLE_VERSION = "4.3";

export const checkstyle: Formatter = (reports) => {
  let out = `${XML_DECLARATION}<checkstyle version="${CHECKSTYLE_VERSION}">\n`;
  for (const r of reports) {
    out += `  <file${xmlAttrs({ name: r.displayPath })}>\n`;
    // A file that could not be linted is an error on its first line, as checkstyle reports a parse failure.
    if (r.error) out += `    <error${xmlAttrs({ line: 1, severity: "error", message: r.error, source: "outside-in" })}/>\n`;
    for (const f of r.findings) {
      out += `    <error${xmlAttrs({ line: f.start.line, column: f.start.column, severity: SEVERITY[f.severity], message: f.message, source: f.ruleId })}/>\n`;
    }
    out += `  </file>\n`;
  }
  return `${out}</checkstyle>\n`;
};
