// Applies each suggestion alone and lints the result again: a rewrite that a rule flags again on
// the words it changed is a rewrite the writer cannot accept. Sentence rules only: the learned
// layer judges whole sentences and metric rules whole documents.
import { applyFixes, builtinRulebook, lint, type Finding, type LintOptions, type Suggestion } from "../../src/core/index.ts";

export interface Reflagged {
  ruleId: string;
  excerpt: string;
  suggestion: Suggestion;
  /** The text after applying the suggestion. */
  output: string;
  /** Findings on the changed words, after the change. */
  again: Finding[];
}

const SENTENCE_LEVEL = (f: Finding) => f.ruleId !== "company-perspective" && f.range.end > f.range.start && !f.ruleId.startsWith("perspective-score");

/** The changed stretches of the output: each edit's new text, in output offsets. */
function changedRanges(suggestion: Suggestion): Array<[number, number]> {
  const edits = [...suggestion.edits].sort((a, b) => a.range.start - b.range.start);
  let shift = 0;
  return edits.map((e) => {
    const start = e.range.start + shift;
    shift += e.text.length - (e.range.end - e.range.start);
    // A deletion leaves a point; flag what touches it.
    return [start, start + Math.max(e.text.length, 1)] as [number, number];
  });
}

/**
 * True when `ruleId`, run alone, already flagged the words the suggestion replaced: another rule
 * won those words (one finding per span), so the rewrite did not cause it.
 */
function flaggedBefore(text: string, options: LintOptions, ruleId: string, suggestion: Suggestion): boolean {
  const book = options.rulebook ?? builtinRulebook();
  const rule = book.rules.find((r) => r.id === ruleId);
  if (!rule) return false;
  const before = lint(text, { ...options, rulebook: { ...book, rules: [rule] } }).findings;
  return before.some((f) => suggestion.edits.some((e) => f.range.start <= e.range.end && e.range.start <= f.range.end));
}

/** Every suggestion on `text` whose result is flagged again on the changed words. */
export function reflaggedSuggestions(text: string, options: LintOptions = {}): Reflagged[] {
  const out: Reflagged[] = [];
  const findings = lint(text, options).findings.filter(SENTENCE_LEVEL);
  for (const finding of findings) {
    for (const suggestion of finding.suggestions) {
      const { output } = applyFixes(text, suggestion.edits);
      const ranges = changedRanges(suggestion);
      const firstEdit = Math.min(...suggestion.edits.map((e) => e.range.start));
      // A finding that starts before the edit, where the same rule already had one, was there before.
      const hadIt = (f: Finding) => f.range.start < firstEdit && findings.some((g) => g.ruleId === f.ruleId && g.range.start === f.range.start);
      const again = lint(output, options).findings.filter(SENTENCE_LEVEL)
        .filter((f) => ranges.some(([s, e]) => f.range.start < e && s < f.range.end))
        .filter((f) => !hadIt(f))
        .filter((f) => f.ruleId === finding.ruleId || !flaggedBefore(text, options, f.ruleId, suggestion));
      if (again.length) out.push({ ruleId: finding.ruleId, excerpt: finding.excerpt, suggestion, output, again });
    }
  }
  return out;
}

/** How many suggestions `texts` produce, and which are flagged again. */
export function relintAll(texts: readonly string[], options: LintOptions = {}): { suggestions: number; reflagged: Reflagged[] } {
  let suggestions = 0;
  const reflagged: Reflagged[] = [];
  for (const text of texts) {
    suggestions += lint(text, options).findings.filter(SENTENCE_LEVEL).reduce((n, f) => n + f.suggestions.length, 0);
    reflagged.push(...reflaggedSuggestions(text, options));
  }
  return { suggestions, reflagged };
}
