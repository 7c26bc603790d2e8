// Lints a file that is not open in an editor, from its bytes on disk, into the same diagnostics
// collection the open documents use (Lint workspace, and re-lints after a config change).
import * as vscode from "vscode";
import { lint } from "../../src/core/index.ts";
import { OutsideInDiagnostic } from "./diagnostics.ts";
import type { DocumentLinter } from "./document-linter.ts";
import { lintOptionsFor } from "./lint-options.ts";
import { outputLog } from "./output-log.ts";

/** File extensions Lint workspace reads, and the language each is linted as. */
export const EXTENSIONS: Record<string, string> = { md: "markdown", markdown: "markdown", mdx: "mdx", txt: "plaintext" };
const decoder = new TextDecoder();

export function languageOf(uri: vscode.Uri): string | undefined {
  return EXTENSIONS[uri.path.split(".").pop()!.toLowerCase()];
}

/**
 * Lints one closed file and sets (or clears) its diagnostics. Returns the number of findings, or
 * undefined when the file was skipped or a config reload overtook the lint.
 */
export async function lintClosedFile(linter: DocumentLinter, uri: vscode.Uri): Promise<number | undefined> {
  const generation = linter.generation;
  const stale = () => generation !== linter.generation;
  const skip = (reason: string) => {
    linter.diagnostics.delete(uri);
    outputLog().info(`skipped ${vscode.workspace.asRelativePath(uri)}: ${reason}`);
    return undefined;
  };
  const languageId = languageOf(uri);
  if (!languageId || !linter.settings.languages.includes(languageId)) return skip("its language is not in outsideIn.languages");
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch {
    return skip("it no longer exists");
  }
  if (stale()) return undefined;
  if (bytes.byteLength > linter.settings.maxFileSize) return skip(`${bytes.byteLength} bytes is over outsideIn.maxFileSize`);
  const config = await linter.configFor(uri);
  if (stale()) return undefined;
  if (config.file?.ignored) return skip("an ignore file or the config's `ignore` names it");
  if (await linter.isRuleFile(uri)) return skip("it is a custom rule definition");
  if (stale()) return undefined;
  const options = lintOptionsFor(languageId, linter.settings.rules, config.file, config.rulebook);
  const result = lint(decoder.decode(bytes), options);
  const siteUrl = config.siteUrl ?? linter.settings.siteUrl;
  linter.diagnostics.set(uri, result.findings.map((f) => new OutsideInDiagnostic(
    new vscode.Range(f.start.line - 1, f.start.column - 1, f.end.line - 1, f.end.column - 1), f, siteUrl, linter.ruleLink(f.ruleId, config.rulebook, siteUrl))));
  outputLog().info(`linted ${vscode.workspace.asRelativePath(uri)} from disk: ${result.findings.length} finding(s)`);
  return result.findings.length;
}
