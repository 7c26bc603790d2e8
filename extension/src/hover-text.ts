// Pure: the hover for a finding: why the rule matters and one Don't/Do example.
import type { Finding, Rule } from "../../src/core/index.ts";
import { ruleHelpUrl } from "../../src/core/config/index.ts";

const oneLine = (text: string): string => text.replace(/\s+/g, " ").trim();

/** `link` overrides the rule's page (a project rule links to its file). */
export function hoverMarkdown(finding: Finding, rule: Rule | undefined, siteUrl: string, link?: string): string {
  const url = link ?? ruleHelpUrl(finding.ruleId, siteUrl || undefined);
  const lines = [`**Outside-In: ${rule?.title ?? finding.ruleId}** ([${finding.ruleId}](${url}))`, ""];
  const docs = rule?.docs;
  if (docs?.why) lines.push(`**Why it matters:** ${oneLine(docs.why)}`, "");
  const dont = docs?.dont[0];
  const doExample = docs?.do[0];
  if (dont) {
    lines.push(`- **Don't:** ${oneLine(dont.text)}`);
    if (dont.rewrite) lines.push(`- **Rewrite:** ${oneLine(dont.rewrite)}`);
  }
  if (doExample) lines.push(`- **Do:** ${oneLine(doExample.text)}`);
  const safe = finding.suggestions.find((s) => s.safe) ?? finding.suggestions[0];
  if (safe) lines.push("", `Quick fix (Ctrl+.): ${safe.title}`);
  return lines.join("\n");
}
