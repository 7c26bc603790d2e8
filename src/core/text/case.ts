// Rewrites keep the original's case: "Users must" becomes "You must", "USERS MUST" becomes "YOU MUST".

/** Fills a replacement template: $1..$9 and ${n} are capture groups, $& is the whole match, $$ is "$". */
export function fillTemplate(template: string, groups: Array<string | undefined>): string {
  return template
    .replace(/\$(?:\$|&|\{(\d+)\}|(\d))/g, (token, braced: string | undefined, single: string | undefined) => {
      if (token === "$$") return "$";
      if (token === "$&") return groups[0] ?? "";
      return groups[Number(braced ?? single)] ?? "";
    })
    .replace(/ {2,}/g, " ")
    .trim();
}

const LETTER = /\p{L}/u;

/** Gives `replacement` the case pattern of `original`: all caps, or a leading capital. */
export function matchCase(original: string, replacement: string): string {
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
