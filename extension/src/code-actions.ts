// Quick fixes from the core's suggestions, disable comments, and source.fixAll for our fixes.
import * as vscode from "vscode";
import { fixAll, type Finding, type TextEdit } from "../../src/core/index.ts";
import { SOURCE } from "./diagnostics.ts";
import { actionSpecs, minimalEdit } from "./action-specs.ts";
import type { DocumentLinter, DocumentState } from "./document-linter.ts";
import { supportsHtmlComments } from "./lint-options.ts";
import { ADD_EXCEPTION } from "./add-exception.ts";

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append("outsideIn");
export const INSERT_SNIPPET = "outsideIn.insertRewrite";

/** Inserts a rewrite as a snippet in the document's editor (the quick fix's command for placeholders). */
export async function insertRewrite(uri: vscode.Uri, range: vscode.Range, snippet: string): Promise<void> {
  const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString())
    ?? (await vscode.window.showTextDocument(uri));
  await editor.insertSnippet(new vscode.SnippetString(snippet), range);
}

function workspaceEdit(document: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) {
    edit.replace(document.uri, new vscode.Range(document.positionAt(e.range.start), document.positionAt(e.range.end)), e.text);
  }
  return edit;
}

/** The finding behind a diagnostic VS Code hands back (diagnostics are copied, so match by rule and range). */
function findingFor(document: vscode.TextDocument, findings: readonly Finding[], diagnostic: vscode.Diagnostic): Finding | undefined {
  const code = typeof diagnostic.code === "object" ? diagnostic.code.value : diagnostic.code;
  const start = document.offsetAt(diagnostic.range.start);
  const end = document.offsetAt(diagnostic.range.end);
  return findings.find((f) => f.ruleId === code && f.range.start === start && f.range.end === end);
}

const problems = (n: number) => `${n} problem${n === 1 ? "" : "s"}`;

export class OutsideInCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND];
  private readonly linter: DocumentLinter;
  constructor(linter: DocumentLinter) {
    this.linter = linter;
  }

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const state = this.linter.fresh(document);
    if (!state) return [];
    if (context.only && !context.only.contains(vscode.CodeActionKind.QuickFix)) {
      return FIX_ALL_KIND.intersects(context.only) ? this.fixAll(document) : [];
    }
    const actions: vscode.CodeAction[] = [];
    const text = document.getText();
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== SOURCE) continue;
      const finding = findingFor(document, state.result.findings, diagnostic);
      if (!finding) continue;
      for (const spec of actionSpecs(finding, text, supportsHtmlComments(document.languageId))) {
        const action = new vscode.CodeAction(spec.title, vscode.CodeActionKind.QuickFix);
        if (spec.snippet) {
          // A rewrite with placeholders goes in as a snippet: each placeholder a tab stop, selected.
          const range = new vscode.Range(document.positionAt(spec.snippet.range.start), document.positionAt(spec.snippet.range.end));
          action.command = { command: INSERT_SNIPPET, title: spec.title, arguments: [document.uri, range, spec.snippet.text] };
        } else action.edit = workspaceEdit(document, spec.edits);
        action.diagnostics = [diagnostic];
        action.isPreferred = spec.preferred;
        actions.push(action);
      }
      const phrase = finding.excerpt.replace(/\s+/g, " ").trim();
      if (phrase) {
        // Accepting the phrase goes into the project config, where the CLI and the team see it.
        const accept = new vscode.CodeAction(`Add "${phrase}" to the project's exceptions`, vscode.CodeActionKind.QuickFix);
        accept.command = { command: ADD_EXCEPTION, title: accept.title, arguments: [document.uri, phrase] };
        accept.diagnostics = [diagnostic];
        actions.push(accept);
      }
    }
    // "Fix all" in the Ctrl+. menu too, next to our quick fixes.
    if (actions.length > 0) {
      actions.push(...fixAllActions(document, state, vscode.CodeActionKind.QuickFix, (n) => `Fix all in this document (${problems(n)})`));
    }
    return actions;
  }

  /** source.fixAll: every safe fix, to a fixpoint, by the core's fixAll; one minimal edit. */
  fixAll(document: vscode.TextDocument): vscode.CodeAction[] {
    const state = this.linter.state(document);
    return state ? fixAllActions(document, state, FIX_ALL_KIND, (n) => `Outside-In: fix ${problems(n)}`) : [];
  }
}

/** The one fix-all action (of `kind`) for a document's state, or none when nothing is safely fixable. */
function fixAllActions(document: vscode.TextDocument, state: Pick<DocumentState, "options">, kind: vscode.CodeActionKind, title: (fixed: number) => string): vscode.CodeAction[] {
  const before = document.getText();
  const { output, fixed } = fixAll(before, state.options);
  const edit = minimalEdit(before, output);
  if (!edit || fixed === 0) return [];
  const action = new vscode.CodeAction(title(fixed), kind);
  action.edit = workspaceEdit(document, [edit]);
  return [action];
}
