// The perspective score: 100 means every sentence reads from the customer's side.
//
//   score = round(100 × (1 − Σ penalty(s) / N))
//
// where N is the number of prose sentences and penalty(s) = min(1, Σ weight(finding) over the
// findings that start in sentence s), with weight error = 1, warning = 0.6, info = 0.25.
// Document-level (metric) findings do not count, so the score never feeds on itself.
import type { Finding, PerspectiveScore, Sentence, Severity } from "./types.ts";

export const SEVERITY_WEIGHT: Record<Severity, number> = { error: 1, warning: 0.6, info: 0.25 };

export function perspectiveScore(sentences: Sentence[], findings: Finding[]): PerspectiveScore {
  const n = sentences.length;
  const perSentence = sentences.map((s) => ({
    range: { start: s.start, end: s.start + s.text.length },
    penalty: 0,
    contribution: 0,
    ruleIds: [] as string[],
  }));
  let cursor = 0;
  const sorted = [...findings].sort((a, b) => a.range.start - b.range.start);
  for (const finding of sorted) {
    while (cursor < perSentence.length && perSentence[cursor]!.range.end <= finding.range.start) cursor++;
    const entry = perSentence[cursor];
    if (!entry || finding.range.start < entry.range.start) continue;
    entry.penalty = Math.min(1, entry.penalty + SEVERITY_WEIGHT[finding.severity]);
    if (!entry.ruleIds.includes(finding.ruleId)) entry.ruleIds.push(finding.ruleId);
  }
  let total = 0;
  for (const entry of perSentence) {
    entry.contribution = n && entry.penalty ? -Math.round((10000 * entry.penalty) / n) / 100 : 0;
    total += entry.penalty;
  }
  return { score: n ? Math.round(100 * (1 - total / n)) : 100, sentences: n, perSentence };
}
