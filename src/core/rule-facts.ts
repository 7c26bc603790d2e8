// Facts about a rule that every host shows: the CLI's `rules`, `explain` and SARIF, the editor, the site.
import type { Rule } from "./types.ts";

/** Whether --fix can rewrite this rule's findings unattended (some rewrite is marked safe). */
export function isFixable(rule: Rule): boolean {
  switch (rule.kind) {
    case "substitution":
      return rule.swap.some((s) => s.replace !== undefined && s.safe === true);
    case "pattern":
      return rule.replace !== undefined && rule.safe === true;
    case "sequence":
      return rule.patterns.some((p) => (p.safe ?? rule.safe) === true && (p.replace ?? rule.replace ?? []).some((t) => !/\[[^\]\n]+\]/.test(t)));
    default:
      return false;
  }
}
