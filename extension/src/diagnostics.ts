// Findings to VS Code diagnostics: exact ranges, faithful severities, a link to the rule's page.
import * as vscode from "vscode";
import { ruleHelpUrl } from "../../src/core/config/index.ts";
import type { Finding, Severity } from "../../src/core/index.ts";

export const SOURCE = "Outside-In";

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

export function toSeverity(severity: Severity): vscode.DiagnosticSeverity {
  return SEVERITY[severity];
}

/** A finding's offsets as a range in the document (offsets are UTF-16, like VS Code's). */
export function toRange(document: Pick<vscode.TextDocument, "positionAt">, finding: Pick<Finding, "range">): vscode.Range {
  return new vscode.Range(document.positionAt(finding.range.start), document.positionAt(finding.range.end));
}

/** Diagnostics remember their finding, so code actions and hovers need no second lint. */
export class OutsideInDiagnostic extends vscode.Diagnostic {
  readonly finding: Finding;
  /** `link` overrides the rule's page (a project rule links to its file). */
  constructor(range: vscode.Range, finding: Finding, siteUrl: string, link?: string) {
    super(range, finding.message, toSeverity(finding.severity));
    this.finding = finding;
    this.source = SOURCE;
    this.code = { value: finding.ruleId, target: vscode.Uri.parse(link ?? ruleHelpUrl(finding.ruleId, siteUrl || undefined)) };
  }
}

export function toDiagnostics(
  document: Pick<vscode.TextDocument, "positionAt">,
  findings: readonly Finding[],
  siteUrl: string,
  link?: (ruleId: string) => string,
): OutsideInDiagnostic[] {
  return findings.map((f) => new OutsideInDiagnostic(toRange(document, f), f, siteUrl, link?.(f.ruleId)));
}
