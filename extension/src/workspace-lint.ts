// Command "Lint workspace": every matching file's findings in the Problems panel, with a
// cancellable progress notification. Rule definition files and ignored files are skipped.
import * as vscode from "vscode";
import { EXTENSIONS, lintClosedFile } from "./closed-file.ts";
import type { DocumentLinter } from "./document-linter.ts";
import { outputLog } from "./output-log.ts";

export async function lintWorkspace(linter: DocumentLinter): Promise<void> {
  const languages = linter.settings.languages;
  const exts = Object.keys(EXTENSIONS).filter((e) => languages.includes(EXTENSIONS[e]!));
  if (exts.length === 0 || !linter.settings.enable) {
    outputLog().info("Lint workspace: nothing to do (disabled, or no linted languages)");
    return;
  }
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: "Outside-In: linting workspace", cancellable: true },
    async (progress, token) => {
      const files = await vscode.workspace.findFiles(`**/*.{${exts.join(",")}}`, "**/{node_modules,.git,.outside-in-cache}/**", undefined, token);
      outputLog().info(`Lint workspace: ${files.length} file(s) match`);
      let done = 0;
      let findings = 0;
      for (const uri of files) {
        if (token.isCancellationRequested) break;
        progress.report({ message: `${done}/${files.length} ${vscode.workspace.asRelativePath(uri)}`, increment: 100 / files.length });
        done++;
        linter.markWorkspaceLinted(uri);
        const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        if (open) {
          await linter.lint(open);
          findings += linter.state(open)?.result.findings.length ?? 0;
          continue;
        }
        findings += (await lintClosedFile(linter, uri)) ?? 0;
        // Let the UI breathe between files.
        await new Promise<void>((resolve) => setTimeout(resolve, 0));
      }
      const verb = token.isCancellationRequested ? "Cancelled after" : "Linted";
      outputLog().info(`Lint workspace: ${verb.toLowerCase()} ${done} of ${files.length} files, ${findings} findings`);
      void vscode.window.setStatusBarMessage(`Outside-In: ${verb} ${done} of ${files.length} files, ${findings} findings`, 5000);
    },
  );
}
