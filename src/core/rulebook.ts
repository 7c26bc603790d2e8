// The built-in rulebook, compiled from content/rules/ by scripts/build-rulebook.mjs.
import compiled from "./generated/rulebook.json" with { type: "json" };
import type { Rule, Rulebook } from "./types.ts";

const rulebook = compiled as unknown as Rulebook;

/** The rules that ship with Outside-In. */
export function builtinRulebook(): Rulebook {
  return rulebook;
}

/** A rulebook with `extra` rules added; an extra rule with a built-in id replaces it. */
export function extendRulebook(base: Rulebook, extra: Rule[]): Rulebook {
  const ids = new Set(extra.map((r) => r.id));
  return { version: 1, rules: [...base.rules.filter((r) => !ids.has(r.id)), ...extra], lexicons: base.lexicons };
}
