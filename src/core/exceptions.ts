// Phrases a project accepts (config `exceptions`): a finding on exactly such text is dropped.
import type { Finding } from "./types.ts";

/** Case and runs of white space do not matter: "Our  Valued customers" is "our valued customers". */
export function normalizePhrase(text: string): string {
  return text.replace(/\s+/g, " ").trim().toLowerCase();
}

/** The findings whose flagged text is not an accepted phrase. */
export function withoutExceptions(findings: Finding[], exceptions: readonly string[] | undefined): Finding[] {
  if (!exceptions?.length) return findings;
  const accepted = new Set(exceptions.map(normalizePhrase));
  return findings.filter((f) => !accepted.has(normalizePhrase(f.excerpt)));
}
