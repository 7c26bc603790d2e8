// The lexicons: word classes from the compiled rulebook, and the rules that use each one.
import { builtinRulebook, type Lexicon, type Rule } from "../../../src/core/index.ts";
import { lexiconsUsedBy } from "../../../src/core/rules/sequence/lexicon-references.ts";

export function allLexicons(): Lexicon[] {
  return [...(builtinRulebook().lexicons ?? [])].sort((a, b) => a.title.localeCompare(b.title));
}

/** The rules that refer to a lexicon by id. */
export function rulesUsing(id: string): Rule[] {
  return builtinRulebook().rules.filter((rule) => lexiconsUsedBy(rule).includes(id));
}
