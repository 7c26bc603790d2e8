// Findings about the whole document (a metric rule such as the perspective score) belong in the
// summary: marking a sentence for them would hide the precise highlights inside it.
import { builtinRulebook, type Finding } from "../../../../src/core/index.ts";

const DOCUMENT_RULES = new Set(builtinRulebook().rules.filter((rule) => rule.kind === "metric").map((rule) => rule.id));

export function splitFindings(findings: readonly Finding[]): { sentence: Finding[]; document: Finding[] } {
  const sentence: Finding[] = [];
  const document: Finding[] = [];
  for (const finding of findings) (DOCUMENT_RULES.has(finding.ruleId) ? document : sentence).push(finding);
  return { sentence, document };
}
