// Substitution rules: each `swap` pattern that matches is flagged and rewritten from its template.
import type { SubstitutionRule } from "../../types.ts";
import { compilePattern } from "../safe-pattern.ts";
import { insideMention } from "../../text/mentions.ts";
import { contextAllows, formatMessage, triggersOf, type CompiledRule, type RawFinding } from "../compiled-rule.ts";
import { rewriteSuggestion } from "./rewrite.ts";

export function compileSubstitution(rule: SubstitutionRule): CompiledRule {
  const swaps = rule.swap.map((swap) => ({ swap, pattern: compilePattern(swap.pattern) }));
  const unless = (rule.unless ?? []).map(compilePattern);
  return {
    rule,
    triggers: triggersOf(swaps.map((s) => s.pattern)),
    checkSentence(sentence, source) {
      if (!contextAllows(rule, sentence)) return [];
      if (unless.some((p) => p.test(sentence.text))) return [];
      const findings: RawFinding[] = [];
      const taken: Array<[number, number]> = [];
      for (const { swap, pattern } of swaps) {
        for (const m of pattern.matchAll(sentence.text)) {
          if (insideMention(sentence.mentions, m.start, m.end)) continue;
          // Earlier swaps win where two swaps of one rule match the same words.
          if (taken.some(([s, e]) => m.start < e && m.end > s)) continue;
          taken.push([m.start, m.end]);
          const start = sentence.start + m.start;
          const end = sentence.start + m.end;
          const prose = sentence.text.slice(m.start, m.end);
          const suggestion = swap.replace === undefined
            ? undefined
            : rewriteSuggestion(source, prose, start, end, swap.replace, m.groups, swap.safe ?? false);
          findings.push({
            start,
            end,
            message: formatMessage(swap.message ?? rule.message, prose),
            suggestions: suggestion ? [suggestion] : [],
          });
        }
      }
      return findings;
    },
  };
}
