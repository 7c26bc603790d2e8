/** The packed word list src/core/generated/pos-lexicon.json holds. */
export function buildPosLexicon(): unknown;
