// Sentence-pattern rules: a pattern must match, every `requires` must match too, no `unless` may.
import type { PatternRule } from "../../types.ts";
import { compilePattern } from "../safe-pattern.ts";
import { contextAllows, triggersOf, type CompiledRule } from "../compiled-rule.ts";
import { firstMatchFinding } from "./rewrite.ts";

export function compilePatternRule(rule: PatternRule): CompiledRule {
  const patterns = rule.patterns.map(compilePattern);
  const requires = (rule.requires ?? []).map(compilePattern);
  const unless = (rule.unless ?? []).map(compilePattern);
  return {
    rule,
    triggers: triggersOf(patterns),
    checkSentence(sentence, source) {
      if (!contextAllows(rule, sentence)) return [];
      if (!requires.every((p) => p.test(sentence.text))) return [];
      if (unless.some((p) => p.test(sentence.text))) return [];
      return firstMatchFinding(patterns, sentence, source, rule.message, rule.replace, rule.safe ?? false);
    },
  };
}
