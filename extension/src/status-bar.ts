// Status bar: the active document's perspective score; a click opens a short report.
import * as vscode from "vscode";
import type { DocumentLinter } from "./document-linter.ts";
import { statusText } from "./report.ts";
import { ReportView } from "./report-view.ts";

export const SHOW_REPORT = "outsideIn.showReport";

export class ScoreStatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem("outsideIn.score", vscode.StatusBarAlignment.Right, 100);
  private readonly linter: DocumentLinter;
  private readonly report = new ReportView();
  /** The document the score is for; kept while a webview (the report) has focus. */
  private scored: vscode.TextDocument | undefined;

  constructor(linter: DocumentLinter) {
    this.linter = linter;
    this.item.name = "Outside-In perspective score";
    this.item.command = SHOW_REPORT;
  }

  /** The active editor's document, or the last scored one while it is still visible (say, beside the report). */
  private current(): vscode.TextDocument | undefined {
    const active = vscode.window.activeTextEditor?.document;
    if (active) return active;
    const last = this.scored;
    return last && vscode.window.visibleTextEditors.some((e) => e.document === last) ? last : undefined;
  }

  update(): void {
    const document = this.current();
    this.scored = document;
    if (!document || !this.linter.shouldLint(document)) {
      this.item.hide();
      return;
    }
    const skip = this.linter.skipReason(document);
    if (skip) {
      this.item.text = "$(person) skipped";
      this.item.accessibilityInformation = { label: "Outside-In skipped this file: too large" };
      this.item.tooltip = `Outside-In skipped this file: ${Math.round(skip.size / 1000)} KB is over the outsideIn.maxFileSize limit of ${Math.round(skip.limit / 1000)} KB.`;
      this.item.show();
      return;
    }
    const state = this.linter.state(document);
    if (!state) {
      this.item.hide();
      return;
    }
    this.item.text = statusText(state.result);
    this.item.accessibilityInformation = { label: `Outside-In perspective score ${state.result.perspective.score}` };
    this.item.tooltip = `Outside-In perspective score ${state.result.perspective.score}/100 (${state.result.findings.length} finding${state.result.findings.length === 1 ? "" : "s"}). Click for a report.`;
    this.item.show();
  }

  showReport(): void {
    const document = this.current();
    const state = document && this.linter.state(document);
    if (!document || !state) {
      void vscode.window.showInformationMessage("Outside-In: open a Markdown or text document to see its report.");
      return;
    }
    this.report.show(document, state);
  }

  dispose(): void {
    this.report.dispose();
    this.item.dispose();
  }
}
