// Word classes a rule names must exist: checked where rules and lexicons meet (the rulebook build,
// and the CLI and extension when they add a project's rules).
import type { Lexicon, Rule } from "../../types.ts";
import type { TokenPattern, TokenTest } from "./token-spec.ts";

const asList = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** Lexicon ids a rule's token patterns name. */
export function lexiconsUsedBy(rule: Rule): string[] {
  if (rule.kind !== "sequence") return [];
  const ids = new Set<string>();
  const visit = (test: TokenTest | undefined) => asList(test?.class).forEach((id) => ids.add(id));
  for (const pattern of [...rule.patterns.map((p) => p.tokens), ...(rule.requires ?? []), ...(rule.unless ?? [])] as TokenPattern[]) {
    for (const spec of pattern) {
      visit(spec);
      for (const test of Array.isArray(spec.not) ? spec.not : [spec.not]) visit(test);
    }
  }
  return [...ids];
}

/** One message per rule that names a lexicon nobody defines. */
export function unknownLexiconReferences(rules: readonly Rule[], lexicons: readonly Lexicon[]): string[] {
  const known = new Set(lexicons.map((l) => l.id));
  return rules.flatMap((rule) => {
    const missing = lexiconsUsedBy(rule).filter((id) => !known.has(id));
    return missing.length ? [`${rule.source ?? rule.id}: class: unknown lexicon ${missing.map((m) => `"${m}"`).join(", ")} (known: ${[...known].join(", ") || "none"})`] : [];
  });
}
