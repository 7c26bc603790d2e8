// A tiny rulebook for core tests, so they do not depend on the wording of the shipped rules.
import { validateRule, type Rule, type Rulebook } from "../../src/core/index.ts";

export function rule(fields: Record<string, unknown>): Rule {
  return validateRule(
    { title: "Test rule", category: "liability", severity: "warning", principle: "transparency", appliesTo: ["any"], message: "Flagged {match}.", ...fields },
    "test",
  );
}

// Not "liability": legal clauses are never rewritten unattended, and these fixtures test fixing itself.
export const soleDiscretion = rule({
  id: "test-sole-discretion",
  kind: "substitution",
  category: "evasive",
  severity: "error",
  swap: [{ pattern: "at our sole discretion", replace: "based on the published criteria", safe: true }],
});

export const usersMust = rule({
  id: "test-users-must",
  kind: "substitution",
  category: "obligation",
  swap: [{ pattern: "(users|customers) must", replace: "you must", safe: true }],
});

export const satisfied = rule({
  id: "test-how-satisfied",
  kind: "survey",
  category: "survey",
  asks: ["how satisfied are you with (?:our|the) \\w+"],
});

export const weProud = rule({
  id: "test-we-proud",
  kind: "pattern",
  category: "we-centric",
  patterns: ["proud"],
  actors: ["company"],
});

export const testRulebook: Rulebook = { version: 1, rules: [soleDiscretion, usersMust, satisfied, weProud] };
