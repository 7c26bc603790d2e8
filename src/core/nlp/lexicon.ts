// The tagger's word list (src/core/generated/pos-lexicon.json), unpacked on first use.
import data from "../generated/pos-lexicon.json" with { type: "json" };
import type { Tag } from "./tokens.ts";

interface Unpacked {
  tags: Map<string, Tag[]>;
  /** Base form -> [past, participle, third person, -ing] for irregular and doubling verbs. */
  verbForms: Map<string, [string, string, string, string]>;
  /** Inflected form -> base, for the same verbs. */
  verbBaseOf: Map<string, string>;
  verbBases: Set<string>;
}

let unpacked: Unpacked | undefined;

function unpack(): Unpacked {
  const tags = new Map<string, Tag[]>();
  for (const [list, words] of Object.entries(data.words)) {
    const parsed = list.split("|") as Tag[];
    for (const word of words.split(" ")) tags.set(word, parsed);
  }
  const verbForms = new Map<string, [string, string, string, string]>();
  const verbBaseOf = new Map<string, string>();
  for (const row of data.irregularVerbs.split(",")) {
    const [base, past, participle, third, gerund] = row.split(" ") as [string, string, string, string, string];
    verbForms.set(base, [past, participle, third, gerund]);
    for (const form of [past, participle, third, gerund]) if (!verbBaseOf.has(form)) verbBaseOf.set(form, base);
  }
  const verbBases = new Set(data.verbBases.split(" "));
  for (const [word, list] of tags) if (list.includes("VB") || list.includes("VBP")) verbBases.add(word);
  return { tags, verbForms, verbBaseOf, verbBases };
}

export function lexicon(): Unpacked {
  return (unpacked ??= unpack());
}

/** Tags the word list gives a lowercase word, most likely first. */
export function lexiconTags(lower: string): Tag[] | undefined {
  return lexicon().tags.get(lower);
}
