// The built-in rulebook, compiled from content/rules/ by scripts/build-rulebook.mjs.
import compiled from "./generated/rulebook.json" with { type: "json" };
import type { Rule, Rulebook } from "./types.ts";
import { RuleFileError } from "./rules/rule-schema.ts";
import { closest } from "./config/suggest.ts";

const rulebook = compiled as unknown as Rulebook;

/** The rules that ship with Outside-In. */
export function builtinRulebook(): Rulebook {
  return rulebook;
}

/** A rulebook with `extra` rules added; an extra rule replaces the one with its id or its `replaces` id. */
export function extendRulebook(base: Rulebook, extra: Rule[]): Rulebook {
  const ids = new Set(extra.flatMap((r) => [r.id, ...(r.replaces ? [r.replaces] : [])]));
  return { version: 1, rules: [...base.rules.filter((r) => !ids.has(r.id)), ...extra], lexicons: base.lexicons };
}

/**
 * Throws RuleFileError when a project rule would silently hide another: a built-in id reused
 * without `replaces: <id>`, a `replaces` naming no built-in rule, or two project rules with one id.
 */
export function checkExtraRules(base: Rulebook, extra: readonly Rule[]): void {
  const builtin = new Set(base.rules.map((r) => r.id));
  const seen = new Map<string, string>();
  for (const rule of extra) {
    const where = rule.source ?? rule.id;
    const issues: Array<{ field: string; message: string }> = [];
    if (builtin.has(rule.id) && rule.replaces !== rule.id) {
      issues.push({ field: "id", message: `"${rule.id}" is a built-in rule's id; add "replaces: ${rule.id}" to take its place, or choose another id` });
    }
    if (rule.replaces !== undefined && !builtin.has(rule.replaces)) {
      const hint = closest(rule.replaces, [...builtin]);
      issues.push({ field: "replaces", message: `"${rule.replaces}" is not a built-in rule${hint ? `; did you mean "${hint}"?` : ""}` });
    }
    const earlier = seen.get(rule.id);
    if (earlier) issues.push({ field: "id", message: `"${rule.id}" is also the id of ${earlier}; rule ids must be unique` });
    seen.set(rule.id, where);
    if (issues.length) throw new RuleFileError(where, issues);
  }
}
