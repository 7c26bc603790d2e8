// Findings per 1,000 words of prose on whole public documents: how often the linter speaks up.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { lint } from "../../src/core/index.ts";
import { buildProseView } from "../../src/core/markdown/prose-view.ts";
import { splitSentences } from "../../src/core/text/sentences.ts";

/** The shared corpora and what each is, in report order. */
export const SHARED_CORPORA: Array<[folder: string, what: string]> = [
  ["18F__content-guide", "good customer-facing writing (a government content guide)"],
  ["18F__product-guide", "a product management guide"],
  ["formbricks__design", "survey templates and research notes"],
  ["opengovfoundation__site-policy", "policy: terms and privacy"],
  ["onetimesecret__site-policy", "policy: terms and privacy"],
  ["Automattic__legalmattic", "policy: terms, privacy, DMCA templates"],
  ["mattermost__mattermost-handbook", "a company handbook"],
];

export function markdownFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    if (name.startsWith(".")) return [];
    const path = join(dir, name);
    return statSync(path).isDirectory() ? markdownFiles(path) : name.endsWith(".md") ? [path] : [];
  });
}

export function perThousandWords(dir: string) {
  let words = 0, findings = 0, errors = 0;
  const files = markdownFiles(dir);
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    for (const s of splitSentences(buildProseView(text))) words += s.text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
    const result = lint(text);
    findings += result.findings.length;
    errors += result.findings.filter((f) => f.severity === "error").length;
  }
  return { files: files.length, words, findings, errors, rate: words ? (1000 * findings) / words : 0 };
}
