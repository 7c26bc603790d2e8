// A small part-of-speech tagger: closed-class words, then the word list, then the ending guesser
// give each word its possible tags; a few contextual rules (after "to", modals, "be", "have",
// determiners, subject pronouns, at the start of an instruction) pick one. Lemmas and clause
// numbers follow. Fast enough to run on every sentence; docs/tagger.md has the measurements.
import { AUXILIARY_LEMMAS, closedClass } from "./closed-class.ts";
import { guessTags } from "./guess.ts";
import { lexiconTags } from "./lexicon.ts";
import { lemmatize } from "./morphology.ts";
import type { Pos, RawToken, Tag, Token } from "./tokens.ts";

const FINITE: Tag[] = ["VBP", "VBZ", "VBD", "MD"];
const NOUNS: Tag[] = ["NN", "NNS"];
const SUBJECT_PRONOUNS = new Set(["i", "you", "we", "they", "he", "she", "it"]);
const BE = new Set(["am", "is", "are", "was", "were", "be", "been", "being", "'m", "'re", "get", "gets", "got", "getting", "gotten"]);
const HAVE = new Set(["have", "has", "had", "having", "'ve"]);
const SUBORDINATORS = new Set(["if", "when", "whenever", "because", "although", "though", "unless", "while", "whereas", "once", "until", "before", "after", "since", "so", "which", "who", "whom", "where"]);
const CLAUSE_PUNCTUATION = new Set([";", ":", "—", "–", "(", ")"]);

// Words repeat: remember each spelling's candidate tags (bounded, so memory stays flat).
const candidateCache = new Map<string, Tag[]>();
const CANDIDATE_CACHE_LIMIT = 50_000;

function candidatesOf(token: RawToken, sentenceInitial: boolean): Tag[] {
  const key = sentenceInitial ? `^${token.text}` : token.text;
  let found = candidateCache.get(key);
  if (!found) {
    found = lookUpCandidates(token, sentenceInitial);
    if (candidateCache.size >= CANDIDATE_CACHE_LIMIT) candidateCache.clear();
    candidateCache.set(key, found);
  }
  return found;
}

function lookUpCandidates(token: RawToken, sentenceInitial: boolean): Tag[] {
  if (!/[\p{L}\p{N}]/u.test(token.text)) return ["PUNCT"];
  const closed = closedClass(token.lower);
  if (closed) return closed.tags;
  // Inside a sentence, a capitalised word the word list does not know is a name.
  const known = lexiconTags(token.lower);
  if (known && !(!sentenceInitial && /^\p{Lu}/u.test(token.text) && !known.includes("NN") && !known.includes("JJ"))) return known;
  return guessTags(token.text, token.lower, sentenceInitial);
}

/** Index of the token before `i`, skipping adverbs ("will not be", "has already been"). */
function previousSkippingAdverbs(tags: Tag[], i: number): number {
  let j = i - 1;
  while (j >= 0 && (tags[j] === "RB" || tags[j] === "RBR")) j--;
  return j;
}

function choose(candidates: Tag[], preferred: readonly Tag[]): Tag | undefined {
  return candidates.find((t) => preferred.includes(t));
}

function pos(tag: Tag, lower: string, lemma: string): Pos {
  switch (tag) {
    case "CC": return "CCONJ";
    case "CD": return "NUM";
    case "DT": case "PDT": case "WDT": return "DET";
    case "EX": case "PRP": case "PRP$": case "WP": case "WP$": return "PRON";
    case "IN": return SUBORDINATORS.has(lower) || lower === "if" || lower === "whether" ? "SCONJ" : "ADP";
    case "JJ": case "JJR": case "JJS": return "ADJ";
    case "MD": return "AUX";
    case "NN": case "NNS": return "NOUN";
    case "NNP": case "NNPS": return "PROPN";
    case "POS": case "RP": case "TO": return "PART";
    case "RB": case "RBR": case "RBS": case "WRB": return "ADV";
    case "SYM": return "SYM";
    case "UH": return "INTJ";
    case "PUNCT": return "PUNCT";
    case "FW": case "LS": return "X";
    default: return AUXILIARY_LEMMAS.has(lemma) ? "AUX" : "VERB";
  }
}

