// Sentence-pattern rules: a pattern must match, every `requires` must match too, no `unless` may.
import type { PatternRule } from "../../types.ts";
import { compilePattern } from "../safe-pattern.ts";
import { insideMention } from "../../text/mentions.ts";
import { contextAllows, formatMessage, triggersOf, type CompiledRule } from "../compiled-rule.ts";
import { rewriteSuggestion } from "./rewrite.ts";

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
      for (const pattern of patterns) {
        const m = pattern.matchAll(sentence.text).find((x) => !insideMention(sentence.mentions, x.start, x.end));
        if (!m) continue;
        const start = sentence.start + m.start;
        const end = sentence.start + m.end;
        const prose = sentence.text.slice(m.start, m.end);
        const suggestion = rule.replace === undefined
          ? undefined
          : rewriteSuggestion(source, prose, start, end, rule.replace, m.groups, rule.safe ?? false);
        // One finding per sentence: the sentence, not each word, is the problem.
        return [{ start, end, message: formatMessage(rule.message, prose), suggestions: suggestion ? [suggestion] : [] }];
      }
      return [];
    },
  };
}
