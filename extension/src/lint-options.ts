// Pure: the LintOptions for one document, from the VS Code settings and the project config.
import type { LintOptions, Rulebook, SeveritySetting } from "../../src/core/index.ts";
import { lintOptionsFromSettings, type FileSettings } from "../../src/core/config/index.ts";

/** Plain text is linted as prose; everything else (Markdown, MDX) as Markdown. */
export function syntaxFor(languageId: string): "markdown" | "text" {
  return languageId === "plaintext" ? "text" : "markdown";
}

/** Where inline `<!-- outside-in-disable … -->` comments can go (MDX rejects HTML comments). */
export function supportsHtmlComments(languageId: string): boolean {
  return syntaxFor(languageId) === "markdown" && languageId !== "mdx";
}

/**
 * Settings first, then the project config on top: the config file is what the team and the CLI
 * agree on, so it wins where both name a rule.
 */
export function lintOptionsFor(
  languageId: string,
  settingsRules: Record<string, SeveritySetting>,
  file: FileSettings | undefined,
  rulebook: Rulebook,
): LintOptions {
  const fromConfig = file ? lintOptionsFromSettings(file) : { rules: {} };
  return { ...fromConfig, rulebook, syntax: syntaxFor(languageId), rules: { ...settingsRules, ...fromConfig.rules } };
}

/** A stable key for options, so a document's incremental linter is reused while they stay the same. */
export function optionsKey(options: LintOptions, rulebookKey: string): string {
  const { rulebook: _rulebook, ...rest } = options;
  const rules = Object.entries(rest.rules ?? {}).sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify({ ...rest, rules, rulebookKey });
}
