// Pure: the short report the status bar opens: score, what costs the most, findings by rule.
import type { LintResult, Rulebook } from "../../src/core/index.ts";

export function statusText(result: LintResult): string {
  return `$(person) ${result.perspective.score}`;
}

export interface ReportModel {
  name: string;
  score: number;
  sentences: number;
  /** Rules by how many findings they have, most first. */
  byRule: Array<{ id: string; count: number; title: string }>;
  /** The (at most five) sentences that cost the most points. */
  costly: Array<{ line: number; points: number; ruleIds: string[]; text: string }>;
  /** Every finding, in document order. */
  findings: Array<{ line: number; ruleId: string; message: string }>;
}

export function reportModel(name: string, text: string, result: LintResult, rulebook: Rulebook): ReportModel {
  const { score, sentences, perSentence } = result.perspective;
  const lineAt = (offset: number) => text.slice(0, offset).split(/\r\n|\n|\r/).length;
  const counts = new Map<string, number>();
  for (const f of result.findings) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  const title = (id: string) => rulebook.rules.find((r) => r.id === id)?.title ?? "";
  const byRule = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id, count]) => ({ id, count, title: title(id) }));
  const costly = perSentence.filter((s) => s.penalty > 0).sort((a, b) => a.contribution - b.contribution).slice(0, 5)
    .map((s) => ({ line: lineAt(s.range.start), points: s.contribution, ruleIds: s.ruleIds, text: text.slice(s.range.start, s.range.end).replace(/\s+/g, " ") }));
  const findings = result.findings.map((f) => ({ line: f.start.line, ruleId: f.ruleId, message: f.message }));
  return { name, score, sentences, byRule, costly, findings };
}
