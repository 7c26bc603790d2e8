// Command "Lint workspace": every matching file's findings in the Problems panel, with a
// cancellable progress notification.
import * as vscode from "vscode";
import { lint } from "../../src/core/index.ts";
import { OutsideInDiagnostic } from "./diagnostics.ts";
import type { DocumentLinter } from "./document-linter.ts";
import { lintOptionsFor } from "./lint-options.ts";

const EXTENSIONS: Record<string, string> = { md: "markdown", markdown: "markdown", mdx: "mdx", txt: "plaintext" };
const decoder = new TextDecoder();

export async function lintWorkspace(linter: DocumentLinter): Promise<void> {
  const languages = linter.settings.languages;
  const exts = Object.keys(EXTENSIONS).filter((e) => languages.includes(EXTENSIONS[e]!));
  if (exts.length === 0) return;
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: "Outside-In: linting workspace", cancellable: true },
    async (progress, token) => {
      const files = await vscode.workspace.findFiles(`**/*.{${exts.join(",")}}`, "**/{node_modules,.git,.outside-in-cache}/**", undefined, token);
      let done = 0;
      let findings = 0;
      for (const uri of files) {
        if (token.isCancellationRequested) break;
        progress.report({ message: `${done}/${files.length} ${vscode.workspace.asRelativePath(uri)}`, increment: 100 / files.length });
        done++;
        const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        if (open) {
          await linter.lint(open);
          findings += linter.state(open)?.result.findings.length ?? 0;
          continue;
        }
        const bytes = await vscode.workspace.fs.readFile(uri);
        if (bytes.byteLength > linter.settings.maxFileSize) continue;
        const config = await linter.configFor(uri);
        if (config.file?.ignored) continue;
        const languageId = EXTENSIONS[uri.path.split(".").pop()!.toLowerCase()]!;
        const options = lintOptionsFor(languageId, linter.settings.rules, config.file, config.rulebook);
        const result = lint(decoder.decode(bytes), options);
        const siteUrl = config.siteUrl ?? linter.settings.siteUrl;
        linter.diagnostics.set(uri, result.findings.map((f) => new OutsideInDiagnostic(
          new vscode.Range(f.start.line - 1, f.start.column - 1, f.end.line - 1, f.end.column - 1), f, siteUrl)));
        findings += result.findings.length;
        // Let the UI breathe between files.
        await new Promise<void>((resolve) => setTimeout(resolve, 0));
      }
      const verb = token.isCancellationRequested ? "Cancelled after" : "Linted";
      void vscode.window.setStatusBarMessage(`Outside-In: ${verb} ${done} of ${files.length} files, ${findings} findings`, 5000);
    },
  );
}