/** Tags, lemmatises and numbers the clauses of one sentence's tokens. */
export function tagTokens(raw: readonly RawToken[]): Token[] {
  const firstWord = raw.findIndex((t) => /\p{L}/u.test(t.text));
  const candidates = raw.map((t, i) => candidatesOf(t, i === firstWord));
  const tags = candidates.map((c) => c[0]!);
  for (let i = 0; i < raw.length; i++) {
    const options = candidates[i]!;
    const lower = raw[i]!.lower;
    const prevIndex = previousSkippingAdverbs(tags, i);
    const prev = prevIndex >= 0 ? raw[prevIndex]!.lower : "";
    const prevTag = prevIndex >= 0 ? tags[prevIndex]! : undefined;
    const next = candidates[i + 1]?.[0];
    if (lower === "'s") {
      tags[i] = prevTag && ["PRP", "EX", "WP", "WDT", "WRB"].includes(prevTag) || prev === "that" ? "VBZ" : "POS";
      continue;
    }
    if (lower === "there") {
      tags[i] = next && (next.startsWith("VB") || next === "MD") ? "EX" : "RB";
      continue;
    }
    const afterDeterminer = prevTag !== undefined && ["DT", "PRP$", "POS", "JJ", "JJR", "JJS", "CD"].includes(prevTag);
    if (options.length === 1) {
      // After a determiner or possessive, a base form is a noun even when the list knows only the verb ("their email").
      if (afterDeterminer && (options[0] === "VB" || options[0] === "VBP")) tags[i] = "NN";
      continue;
    }
    let picked: Tag | undefined;
    if (prevTag === "TO" || prevTag === "MD" || prev === "please") picked = choose(options, ["VB"]);
    else if (BE.has(prev) || (prev === "'s" && prevTag === "VBZ")) picked = lower.endsWith("ing") ? choose(options, ["VBG"]) : options[0] === "JJ" ? "JJ" : choose(options, ["VBN"]);
    else if (HAVE.has(prev)) picked = choose(options, ["VBN"]);
    else if (afterDeterminer) picked = choose(options, NOUNS) ?? (choose(options, ["VB", "VBP"]) ? "NN" : undefined);
    else if (prevTag === "IN" && options[0] !== "VBG") picked = choose(options, [...NOUNS, "JJ"]);
    else if (SUBJECT_PRONOUNS.has(prev) || prevTag === "NNP" || prevTag === "WDT" || prevTag === "WP") picked = choose(options, FINITE);
    // A sentence's first word before a finite verb is its subject ("Calls are recorded").
    else if (i === firstWord && next && /^(?:VBP|VBZ|VBD|MD)$/.test(next)) picked = choose(options, [...NOUNS, "NNP", "NNPS"]);
    // An instruction opens with a verb ("Contact support"), unless a verb follows the next word ("Refund requests are…").
    else if (i === firstWord && next && ["DT", "PRP$", "PRP", "IN", "TO", "CD", "NNS", "NN", "JJ", "RB"].includes(next) && !/^(?:VBP|VBZ|MD)$/.test(candidates[i + 2]?.[0] ?? "")) picked = choose(options, ["VB"]);
    if (picked) tags[i] = picked;
  }
  let clause = 0;
  return raw.map((token, i) => {
    const tag = tags[i]!;
    const closed = closedClass(token.lower);
    const lemma = closed?.lemma && (token.lower !== "'d" || tag === "MD") ? closed.lemma : token.lower === "'d" ? "have" : lemmatize(token.lower, tag);
    // A subordinator or a comma before a new subject starts a clause; clause punctuation ends one.
    if (i > 0 && (SUBORDINATORS.has(token.lower) || (raw[i - 1]!.text === "," && ["PRP", "DT", "NNP", "CC", "EX", "VB"].includes(tag)))) clause++;
    const result: Token = { ...token, tag, pos: pos(tag, token.lower, lemma), lemma, clause };
    if (CLAUSE_PUNCTUATION.has(token.text)) clause++;
    return result;
  });
}
