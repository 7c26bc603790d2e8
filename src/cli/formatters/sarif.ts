// SARIF 2.1.0 for code scanning: rules with helpUri to their playbook page, results with regions
// (columns in UTF-16 code units, SARIF's default), safe fixes as replacements.
import { pathToFileURL } from "node:url";
import type { Finding, Rule, Severity } from "../../core/index.ts";
import { UNUSED_DISABLE_RULE } from "../report.ts";
import { helpUrl, type FormatContext, type Formatter } from "./context.ts";
import { isFixable } from "../../core/rule-facts.ts";

const LEVEL: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note" };
const SRCROOT = "SRCROOT";

const uriOf = (displayPath: string): string => displayPath.split("/").map(encodeURIComponent).join("/");

function ruleDescriptor(rule: Rule, context: FormatContext) {
  const why = rule.docs?.why;
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z0-9])/g, (_, __, ch: string) => ch.toUpperCase()),
    shortDescription: { text: rule.title },
    ...(why ? { fullDescription: { text: why }, help: { text: why, markdown: why } } : {}),
    helpUri: helpUrl(rule.id, context),
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { category: rule.category, tags: ["outside-in", rule.category], fixable: isFixable(rule) },
  };
}

const UNUSED_DISABLE_DESCRIPTOR = {
  id: UNUSED_DISABLE_RULE,
  shortDescription: { text: "A disable comment that suppressed nothing" },
  defaultConfiguration: { level: "warning" },
};

function fixesOf(f: Finding, uri: string) {
  const safe = f.suggestions.filter((s) => s.safe);
  if (!safe.length) return undefined;
  return safe.map((s) => ({
    description: { text: s.title },
    artifactChanges: [{
      artifactLocation: { uri, uriBaseId: SRCROOT },
      replacements: s.edits.map((e) => ({
        deletedRegion: { charOffset: e.range.start, charLength: e.range.end - e.range.start },
        insertedContent: { text: e.text },
      })),
    }],
  }));
}

export const sarif: Formatter = (reports, context) => {
  const used = new Set(reports.flatMap((r) => r.findings.map((f) => f.ruleId)));
  const descriptors = [...context.rules.values()].map((rule) => ruleDescriptor(rule, context));
  if (used.has(UNUSED_DISABLE_RULE)) descriptors.push(UNUSED_DISABLE_DESCRIPTOR as never);
  const index = new Map(descriptors.map((d, i) => [d.id, i]));
  const results = reports.flatMap((r) => {
    const uri = uriOf(r.displayPath);
    return r.findings.map((f) => {
      const fixes = fixesOf(f, uri);
      return {
        ruleId: f.ruleId,
        ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId)! } : {}),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri, uriBaseId: SRCROOT },
            region: { startLine: f.start.line, startColumn: f.start.column, endLine: f.end.line, endColumn: f.end.column, snippet: { text: f.excerpt } },
          },
        }],
        ...(fixes ? { fixes } : {}),
        ...(r.perspectiveScore !== undefined ? { properties: { category: f.category, perspectiveScore: r.perspectiveScore } } : {}),
      };
    });
  });
  // Files that could not be linted are tool notifications, not results about the text.
  const notifications = reports.filter((r) => r.error).map((r) => ({
    level: "error",
    message: { text: `${r.displayPath}: ${r.error}` },
    locations: [{ physicalLocation: { artifactLocation: { uri: uriOf(r.displayPath), uriBaseId: SRCROOT } } }],
  }));
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [{
      tool: {
        driver: {
          name: "outside-in",
          version: context.version,
          semanticVersion: context.version,
          informationUri: context.siteUrl,
          rules: descriptors,
        },
      },
      originalUriBaseIds: { [SRCROOT]: { uri: `${pathToFileURL(context.cwd).href.replace(/\/?$/, "/")}` } },
      invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
      results,
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
