// Compiles the rule files of a content tree, so the playbook is linted with the rules next to it,
// not with a generated rulebook that may be stale.
import { parseRuleFile } from "../../src/core/rules/parse-rule-file.ts";
import type { Rulebook } from "../../src/core/types.ts";
import { isRuleFileName, parseRuleFiles } from "../../src/project/rule-files.ts";
import type { ContentProblem, ContentTree, LintFunction } from "./types.ts";

export function rulebookFromTree(tree: ContentTree): { rulebook: Rulebook; problems: ContentProblem[] } {
  // The tree is already in memory: only its top-level rule files count, filtered as the build does.
  const paths = [...tree.sources.keys()].filter((p) => /^rules\/[^/]+$/.test(p) && isRuleFileName(p.slice("rules/".length))).sort();
  const { items: rules, errors } = parseRuleFiles(paths.map((path) => ({ label: path, text: tree.sources.get(path)! })), parseRuleFile);
  // Rule files belong to the rules engineer; an invalid one is skipped here and reported by their build.
  const problems: ContentProblem[] = errors.map(({ label, error }) => ({
    file: label,
    field: "rule",
    message: `skipped while linting the playbook: ${error.message.split("\n")[0]}`,
  }));
  return { rulebook: { version: 1, rules }, problems };
}

/** lint() bound to the tree's own rules, or to the built-in rulebook when the tree has none. */
export function lintForTree(tree: ContentTree, lint: LintFunction, fallback: Rulebook): { lint: LintFunction; ruleCount: number; fromTree: boolean; problems: ContentProblem[] } {
  const { rulebook, problems } = rulebookFromTree(tree);
  const fromTree = rulebook.rules.length > 0;
  const chosen = fromTree ? rulebook : fallback;
  return { lint: (text, options) => lint(text, { ...options, rulebook: chosen }), ruleCount: chosen.rules.length, fromTree, problems };
}
