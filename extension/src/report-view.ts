// The report in a read-only webview beside the document: no text document, so nothing to lint
// and nothing to save.
import * as vscode from "vscode";
import type { DocumentState } from "./document-linter.ts";
import { reportModel } from "./report.ts";
import { OPEN_AT, reportHtml } from "./report-html.ts";

export { OPEN_AT };

/** Opens a document with the caret at a 1-based line (the report's line links). */
export async function openAt(uri: string, line: number): Promise<void> {
  const position = new vscode.Position(Math.max(0, line - 1), 0);
  await vscode.window.showTextDocument(vscode.Uri.parse(uri), { selection: new vscode.Range(position, position), viewColumn: vscode.ViewColumn.One });
}

export class ReportView implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;

  show(document: vscode.TextDocument, state: DocumentState): void {
    const name = vscode.workspace.asRelativePath(document.uri);
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel("outsideIn.report", "Outside-In report", { viewColumn: vscode.ViewColumn.Beside, preserveFocus: false }, {
        enableScripts: false,
        // Only our own command, for the line links.
        enableCommandUris: [OPEN_AT],
        localResourceRoots: [],
      });
      this.panel.onDidDispose(() => (this.panel = undefined));
    }
    this.panel.title = `Outside-In report: ${name.split("/").pop()}`;
    this.panel.webview.html = reportHtml(reportModel(name, document.getText(), state.result, state.rulebook), document.uri.toString());
    this.panel.reveal(vscode.ViewColumn.Beside);
  }

  dispose(): void {
    this.panel?.dispose();
  }
}
