// Pure: the short report the status bar opens: score, what costs the most, findings by rule.
import type { LintResult, Rulebook } from "../../src/core/index.ts";

export function statusText(result: LintResult): string {
  return `$(person) ${result.perspective.score}`;
}

export function buildReport(name: string, text: string, result: LintResult, rulebook: Rulebook): string {
  const { score, sentences, perSentence } = result.perspective;
  const out = [`# Outside-In report: ${name}`, "", `**Perspective score: ${score}/100** over ${sentences} sentence${sentences === 1 ? "" : "s"} (100 = every sentence reads from the customer's side).`, ""];
  const byRule = new Map<string, number>();
  for (const f of result.findings) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
  if (byRule.size === 0) {
    out.push("No findings. Every sentence reads from the customer's side.");
    return out.join("\n") + "\n";
  }
  out.push(`## Findings by rule (${result.findings.length})`, "", "| Rule | Findings | What it asks |", "| --- | ---: | --- |");
  const title = (id: string) => rulebook.rules.find((r) => r.id === id)?.title ?? "";
  for (const [id, n] of [...byRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) out.push(`| ${id} | ${n} | ${title(id)} |`);
  const costly = perSentence.filter((s) => s.penalty > 0).sort((a, b) => a.contribution - b.contribution).slice(0, 5);
  if (costly.length) {
    out.push("", "## Sentences that cost the most", "");
    for (const s of costly) {
      const line = text.slice(0, s.range.start).split(/\r\n|\n|\r/).length;
      out.push(`- Line ${line} (${s.contribution} points, ${s.ruleIds.join(", ")}): ${text.slice(s.range.start, s.range.end).replace(/\s+/g, " ")}`);
    }
  }
  return out.join("\n") + "\n";
}
