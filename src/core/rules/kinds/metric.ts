// Metric rules: measure the whole document and flag it when a measure is out of bounds.
import type { MetricRule } from "../../types.ts";
import type { CompiledRule, DocumentFacts } from "../compiled-rule.ts";

const WE = /\b(?:we|we['’](?:ll|re|ve|d)|our|ours|us)\b/gi;
const YOU = /\b(?:you|you['’](?:ll|re|ve|d)|your|yours|yourself)\b/gi;

/** How often the document says we/our/us for each you/your (0 when it never says either). */
export function weYouRatio(facts: DocumentFacts): number {
  let we = 0;
  let you = 0;
  for (const s of facts.sentences) {
    we += s.text.match(WE)?.length ?? 0;
    you += s.text.match(YOU)?.length ?? 0;
  }
  if (we === 0) return 0;
  return you === 0 ? we : we / you;
}

function measure(rule: MetricRule, facts: DocumentFacts): number {
  return rule.metric === "we-you-ratio" ? weYouRatio(facts) : facts.perspectiveScore;
}

export function compileMetric(rule: MetricRule): CompiledRule {
  return {
    rule,
    checkDocument(facts) {
      if (facts.sentences.length < (rule.minSentences ?? 1)) return [];
      const value = Math.round(measure(rule, facts) * 100) / 100;
      const low = rule.min !== undefined && value < rule.min;
      const high = rule.max !== undefined && value > rule.max;
      if (!low && !high) return [];
      const first = facts.sentences[0]!;
      const bound = low ? `below the minimum of ${rule.min}` : `above the maximum of ${rule.max}`;
      return [{
        start: first.start,
        end: first.start + first.text.length,
        message: `${rule.message} (${rule.metric} is ${value}, ${bound}.)`,
        suggestions: [],
      }];
    },
  };
}
