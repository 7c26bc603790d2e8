// The learned layer as a rule: scores each sentence no other rule flagged with the built-in model
// and reports the whole sentence, naming the category, the words that weighed most and the
// principle to read. It offers no rewrite.
import type { LearnedRule } from "../../types.ts";
import { tokensOf } from "../../nlp/analyse.ts";
import { sentenceFeatures } from "../../learned/features.ts";
import { predict, probability, type LearnedModel } from "../../learned/model.ts";
import { builtinModel } from "../../learned/builtin-model.ts";
import { contextAllows, type CompiledRule } from "../compiled-rule.ts";
import type { WordClass } from "../sequence/word-classes.ts";

/** The words behind the strongest features: lemmas as words, lexicons by name. */
function weighedMost(reasons: readonly string[], classes: ReadonlyMap<string, WordClass>): string {
  const words = reasons
    .filter((f) => f.startsWith("w:") || (f.startsWith("c:") && classes.has(f.slice(2))))
    .map((f) => (f.startsWith("w:") ? `"${f.slice(2)}"` : `${f.slice(2).replace(/-/g, " ")} words`))
    .filter((w) => !/^"<(?:num|name)>"$/.test(w))
    .slice(0, 3);
  return words.length > 1 ? `${words.slice(0, -1).join(", ")} and ${words.at(-1)}` : (words[0] ?? "its wording");
}

export function compileLearned(rule: LearnedRule, classes: ReadonlyMap<string, WordClass>, threshold?: number, model: LearnedModel = builtinModel()): CompiledRule {
  const cutoff = Math.max(threshold ?? model.threshold, 0);
  return {
    rule,
    fallback: true,
    checkSentence(sentence) {
      if (!contextAllows(rule, sentence)) return [];
      const features = sentenceFeatures(tokensOf(sentence), classes, sentence.isQuestion, sentence.actor);
      // Most sentences fall short: only a sentence that is flagged needs its category and reasons.
      if (probability(model, features) < cutoff) return [];
      const p = predict(model, features);
      const principle = rule.principles[p.category];
      const message = rule.message
        .replace(/\{category\}/g, p.category.replace(/-/g, " "))
        .replace(/\{words\}/g, weighedMost(p.reasons, classes))
        .replace(/\{principle\}/g, principle.replace(/-/g, " "))
        .replace(/\{probability\}/g, p.probability.toFixed(2));
      return [{ start: sentence.start, end: sentence.start + sentence.text.length, message, suggestions: [], category: p.category, principle }];
    },
  };
}
