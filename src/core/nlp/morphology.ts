// Lemmas and inflections for the tagger and for rewrites: "suspended" -> "suspend", and back
// from "suspend" to "suspended". Irregular verbs come from the word list; the rest follow rules.
import { lexicon } from "./lexicon.ts";
import type { Tag } from "./tokens.ts";

export type VerbForm = "base" | "past" | "participle" | "third" | "gerund";

const IRREGULAR_PLURALS: Record<string, string> = {
  people: "person", children: "child", men: "man", women: "woman", feet: "foot", teeth: "tooth", mice: "mouse",
  data: "data", criteria: "criterion", media: "media", analyses: "analysis", bases: "basis", crises: "crisis",
  indices: "index", lives: "life", wives: "wife", knives: "knife", leaves: "leaf", halves: "half", selves: "self",
  series: "series", species: "species", news: "news", business: "business", access: "access", status: "status",
};

const VOWEL = /[aeiou]/;
// A short verb ending consonant-vowel-consonant doubles its last letter: stop -> stopped.
const DOUBLES = /^[^aeiou]*[aeiou][bdfgklmnprtvz]$/;

function isVerbBase(word: string): boolean {
  return lexicon().verbBases.has(word);
}

/** The first candidate the word list knows as a verb, else the first candidate. */
function pickBase(candidates: string[]): string {
  return candidates.find(isVerbBase) ?? candidates[0]!;
}

function verbLemma(lower: string, tag: Tag): string {
  const irregular = lexicon().verbBaseOf.get(lower);
  if (irregular) return irregular;
  if (tag === "VBZ") {
    if (/[^aeiou]ies$/.test(lower)) return lower.slice(0, -3) + "y";
    if (/(?:ss|x|z|ch|sh|o)es$/.test(lower)) return pickBase([lower.slice(0, -2), lower.slice(0, -1)]);
    return lower.endsWith("s") ? lower.slice(0, -1) : lower;
  }
  if (tag === "VBG" && lower.endsWith("ing") && lower.length > 4) {
    const stem = lower.slice(0, -3);
    if (stem.endsWith("y") && !VOWEL.test(stem.slice(-2, -1))) return stem;
    const undoubled = /([bdgklmnprtz])\1$/.test(stem) ? stem.slice(0, -1) : undefined;
    return pickBase([stem, stem + "e", ...(undoubled ? [undoubled] : [])].filter(Boolean) as string[]);
  }
  if ((tag === "VBD" || tag === "VBN") && lower.endsWith("ed") && lower.length > 3) {
    if (/[^aeiou]ied$/.test(lower)) return lower.slice(0, -3) + "y";
    const stem = lower.slice(0, -2);
    const undoubled = /([bdgklmnprtz])\1$/.test(stem) ? stem.slice(0, -1) : undefined;
    const candidates = [stem, stem + "e", ...(undoubled ? [undoubled] : [])];
    const known = candidates.find(isVerbBase);
    if (known) return known;
    // Unknown verbs: "-ced", "-ged", "-sed", "-ved", "-zed", "-ured" usually drop an e.
    return /(?:[cgsvz]|[^aeiou][lr]|ur|at|it)$/.test(stem) ? stem + "e" : stem;
  }
  return lower;
}

function nounLemma(lower: string): string {
  const irregular = IRREGULAR_PLURALS[lower];
  if (irregular) return irregular;
  if (/[^aeiou]ies$/.test(lower)) return lower.slice(0, -3) + "y";
  if (/(?:ss|x|z|ch|sh)es$/.test(lower)) return lower.slice(0, -2);
  if (/[^s]s$/.test(lower) && lower.length > 3) return lower.slice(0, -1);
  return lower;
}

// Words repeat across a document: remember lemmas (bounded, so memory stays flat on huge inputs).
const lemmaCache = new Map<string, string>();
const LEMMA_CACHE_LIMIT = 50_000;

