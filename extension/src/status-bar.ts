// Status bar: the active document's perspective score; a click opens a short report.
import * as vscode from "vscode";
import type { DocumentLinter } from "./document-linter.ts";
import { buildReport, statusText } from "./report.ts";

export const SHOW_REPORT = "outsideIn.showReport";

export class ScoreStatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem("outsideIn.score", vscode.StatusBarAlignment.Right, 100);
  private readonly linter: DocumentLinter;

  constructor(linter: DocumentLinter) {
    this.linter = linter;
    this.item.name = "Outside-In perspective score";
    this.item.command = SHOW_REPORT;
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
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

  async showReport(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    const state = document && this.linter.state(document);
    if (!document || !state) {
      void vscode.window.showInformationMessage("Outside-In: open a Markdown or text document to see its report.");
      return;
    }
    const name = vscode.workspace.asRelativePath(document.uri);
    const content = buildReport(name, document.getText(), state.result, state.rulebook);
    const report = await vscode.workspace.openTextDocument({ content, language: "markdown" });
    await vscode.window.showTextDocument(report, { preview: true, viewColumn: vscode.ViewColumn.Beside });
  }

  dispose(): void {
    this.item.dispose();
  }
}
