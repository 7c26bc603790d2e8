// Pure: where a rule's link goes. Built-in rules have a page on the playbook site; a project's own
// rules do not, so their link opens the rule file itself.
import { ruleHelpUrl } from "../../src/core/config/index.ts";
import type { Rule, Rulebook } from "../../src/core/index.ts";

/**
 * The rule's page for a built-in rule, else `ruleFileUrl(rule.source)` (the rule file), else the
 * site page as a last resort. `builtin` is the built-in rulebook: project rules are other objects.
 */
export function ruleLink(
  ruleId: string,
  rulebook: Rulebook,
  builtin: Rulebook,
  siteUrl: string,
  ruleFileUrl: (source: string) => string | undefined,
): string {
  const rule: Rule | undefined = rulebook.rules.find((r) => r.id === ruleId);
  const custom = rule !== undefined && !builtin.rules.includes(rule);
  const file = custom && rule.source ? ruleFileUrl(rule.source) : undefined;
  return file ?? ruleHelpUrl(ruleId, siteUrl || undefined);
}
