// The extension's VS Code settings (outsideIn.*), read into a plain object.
import * as vscode from "vscode";
import type { SeveritySetting } from "../../src/core/index.ts";

export interface ExtensionSettings {
  enable: boolean;
  /** Language ids linted as you type. */
  languages: string[];
  /** Per-rule severities; the project config file overrides these. */
  rules: Record<string, SeveritySetting>;
  /** Documents larger than this many bytes are skipped. */
  maxFileSize: number;
  /** Base URL of the playbook site for rule links (the project config's siteUrl wins). */
  siteUrl: string;
  /** Milliseconds to wait after a keystroke before re-linting. */
  debounceMs: number;
}

export const DEFAULT_LANGUAGES = ["markdown", "mdx", "plaintext"];

export function readSettings(scope?: vscode.ConfigurationScope): ExtensionSettings {
  const c = vscode.workspace.getConfiguration("outsideIn", scope);
  return {
    enable: c.get<boolean>("enable", true),
    languages: c.get<string[]>("languages", DEFAULT_LANGUAGES),
    rules: c.get<Record<string, SeveritySetting>>("rules", {}),
    maxFileSize: c.get<number>("maxFileSize", 1_000_000),
    siteUrl: c.get<string>("siteUrl", ""),
    debounceMs: c.get<number>("debounceMs", 150),
  };
}
