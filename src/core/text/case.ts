// Rewrites keep the original's case: "Users must" becomes "You must", "USERS MUST" becomes "YOU MUST".

// Words capitalised only because they opened the sentence ("Your account has been closed").
const SENTENCE_OPENER = /^(?:The|This|That|These|Those|Such|Your|Our|Its|Their|All|Any|Each|Every|Some|A|An|It|They|You|We)\b/;

/**
 * Fills a replacement template: $1..$9 and ${n} are capture groups, $& is the whole match, $$ is "$".
 * A group moved away from the front ("we've closed $1") loses a sentence-opening capital on a
 * function word, so "Your account" becomes "your account"; names keep their capitals.
 */
export function fillTemplate(template: string, groups: Array<string | undefined>): string {
  const lead = template.length - template.trimStart().length;
  return template
    .replace(/\$(?:\$|&|\{(\d+)\}|(\d))/g, (token, braced: string | undefined, single: string | undefined, at: number) => {
      if (token === "$$") return "$";
      const value = (token === "$&" ? groups[0] : groups[Number(braced ?? single)]) ?? "";
      return at > lead && SENTENCE_OPENER.test(value) ? value[0]!.toLowerCase() + value.slice(1) : value;
    })
    .replace(/ {2,}/g, " ")
    .trim();
}

const LETTER = /\p{L}/u;

/** Gives `replacement` the case pattern of `original`: all caps, or a leading capital. */
export function matchCase(original: string, replacement: string): string {
  // An acronym spelled out ("MAU" to "monthly active users") keeps the template's own case.
  if (/^[\p{Lu}\p{N}]{2,}s?$/u.test(original) && /\s/.test(replacement)) return replacement;
  const letters = original.match(/\p{L}/gu) ?? [];
  if (letters.length >= 2 && letters.every((c) => c === c.toUpperCase() && c !== c.toLowerCase())) {
    return replacement.toUpperCase();
  }
  const first = letters[0];
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) {
    const i = replacement.search(LETTER);
    if (i >= 0) return replacement.slice(0, i) + replacement[i]!.toUpperCase() + replacement.slice(i + 1);
  }
  return replacement;
}
