// The document-wide half of linting, shared by lint() and incremental linting: turning raw
// findings into findings, inline directives, the perspective score and metric rules.
import type { HtmlComment } from "./markdown/prose-view.ts";
import type { Category, Finding, LintOptions, LintResult, Sentence, Suggestion } from "./types.ts";
import type { LineIndex } from "./positions.ts";
import type { RawFinding } from "./rules/compiled-rule.ts";
import type { ActiveRule } from "./active-rules.ts";
import { perspectiveScore } from "./score.ts";
import { applyDirectives, parseDirectives } from "./inline-config.ts";
import { withoutExceptions } from "./exceptions.ts";

// Legal clauses (liability, indemnity, warranty) change their effect with their words: a rewrite
// of one is offered for the writer to check, never applied by --fix.
const NEVER_SAFE: ReadonlySet<Category> = new Set(["liability"]);

/**
 * Suggestions in the order a careful editor would pick: the ones that keep the meaning (safe)
 * first, then complete rewrites, then ones that ask the writer for a fact; a rule's own order
 * breaks ties.
 */
export function rankSuggestions(suggestions: readonly Suggestion[], category: Category): Suggestion[] {
  const rank = (s: Suggestion) => (s.safe ? 0 : s.placeholders?.length ? 2 : 1);
  return suggestions
    .map((s) => (s.safe && NEVER_SAFE.has(category) ? { ...s, safe: false } : s))
    .map((s, i) => ({ s, i }))
    .sort((a, b) => rank(a.s) - rank(b.s) || a.i - b.i)
    .map(({ s }) => s);
}

/** A finding with its rule's id, severity and category, and positions in `text`. */
export function toFinding(text: string, lines: LineIndex, active: ActiveRule, raw: RawFinding): Finding {
  const category = raw.category ?? active.compiled.rule.category;
  return {
    ruleId: active.compiled.rule.id,
    severity: active.severity,
    category,
    message: raw.message,
    excerpt: text.slice(raw.start, raw.end),
    range: { start: raw.start, end: raw.end },
    start: lines.position(raw.start),
    end: lines.position(raw.end),
    suggestions: rankSuggestions(raw.suggestions, category),
    ...(raw.principle ? { principle: raw.principle } : {}),
  };
}

export interface DocumentPieces {
  text: string;
  lines: LineIndex;
  rules: readonly ActiveRule[];
  sentences: Sentence[];
  comments: HtmlComment[];
  sentenceFindings: Finding[];
  options: LintOptions;
}

/** Applies inline directives, scores the document, runs metric rules and sorts the findings. */
export function finishDocument({ text, lines, rules, sentences, comments, sentenceFindings: found, options }: DocumentPieces): LintResult {
  // Accepted phrases count neither as findings nor against the score.
  const sentenceFindings = withoutExceptions(found, options.exceptions);
  const directives = options.inlineConfig !== false ? parseDirectives(comments, text, lines) : [];
  const { kept } = applyDirectives(sentenceFindings, directives, lines);
  const perspective = perspectiveScore(sentences, kept);
  const documentFindings: Finding[] = [];
  for (const active of rules) {
    const check = active.compiled.checkDocument;
    if (!check) continue;
    for (const raw of check({ sentences, findings: kept, perspectiveScore: perspective.score })) {
      documentFindings.push(toFinding(text, lines, active, raw));
    }
  }
  const all = applyDirectives([...sentenceFindings, ...documentFindings], directives, lines);
  const findings = all.kept.sort(
    (a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.ruleId.localeCompare(b.ruleId),
  );
  return { findings, perspective, unusedDisables: all.unused };
}
