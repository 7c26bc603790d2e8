// The A–Z of flagged words and phrases: what each rule flags in its own Don't examples (with the
// rewrite the linter offers), and every lexicon entry (with its note and the rules that use it).
import { builtinRulebook, lint, type Finding, type Lexicon, type Rule } from "../../../src/core/index.ts";
import { allLexicons, rulesUsing } from "./lexicons.ts";

export interface WordEntry {
  /** The word or phrase as written, e.g. "at our sole discretion". */
  phrase: string;
  /** What the linter puts in its place, when it offers a rewrite. */
  rewrites: string[];
  /** Why the word is flagged, from its lexicon entry. */
  notes: string[];
  rules: Rule[];
  lexicons: Lexicon[];
}

export interface LetterGroup {
  /** "A" to "Z", or "#" for entries that start with a digit or symbol. */
  letter: string;
  entries: WordEntry[];
}

// The first suggestion's edits applied to the flagged words only.
function rewriteOf(text: string, finding: Finding): string | undefined {
  const suggestion = finding.suggestions[0];
  if (!suggestion) return undefined;
  const { start, end } = finding.range;
  let out = "";
  let at = start;
  for (const edit of [...suggestion.edits].sort((a, b) => a.range.start - b.range.start)) {
    if (edit.range.start < start || edit.range.end > end) return undefined;
    out += text.slice(at, edit.range.start) + edit.text;
    at = edit.range.end;
  }
  return (out + text.slice(at, end)).trim() || undefined;
}

type Found = { phrase: string; rule?: Rule; rewrite?: string; note?: string; lexicon?: Lexicon };

// Runs each rule alone on its Don't examples, so the page shows what the linter really flags.
function flaggedByRules(): Found[] {
  const rulebook = builtinRulebook();
  return rulebook.rules
    .filter((rule) => rule.kind !== "metric" && rule.kind !== "learned")
    .flatMap((rule) =>
      (rule.docs?.dont ?? []).flatMap((example) =>
        lint(example.text, { rulebook: { ...rulebook, rules: [rule] }, syntax: "text" })
          .findings.filter((f) => f.ruleId === rule.id)
          .map((f) => ({ phrase: f.excerpt.replace(/\s+/g, " ").trim(), rule, rewrite: rewriteOf(example.text, f) })),
      ),
    );
}

function fromLexicons(): Found[] {
  return allLexicons().flatMap((lexicon) => lexicon.entries.map((entry) => ({ phrase: entry.phrase, note: entry.note, lexicon })));
}

const push = <T,>(list: T[], value: T | undefined, same: (a: T) => boolean = (a) => a === value) => {
  if (value !== undefined && !list.some(same)) list.push(value);
};

let cache: WordEntry[] | undefined;
/** Every flagged word or phrase once (case-insensitive), sorted A–Z. */
export function allWords(): WordEntry[] {
  if (cache) return cache;
  const byKey = new Map<string, WordEntry>();
  for (const found of [...flaggedByRules(), ...fromLexicons()]) {
    // Whole sentences (survey questions, long patterns) are examples, not words to look up.
    if (found.phrase.split(" ").length > 8) continue;
    const key = found.phrase.toLowerCase();
    const entry = byKey.get(key) ?? { phrase: found.phrase, rewrites: [], notes: [], rules: [], lexicons: [] };
    byKey.set(key, entry);
    push(entry.rewrites, found.rewrite);
    push(entry.notes, found.note);
    push(entry.rules, found.rule, (r) => r.id === found.rule?.id);
    if (found.lexicon) {
      push(entry.lexicons, found.lexicon, (l) => l.id === found.lexicon!.id);
      for (const rule of rulesUsing(found.lexicon.id)) push(entry.rules, rule, (r) => r.id === rule.id);
    }
  }
  cache = [...byKey.values()].sort((a, b) => a.phrase.localeCompare(b.phrase, "en", { sensitivity: "base" }));
  return cache;
}

/** The entries grouped by first letter, A–Z, with "#" first for the rest. */
export function wordsByLetter(): LetterGroup[] {
  const groups = new Map<string, WordEntry[]>();
  for (const entry of allWords()) {
    const first = entry.phrase.normalize("NFD").charAt(0).toUpperCase();
    const letter = /[A-Z]/.test(first) ? first : "#";
    groups.set(letter, [...(groups.get(letter) ?? []), entry]);
  }
  return [...groups.entries()].map(([letter, entries]) => ({ letter, entries })).sort((a, b) => (a.letter === "#" ? -1 : b.letter === "#" ? 1 : a.letter.localeCompare(b.letter)));
}
