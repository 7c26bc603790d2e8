// Which rules run for a document, at what severity: shared by lint() and incremental linting.
import type { LintOptions, Rule, Severity } from "./types.ts";
import type { CompiledRule } from "./rules/compiled-rule.ts";
import { compiledRule } from "./rules/compile.ts";
import { builtinRulebook } from "./rulebook.ts";

export interface ActiveRule {
  compiled: CompiledRule;
  severity: Severity;
}

/** The rulebook's rules minus those switched off or limited to other document types. */
export function activeRules(options: LintOptions): ActiveRule[] {
  const rules: Rule[] = (options.rulebook ?? builtinRulebook()).rules;
  const active: ActiveRule[] = [];
  for (const rule of rules) {
    const setting = options.rules?.[rule.id] ?? rule.severity;
    if (setting === "off") continue;
    const type = options.documentType;
    if (type && type !== "any" && !rule.appliesTo.includes("any") && !rule.appliesTo.includes(type)) continue;
    let effective = rule;
    // The configured perspective threshold replaces the metric rule's own minimum.
    if (rule.kind === "metric" && rule.metric === "perspective-score" && options.perspectiveThreshold !== undefined) {
      effective = { ...rule, min: options.perspectiveThreshold };
    }
    active.push({ compiled: compiledRule(effective), severity: setting });
  }
  return active;
}
