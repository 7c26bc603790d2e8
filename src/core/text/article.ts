// "a" or "an" before a word, by its first sound, for rewrites that change the word after an article.

const VOWEL_LETTER_BUT_CONSONANT_SOUND = /^(?:uni|use|usu|uti|ure|euro|eu|ewe|one\b|once)/i;
const SILENT_H = /^(?:hour|honest|honou?r|heir)/i;
// Letters whose names start with a vowel sound: "an FAQ", "an SLA".
const VOWEL_SOUND_LETTERS = /^[AEFHILMNORSX]/;

/** The article a word takes: "an" before a vowel sound, "a" otherwise. */
export function articleFor(word: string): "a" | "an" {
  if (/^[A-Z]{2,}s?\b/.test(word)) return VOWEL_SOUND_LETTERS.test(word) ? "an" : "a";
  if (/^(?:8|11|18)(?!\d)/.test(word) || /^8\d/.test(word)) return "an";
  if (SILENT_H.test(word)) return "an";
  if (VOWEL_LETTER_BUT_CONSONANT_SOUND.test(word)) return "a";
  return /^[aeiou]/i.test(word) ? "an" : "a";
}
