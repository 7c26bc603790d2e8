// Sequence rules: token patterns over the sentence's tagged tokens. The tokens are computed only
// for sentences that hold an anchor word (see sequenceTriggers), and then shared with every rule.
import type { SequenceRule, TokenPattern } from "../../types.ts";
import { tokensOf, wordsOf } from "../../nlp/analyse.ts";
import { insideMention } from "../../text/mentions.ts";
import { contextAllows, formatMessage, type CompiledRule, type RawFinding } from "../compiled-rule.ts";
import { CompiledTokenPattern } from "../sequence/match-tokens.ts";
import { fillSequenceTemplate, hasPlaceholder } from "../sequence/rewrite-template.ts";
import { anchorForms, sequenceTriggers } from "../sequence/anchors.ts";
import type { WordClass } from "../sequence/word-classes.ts";
import { replacementSuggestion } from "./rewrite.ts";

function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  for (const word of small) if (large.has(word)) return true;
  return false;
}

export function compileSequence(rule: SequenceRule, classes: ReadonlyMap<string, WordClass>): CompiledRule {
  const compile = (p: TokenPattern) => new CompiledTokenPattern(p, classes);
  const patterns = rule.patterns.map((p) => ({
    matcher: compile(p.tokens),
    anchor: anchorForms(p.tokens, classes),
    replace: p.replace ?? rule.replace ?? [],
    safe: p.safe ?? rule.safe ?? false,
  }));
  const requires = (rule.requires ?? []).map(compile);
  const unless = (rule.unless ?? []).map(compile);
  return {
    rule,
    triggers: sequenceTriggers(rule, classes),
    wholeWordTriggers: true,
    checkSentence(sentence, source): RawFinding[] {
      if (!contextAllows(rule, sentence)) return [];
      const tokens = tokensOf(sentence);
      // A pattern whose anchor word is absent cannot match: skip it without searching.
      const words = wordsOf(sentence);
      for (const pattern of patterns) {
        if (pattern.anchor && !intersects(pattern.anchor, words)) continue;
        const m = pattern.matcher.firstMatch(tokens, 0, (x) => !insideMention(sentence.mentions, tokens[x.start]!.start, tokens[x.end - 1]!.end));
        if (!m) continue;
        // The sentence-wide conditions are checked only once something matched.
        if (!requires.every((p) => p.firstMatch(tokens)) || unless.some((p) => p.firstMatch(tokens))) return [];
        const from = tokens[m.start]!.start;
        const to = tokens[m.end - 1]!.end;
        const prose = sentence.text.slice(from, to);
        const start = sentence.start + from;
        const end = sentence.start + to;
        const suggestions = pattern.replace.flatMap((template) => {
          const replacement = fillSequenceTemplate(template, m, tokens, sentence.text);
          const suggestion = replacementSuggestion(source, prose, start, end, replacement, pattern.safe && !hasPlaceholder(replacement));
          return suggestion ? [suggestion] : [];
        });
        return [{ start, end, message: formatMessage(rule.message, prose), suggestions }];
      }
      return [];
    },
  };
}
