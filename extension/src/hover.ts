// Hover: why the rule matters and one example, for the finding under the mouse.
import * as vscode from "vscode";
import type { DocumentLinter } from "./document-linter.ts";
import { hoverMarkdown } from "./hover-text.ts";

export class OutsideInHover implements vscode.HoverProvider {
  private readonly linter: DocumentLinter;
  constructor(linter: DocumentLinter) {
    this.linter = linter;
  }

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const state = this.linter.fresh(document);
    if (!state) return undefined;
    const offset = document.offsetAt(position);
    const hits = state.result.findings.filter((f) => f.range.start <= offset && offset < f.range.end);
    if (hits.length === 0) return undefined;
    const parts = hits.map((f) => {
      const md = new vscode.MarkdownString(hoverMarkdown(f, state.rulebook.rules.find((r) => r.id === f.ruleId), state.siteUrl,
        this.linter.ruleLink(f.ruleId, state.rulebook, state.siteUrl)));
      md.isTrusted = false;
      return md;
    });
    const first = hits[0]!;
    return new vscode.Hover(parts, new vscode.Range(document.positionAt(first.range.start), document.positionAt(first.range.end)));
  }
}