/** The dictionary form of a lowercase word with the given tag. */
export function lemmatize(lower: string, tag: Tag): string {
  const verb = tag.startsWith("VB");
  if (!verb && tag !== "NNS" && tag !== "NNPS") return lower;
  const key = `${tag} ${lower}`;
  let lemma = lemmaCache.get(key);
  if (lemma === undefined) {
    lemma = verb ? verbLemma(lower, tag) : nounLemma(lower);
    if (lemmaCache.size >= LEMMA_CACHE_LIMIT) lemmaCache.clear();
    lemmaCache.set(key, lemma);
  }
  return lemma;
}

/** A verb in the asked form: inflect("suspend", "participle") is "suspended". */
export function inflect(base: string, form: VerbForm): string {
  if (form === "base") return base;
  if (base === "be") return { past: "was", participle: "been", third: "is", gerund: "being" }[form];
  const irregular = lexicon().verbForms.get(base);
  if (irregular) return irregular[["past", "participle", "third", "gerund"].indexOf(form)]!;
  return regularForm(base, form);
}

/** Every spelling a verb's forms may take: the word list's and the regular rules' (writers differ: "targeted", "targetted"). */
export function allForms(base: string): string[] {
  const forms = new Set<string>([base]);
  for (const form of ["past", "participle", "third", "gerund"] as const) {
    forms.add(inflect(base, form));
    if (base !== "be") forms.add(regularForm(base, form));
  }
  return [...forms];
}

function regularForm(base: string, form: Exclude<VerbForm, "base">): string {
  if (form === "third") {
    if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + "ies";
    if (/(?:s|x|z|ch|sh|o)$/.test(base)) return base + "es";
    return base + "s";
  }
  if (form === "gerund") {
    if (base.endsWith("ie")) return base.slice(0, -2) + "ying";
    if (/[^aeioy]e$/.test(base)) return base.slice(0, -1) + "ing";
    if (DOUBLES.test(base)) return base + base.slice(-1) + "ing";
    return base + "ing";
  }
  if (base.endsWith("e")) return base + "d";
  if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + "ied";
  if (DOUBLES.test(base)) return base + base.slice(-1) + "ed";
  return base + "ed";
}

// Nouns for actions and the verbs they come from; the endings are too irregular for a rule.
const NOMINALISATIONS: Record<string, string> = {
  suspension: "suspend", termination: "terminate", closure: "close", removal: "remove", deletion: "delete",
  deactivation: "deactivate", cancellation: "cancel", cancelation: "cancel", restriction: "restrict",
  revocation: "revoke", denial: "deny", rejection: "reject", disconnection: "disconnect",
  disqualification: "disqualify", refusal: "refuse", withdrawal: "withdraw", limitation: "limit",
  reduction: "reduce", forfeiture: "forfeit", review: "review", approval: "approve", ban: "ban",
  block: "block", blocking: "block", expulsion: "expel", deduction: "deduct", charge: "charge",
  collection: "collect", disclosure: "disclose", retention: "retain", transfer: "transfer",
  verification: "verify", investigation: "investigate", decision: "decide", lockout: "lock",
  submission: "submit", permission: "permit", admission: "admit", transmission: "transmit", payment: "pay",
  application: "apply", registration: "register", renewal: "renew", complaint: "complain", request: "request",
};

/** The verb a noun of action comes from ("suspension" -> "suspend"), or the noun itself. */
export function verbOfNoun(noun: string): string {
  return NOMINALISATIONS[noun.toLowerCase()] ?? noun;
}

/** The adverb of an adjective ("permanent" -> "permanently", "automatic" -> "automatically"). */
export function adverbOf(adjective: string): string {
  const a = adjective.toLowerCase();
  if (a.endsWith("ly")) return a;
  if (/ic$/.test(a)) return a + "ally";
  if (/[^aeiou]le$/.test(a)) return a.slice(0, -1) + "y";
  if (/[^aeiou]y$/.test(a)) return a.slice(0, -1) + "ily";
  return a + "ly";
}
