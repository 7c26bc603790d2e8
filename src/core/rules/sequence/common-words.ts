// Words so common that a sentence holding one tells a prefilter nothing: anchors avoid them.
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  ("a an the this that these those any all some no not nor and or but if as at by for from in into of on onto to with " +
    "is are was were be been being am 're 'm 's do does did have has had having get gets got i me my we us our you your " +
    "it its they them their he him his she her there here what which who how when where why can could may might will " +
    "would shall should must one more most very just also then than so up out about").split(" "),
);

/** How telling a word is for a prefilter: 0 for common words, else its length. */
export function rarity(word: string): number {
  return COMMON_WORDS.has(word.replace(/’/g, "'")) ? 0 : word.length;
}
