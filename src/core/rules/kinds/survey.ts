// Survey rules: questions that ask respondents to judge the company rather than describe their own goals.
import type { SurveyRule } from "../../types.ts";
import { compilePattern } from "../safe-pattern.ts";
import { insideMention } from "../../text/mentions.ts";
import { contextAllows, formatMessage, triggersOf, type CompiledRule } from "../compiled-rule.ts";
import { rewriteSuggestion } from "./rewrite.ts";

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
      for (const pattern of asks) {
        const m = pattern.matchAll(sentence.text).find((x) => !insideMention(sentence.mentions, x.start, x.end));
        if (!m) continue;
        const start = sentence.start + m.start;
        const end = sentence.start + m.end;
        const prose = sentence.text.slice(m.start, m.end);
        const suggestion = rule.replace === undefined
          ? undefined
          : rewriteSuggestion(source, prose, start, end, rule.replace, m.groups, false);
        return [{ start, end, message: formatMessage(rule.message, prose), suggestions: suggestion ? [suggestion] : [] }];
      }
      return [];
    },
  };
}
