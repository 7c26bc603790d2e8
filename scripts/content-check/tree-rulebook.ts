// Compiles the rule files of a content tree, so the playbook is linted with the rules next to it,
// not with a generated rulebook that may be stale.
import { parseRuleFile } from "../../src/core/rules/parse-rule-file.ts";
import type { Rule, Rulebook } from "../../src/core/types.ts";
import type { ContentProblem, ContentTree, LintFunction } from "./types.ts";

export function rulebookFromTree(tree: ContentTree): { rulebook: Rulebook; problems: ContentProblem[] } {
  const rules: Rule[] = [];
  const problems: ContentProblem[] = [];
  const paths = [...tree.sources.keys()].filter((p) => /^rules\/[^/_][^/]*\.md$/.test(p) && p !== "rules/index.md").sort();
  for (const path of paths) {
    try {
      rules.push(parseRuleFile(tree.sources.get(path)!, path));
    } catch (error) {
      // Rule files belong to the rules engineer; an invalid one is skipped here and reported by their build.
      problems.push({ file: path, field: "rule", message: `skipped while linting the playbook: ${(error as Error).message.split("\n")[0]}` });
    }
  }
  return { rulebook: { version: 1, rules }, problems };
}

/** lint() bound to the tree's own rules, or to the built-in rulebook when the tree has none. */
export function lintForTree(tree: ContentTree, lint: LintFunction, fallback: Rulebook): { lint: LintFunction; ruleCount: number; fromTree: boolean; problems: ContentProblem[] } {
  const { rulebook, problems } = rulebookFromTree(tree);
  const fromTree = rulebook.rules.length > 0;
  const chosen = fromTree ? rulebook : fallback;
  return { lint: (text, options) => lint(text, { ...options, rulebook: chosen }), ruleCount: chosen.rules.length, fromTree, problems };
}
