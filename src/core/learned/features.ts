// What the learned layer sees in a sentence: its lemmas, the lexicons it touches, who acts and
// who is addressed, passive voice, and who is told what may or must happen. (Lemma pairs and tag
// triples were tried and did not help on unseen organisations.) Names of organisations and numbers are folded into one feature each, so the
// model learns wording, not who wrote it. Training and linting share this one implementation.
import type { Token } from "../nlp/tokens.ts";
import type { WordClass } from "../rules/sequence/word-classes.ts";
import { detectActor } from "../text/actor.ts";
import type { Actor } from "../types.ts";

const isWord = (t: Token) => t.tag !== "PUNCT";

const indexes = new WeakMap<ReadonlyMap<string, WordClass>, Map<string, Array<[string, WordClass]>>>();

/** First word (or lemma) of any entry -> the classes with such an entry. */
function firstWordIndex(classes: ReadonlyMap<string, WordClass>): Map<string, Array<[string, WordClass]>> {
  let index = indexes.get(classes);
  if (!index) {
    index = new Map();
    for (const [id, wordClass] of classes) for (const word of wordClass.firstWords) index.set(word, [...(index.get(word) ?? []), [id, wordClass]]);
    indexes.set(classes, index);
  }
  return index;
}

function lemmaFeature(t: Token): string {
  if (t.tag === "CD") return "<num>";
  if (t.tag === "NNP" || t.tag === "NNPS") return "<name>";
  return t.lemma;
}

/** The sentence's features, each once, in a stable order. */
export function sentenceFeatures(tokens: readonly Token[], classes: ReadonlyMap<string, WordClass>, isQuestion: boolean, actor?: Actor): string[] {
  const words = tokens.filter(isWord);
  const features = new Set<string>();
  const lemmas = words.map(lemmaFeature);
  for (const l of lemmas) features.add(`w:${l}`);
  // Which classes start at each token, found through one index of every class's first words.
  const index = firstWordIndex(classes);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    for (const key of t.lemma === t.lower ? [t.lower] : [t.lower, t.lemma]) {
      for (const [id, wordClass] of index.get(key) ?? []) {
        if (!features.has(`c:${id}`) && wordClass.matchAt(tokens, i).length > 0) features.add(`c:${id}`);
      }
    }
  }
  const first = words[0];
  if (first) {
    if (["we", "our", "us"].includes(first.lower)) features.add("f:opens-with-we");
    if (["you", "your"].includes(first.lower)) features.add("f:opens-with-you");
    if (first.tag === "VB") features.add("f:opens-with-verb");
  }
  features.add(`a:${actor ?? detectActor(words.map((t) => t.text).join(" "))}`);
  // Passive voice, and whether it names who acts ("was approved by the team").
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.lemma !== "be" && words[i]!.lemma !== "get") continue;
    let j = i + 1;
    while (words[j]?.tag === "RB") j++;
    if (words[j]?.tag !== "VBN") continue;
    features.add(words.slice(j + 1).some((t) => t.lower === "by") ? "f:passive-with-agent" : "f:passive");
    if (i > 0 && words[i - 1]!.tag === "MD") features.add(`f:modal-passive`);
  }
  // Who is told what may or must happen: "we may", "you must".
  for (let i = 0; i + 1 < words.length; i++) {
    if (words[i + 1]!.tag === "MD" && ["we", "you", "they", "it", "users", "customers"].includes(words[i]!.lower)) features.add(`s:${words[i]!.lower}_${words[i + 1]!.lemma}`);
  }
  if (words.some((t) => t.lower === "you" || t.lower === "your")) features.add("f:addresses-reader");
  if (words.some((t) => t.lower === "we" || t.lower === "our" || t.lower === "us")) features.add("f:speaks-as-we");
  if (isQuestion) features.add("f:question");
  features.add(`f:length-${words.length < 6 ? "short" : words.length < 16 ? "medium" : "long"}`);
  return [...features];
}
