// lint(): the one entry point every front end calls.
import type { Finding, LintOptions, LintResult } from "./types.ts";
import { buildProseView } from "./markdown/prose-view.ts";
import { splitSentences } from "./text/sentences.ts";
import { createLineIndex } from "./positions.ts";
import type { RawFinding } from "./rules/compiled-rule.ts";
import { perspectiveScore } from "./score.ts";
import { applyDirectives, parseDirectives } from "./inline-config.ts";
import { activeRules, checkSentence, type ActiveRule } from "./active-rules.ts";

/** Lints a Markdown (or plain text) document for company-perspective writing. */
export function lint(text: string, options: LintOptions = {}): LintResult {
  const lines = createLineIndex(text);
  const view = buildProseView(text, { syntax: options.syntax, frontMatterFields: options.frontMatterFields });
  const sentences = splitSentences(view);
  const rules = activeRules(options);

  const toFinding = (active: ActiveRule, raw: RawFinding): Finding => ({
    ruleId: active.compiled.rule.id,
    severity: active.severity,
    category: active.compiled.rule.category,
    message: raw.message,
    excerpt: text.slice(raw.start, raw.end),
    range: { start: raw.start, end: raw.end },
    start: lines.position(raw.start),
    end: lines.position(raw.end),
    suggestions: raw.suggestions,
  });

  const sentenceFindings: Finding[] = [];
  for (const sentence of sentences) {
    for (const [r, raw] of checkSentence(rules, sentence, text)) sentenceFindings.push(toFinding(rules[r]!, raw));
  }

  const useDirectives = options.inlineConfig !== false;
  const directives = useDirectives ? parseDirectives(view.comments, text, lines) : [];
  const { kept } = applyDirectives(sentenceFindings, directives, lines);
  const perspective = perspectiveScore(sentences, kept);

  const documentFindings: Finding[] = [];
  for (const active of rules) {
    const check = active.compiled.checkDocument;
    if (!check) continue;
    for (const raw of check({ sentences, findings: kept, perspectiveScore: perspective.score })) {
      documentFindings.push(toFinding(active, raw));
    }
  }
  const all = applyDirectives([...sentenceFindings, ...documentFindings], directives, lines);
  const findings = all.kept.sort(
    (a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.ruleId.localeCompare(b.ruleId),
  );
  return { findings, perspective, unusedDisables: all.unused };
}
