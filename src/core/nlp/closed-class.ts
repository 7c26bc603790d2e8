// Function words, which a lexicon tags badly and every rule leans on: their tags (most likely
// first) and lemmas. Our own lists; they win over the lexicon.
import type { Tag } from "./tokens.ts";

interface Entry {
  tags: Tag[];
  lemma?: string;
}

const table = new Map<string, Entry>();
const add = (words: string, tags: Tag[], lemma?: string) => {
  for (const word of words.split(" ")) table.set(word, { tags, lemma });
};

add("the a an", ["DT"]);
add("this these those another each every either neither", ["DT"]);
add("that", ["IN", "DT", "WDT"]);
add("all both half some any no", ["DT", "RB"]);
add("such", ["JJ", "PDT"]);
add("i you he she it we they one", ["PRP"]);
add("me him us them", ["PRP"]);
add("myself yourself yourselves himself herself itself ourselves themselves", ["PRP"]);
add("my your his its our their", ["PRP$"]);
add("her", ["PRP", "PRP$"]);
add("mine yours hers ours theirs", ["PRP"]);
add("who whom what whoever whatever", ["WP"]);
add("whose", ["WP$"]);
add("which whichever", ["WDT"]);
add("how when where why whenever wherever", ["WRB"]);
add("to", ["TO"]);
add("and or but nor plus", ["CC"]);
add("yet", ["RB", "CC"]);
add(
  "about above across after against along amid among amongst around at atop before behind below beneath beside besides between beyond by despite down during except for from in inside into like near of off on onto out outside over past per since than through throughout till toward towards under underneath unlike until unto up upon versus via with within without",
  ["IN"],
);
add("if whether because although though unless while whereas once whilst lest", ["IN"]);
add("as", ["IN", "RB"]);
add("so", ["RB", "IN"]);
add("can could may might must shall should will would ought", ["MD"]);
add("ca", ["MD"], "can");
add("wo", ["MD"], "will");
add("'ll", ["MD"], "will");
add("'d", ["MD", "VBD"], "would");
add("n't not", ["RB"], "not");
add("never also very just only even still already always often sometimes usually again too soon now then here really quite rather almost perhaps maybe instead however therefore thus", ["RB"]);
add("there", ["EX", "RB"]);
add("please", ["UH", "VB"]);
add("am 'm", ["VBP"], "be");
add("is", ["VBZ"], "be");
add("are 're", ["VBP"], "be");
add("was were", ["VBD"], "be");
add("be", ["VB"], "be");
add("been", ["VBN"], "be");
add("being", ["VBG"], "be");
add("have 've", ["VBP", "VB"], "have");
add("has", ["VBZ"], "have");
add("had", ["VBD", "VBN"], "have");
add("having", ["VBG"], "have");
add("do", ["VBP", "VB"], "do");
add("does", ["VBZ"], "do");
add("did", ["VBD"], "do");
add("doing", ["VBG"], "do");
add("done", ["VBN"], "do");
add("'s", ["VBZ", "POS"], "be");

/** The closed-class entry for a lowercase word, if it is one. */
export function closedClass(lower: string): Entry | undefined {
  return table.get(lower);
}

/** Forms of "be", "have" and "do", which the coarse classes call auxiliaries. */
export const AUXILIARY_LEMMAS: ReadonlySet<string> = new Set(["be", "have", "do"]);
