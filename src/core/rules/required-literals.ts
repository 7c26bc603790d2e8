// Finds words a pattern cannot match without, so a sentence lacking all of them skips the regex.
// Example: "(?:users?|customers?) must" needs "must"; "(we|our) (?:vision|mission)" needs "vision" or "mission".

type RegNode = { type: string; [key: string]: any };

/** Lowercase strings of which at least one occurs in every match; undefined when none is known. */
type Required = string[] | undefined;

const MIN_LENGTH = 3;

// Words in most sentences filter nothing; a rarer word from the same pattern is a better trigger.
const COMMON = new Set(
  ("the and you your our are not may can will for with this that these those have has had was were " +
    "any all its their they them who what when which from into out use used using any per than then " +
    "one two get got make made more most some such each also only just been being would could should")
    .split(" "),
);

/** How well a word filters sentences: its length, or zero for words nearly every sentence has. */
function strength(word: string): number {
  return COMMON.has(word) ? 0 : word.length;
}

function better(a: Required, b: Required): Required {
  if (!a) return b;
  if (!b) return a;
  // Prefer the set whose shortest string is longest: it rules out the most sentences.
  // On a tie, fewer alternatives means fewer substring checks.
  const shortest = (r: string[]) => Math.min(...r.map(strength));
  if (shortest(b) !== shortest(a)) return shortest(b) > shortest(a) ? b : a;
  return b.length < a.length ? b : a;
}

function literalChar(node: RegNode): string | undefined {
  if (node.type !== "value") return undefined;
  const ch = String.fromCodePoint(node.codePoint);
  return /[\p{L}\p{N}]/u.test(ch) ? ch.toLowerCase() : undefined;
}

function ofSequence(nodes: RegNode[]): Required {
  let best: Required;
  let run = "";
  const flush = () => {
    if (run.length >= MIN_LENGTH) best = better(best, [run]);
    run = "";
  };
  for (const node of nodes) {
    const ch = literalChar(node);
    if (ch !== undefined) {
      run += ch;
      continue;
    }
    flush();
    best = better(best, ofNode(node));
  }
  flush();
  return best;
}

function ofNode(node: RegNode): Required {
  switch (node.type) {
    case "alternative":
      return ofSequence(node.body);
    case "disjunction": {
      const all: string[] = [];
      for (const alt of node.body as RegNode[]) {
        const req = ofNode(alt);
        if (!req) return undefined;
        all.push(...req);
      }
      return all;
    }
    case "group":
      if (node.behavior !== "normal" && node.behavior !== "ignore") return undefined;
      return ofSequence(node.body);
    case "quantifier":
      return node.min >= 1 ? ofNode(node.body[0]) : undefined;
    default: {
      const ch = literalChar(node);
      return ch !== undefined && MIN_LENGTH <= 1 ? [ch] : undefined;
    }
  }
}

/** The required literals of a parsed pattern (regjsparser AST). */
export function requiredLiterals(tree: RegNode): string[] | undefined {
  const req = ofNode(tree);
  return req && req.length > 0 ? [...new Set(req)] : undefined;
}
