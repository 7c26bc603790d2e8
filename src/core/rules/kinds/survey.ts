// Survey rules: questions that ask respondents to judge the company rather than describe their own goals.
import type { SurveyRule } from "../../types.ts";
import { compilePattern } from "../safe-pattern.ts";
import { contextAllows, triggersOf, type CompiledRule } from "../compiled-rule.ts";
import { firstMatchFinding } from "./rewrite.ts";

export function compileSurvey(rule: SurveyRule): CompiledRule {
  const asks = rule.asks.map(compilePattern);
  const unless = (rule.unless ?? []).map(compilePattern);
  // Survey rules look at questions unless the rule file says otherwise.
  const conditions = { ...rule, question: rule.question ?? true };
  return {
    rule,
    triggers: triggersOf(asks),
    checkSentence(sentence, source) {
      if (!contextAllows(conditions, sentence)) return [];
      if (unless.some((p) => p.test(sentence.text))) return [];
      return firstMatchFinding(asks, sentence, source, rule.message, rule.replace, false);
    },
  };
}
