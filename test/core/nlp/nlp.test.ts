// The tokenizer, tagger and word forms the sequence rules stand on, checked on their own.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyseText } from "../../../src/core/nlp/analyse.ts";
import { guessTags } from "../../../src/core/nlp/guess.ts";
import { adverbOf, inflect, lemmatize, verbOfNoun } from "../../../src/core/nlp/morphology.ts";
import { tokenize } from "../../../src/core/nlp/tokens.ts";
import { buildPosLexicon } from "../../../scripts/pos-lexicon.mjs";

const words = (text: string) => tokenize(text).map((t) => text.slice(t.start, t.end));
const tagged = (text: string) => analyseText(text).map((t) => `${t.text}/${t.tag}`).join(" ");

describe("tokenize", () => {
  it("splits contractions where the tagger needs two words, straight or curly", () => {
    expect(words("We can't refund it.")).toEqual(["We", "ca", "n't", "refund", "it", "."]);
    expect(words("You’ll need it")).toEqual(["You", "’ll", "need", "it"]);
  });
  it("keeps numbers, hyphenated words and e-mail as one token", () => {
    expect(words("3.5 GB for e-mail and opt-in lists")).toEqual(["3.5", "GB", "for", "e-mail", "and", "opt-in", "lists"]);
  });
  it("gives offsets into the text", () => {
    const text = "  Users must";
    expect(tokenize(text).map((t) => [t.start, t.end])).toEqual([[2, 7], [8, 12]]);
  });
});

describe("tagger", () => {
  it.each([
    ["Users must verify their email.", "Users/NNS must/MD verify/VB their/PRP$ email/NN ./PUNCT"],
    ["We will suspend your account.", "We/PRP will/MD suspend/VB your/PRP$ account/NN ./PUNCT"],
    ["Your card will be charged.", "Your/PRP$ card/NN will/MD be/VB charged/VBN ./PUNCT"],
    ["Please refrain from posting.", "Please/UH refrain/VB from/IN posting/VBG ./PUNCT"],
  ])("tags %j", (text, expected) => {
    expect(tagged(text)).toBe(expected);
  });
  it("lemmatises what it tags", () => {
    expect(analyseText("Accounts were suspended").map((t) => t.lemma)).toEqual(["account", "be", "suspend"]);
  });
});

describe("guessTags", () => {
  it("reads acronyms and mid-sentence capitals as names", () => {
    expect(guessTags("MQLs", "mqls", false)[0]).toBe("NNPS");
    expect(guessTags("Brightwave", "brightwave", false)[0]).toBe("NNP");
  });
  it("reads endings", () => {
    expect(guessTags("onboarding", "onboarding", false)[0]).toBe("VBG");
    expect(guessTags("upsellization", "upsellization", false)[0]).toBe("NN");
    expect(guessTags("42", "42", false)).toEqual(["CD"]);
  });
});

describe("word forms", () => {
  it.each([
    ["run", "ran", "run", "runs", "running"],
    ["stop", "stopped", "stopped", "stops", "stopping"],
    ["carry", "carried", "carried", "carries", "carrying"],
    ["go", "went", "gone", "goes", "going"],
    ["submit", "submitted", "submitted", "submits", "submitting"],
    ["die", "died", "died", "dies", "dying"],
  ])("inflects %s", (base, past, participle, third, gerund) => {
    expect([inflect(base, "past"), inflect(base, "participle"), inflect(base, "third"), inflect(base, "gerund")]).toEqual([past, participle, third, gerund]);
  });
  it("finds lemmas", () => {
    expect([lemmatize("stopped", "VBD"), lemmatize("carries", "VBZ"), lemmatize("went", "VBD"), lemmatize("children", "NNS")]).toEqual(["stop", "carry", "go", "child"]);
  });
  it("turns action nouns into verbs and adjectives into adverbs", () => {
    expect(["suspension", "submission", "cancellation", "meeting"].map(verbOfNoun)).toEqual(["suspend", "submit", "cancel", "meeting"]);
    expect(["easy", "automatic", "simple", "permanent"].map(adverbOf)).toEqual(["easily", "automatically", "simply", "permanently"]);
  });
});

describe("the generated word list", () => {
  it("is what scripts/pos-lexicon.mjs builds today (run `npm run build:core`)", () => {
    const committed = readFileSync(join(import.meta.dirname, "../../../src/core/generated/pos-lexicon.json"), "utf8");
    expect(JSON.stringify(buildPosLexicon()) + "\n" === committed).toBe(true);
  });
});
