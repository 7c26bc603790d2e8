// An upper bound on the steps a backtracking regex engine (V8's) can take to search one text.
//
// The pattern is read right to left, each part joined to what follows it (its tail). For a tail
// the bound keeps, for each kind of next character (see char-masks.ts) and for the end of the
// text, two worst cases: the steps until the tail succeeds or fails (`any`), and the steps of a
// run that fails (`fail`, 0 when the tail cannot fail). A repeat that gives characters back
// retries its tail only where the next character is one the repeat itself could take, and every
// retry but the last has failed: so `\w+ must` retries ` must` at one step each, while `(a?){6}a`
// retries everything. The bound follows what backtracking really does, through nested and chained
// bounded repeats, alternation and lookaround.
import { atomMask, hasKind, KIND_COUNT, type KindMask, type RegNode } from "./char-masks.ts";
import { PatternError } from "./pattern-error.ts";

// One more slot than there are kinds: the end of the text, which no atom matches.
const SLOTS = KIND_COUNT + 1;

interface Tail {
  /** Worst-case steps until the tail succeeds or fails, by kind of next character. */
  any: number[];
  /** Worst-case steps of a failing run, by kind of next character; 0 where it cannot fail. */
  fail: number[];
}

// The end of the pattern: it succeeds at once.
const ACCEPT: Tail = { any: new Array(SLOTS).fill(1), fail: new Array(SLOTS).fill(0) };
// Bounded repeats of groups are unrolled; past this count the bound gives up.
const MAX_UNROLL = 100;
// The analysis itself stays small: past this many steps it gives up and reports no bound.
const MAX_ANALYSIS_STEPS = 20_000;

class TooComplex extends Error {}

function most(steps: number[]): number {
  let worst = 0;
  for (const c of steps) if (c > worst) worst = c;
  return worst;
}
// Never 0 × Infinity = NaN: no tries cost nothing.
const times = (count: number, each: number) => (count === 0 ? 0 : count * each);

// Masks are bigints; the analysis reads them kind by kind, so each is unpacked once.
const unpacked = new Map<KindMask, Uint8Array>();
function kindsIn(mask: KindMask): Uint8Array {
  let kinds = unpacked.get(mask);
  if (!kinds) {
    kinds = Uint8Array.from({ length: SLOTS }, (_, k) => (k < KIND_COUNT && hasKind(mask, k) ? 1 : 0));
    unpacked.set(mask, kinds);
  }
  return kinds;
}

/** The worst of `steps` where the next character is one of `kinds`. */
function within(steps: number[], kinds: Uint8Array): number {
  let worst = 0;
  for (let k = 0; k < SLOTS; k++) if (kinds[k] && steps[k]! > worst) worst = steps[k]!;
  return worst;
}

/** A zero-width test (anchor, lookaround) costing `steps` that may fail, then `next` at the same place. */
const zeroWidth = (steps: number, next: Tail): Tail => ({ any: next.any.map((c) => steps + c), fail: next.fail.map((c) => steps + c) });

/** Alternatives tried in order until one succeeds; the choice fails only when all of them fail. */
function choice(options: Tail[]): Tail {
  const any = new Array(SLOTS).fill(0);
  const fail = new Array(SLOTS).fill(0);
  for (let k = 0; k < SLOTS; k++) {
    let failedSoFar = 1;
    let worst = 0;
    let canFail = true;
    for (const option of options) {
      worst = Math.max(worst, failedSoFar + option.any[k]!);
      if (option.fail[k] === 0) {
        canFail = false;
        break;
      }
      failedSoFar += option.fail[k]!;
    }
    any[k] = Math.max(worst, canFail ? failedSoFar : 0);
    fail[k] = canFail ? failedSoFar : 0;
  }
  return { any, fail };
}

/** The lowercase ASCII characters an alternative must start with, e.g. "close" for `close\s+your`. */
function literalPrefix(node: RegNode): string {
  const items = node.type === "alternative" ? (node.body as RegNode[]) : [node];
  let prefix = "";
  for (const item of items) {
    if (item.type !== "value" || item.codePoint >= 128) break;
    prefix += String.fromCodePoint(item.codePoint).toLowerCase();
  }
  return prefix;
}

/**
 * Alternatives whose literal starts differ ("cancel|close") cannot both get past them at one
 * place: past its start an alternative runs in full only with those whose starts are prefixes of
 * its own. Each other alternative costs at most its start plus one step.
 */
function literalChoice(options: Tail[], prefixes: string[]): Tail {
  const order = prefixes.map((_, i) => i).sort((a, b) => prefixes[a]!.length - prefixes[b]!.length);
  const base = prefixes.reduce((sum, p) => sum + p.length + 1, 1);
  // Which earlier alternatives (in `order`) have a start that begins this one's.
  const below = order.map((i, at) => order.slice(0, at).filter((j) => prefixes[i]!.startsWith(prefixes[j]!)));
  const heaviestChain = (cost: (i: number) => number) => {
    const best: number[] = [];
    let heaviest = 0;
    order.forEach((i, at) => {
      const under = below[at]!.reduce((m, j) => Math.max(m, best[j]!), 0);
      best[i] = under + Math.max(0, cost(i) - prefixes[i]!.length - 1);
      heaviest = Math.max(heaviest, best[i]!);
    });
    return base + heaviest;
  };
  const any = new Array(SLOTS).fill(0).map((_, k) => heaviestChain((i) => options[i]!.any[k]!));
  const fail = new Array(SLOTS).fill(0).map((_, k) => heaviestChain((i) => options[i]!.fail[k]!));
  return { any, fail };
}

/** The smaller of two bounds for the same tail, kind by kind; a tail that cannot fail stays so. */
function tighter(a: Tail, b: Tail): Tail {
  return { any: a.any.map((c, k) => Math.min(c, b.any[k]!)), fail: a.fail.map((c, k) => (c === 0 ? 0 : Math.min(c, b.fail[k]!))) };
}

/** A group holding one single-character atom, e.g. `(?:\s+)` from a widened space, counts as that atom. */
function singleAtom(node: RegNode): RegNode {
  while (node.type === "group" && (node.behavior === "normal" || node.behavior === "ignore") && node.body.length === 1) {
    const inner = node.body[0] as RegNode;
    if (atomMask(inner) === undefined && inner.type !== "group") break;
    node = inner;
  }
  return node;
}

class Bound {
  private steps = 0;
  private readonly textLength: number;
  /** Whether `^` can hold where the search starts: only at the start of the text. */
  private readonly atTextStart: boolean;
  constructor(textLength: number, atTextStart: boolean) {
    this.textLength = textLength;
    this.atTextStart = atTextStart;
  }

  /** A sequence of nodes followed by `next`; a lookbehind's body runs backwards. */
  sequence(nodes: RegNode[], next: Tail, backward: boolean, depth: number): Tail {
    const order = backward ? nodes : [...nodes].reverse();
    return order.reduce((tail, node) => this.node(node, tail, backward, depth), next);
  }

  /** `depth` counts enclosing lookbehinds: inside one, `^` may hold at any search start. */
  node(node: RegNode, next: Tail, backward: boolean, depth: number): Tail {
    if (++this.steps > MAX_ANALYSIS_STEPS) throw new TooComplex();
    switch (node.type) {
      case "alternative":
        return this.sequence(node.body, next, backward, depth);
      case "disjunction": {
        const alts = node.body as RegNode[];
        const options = alts.map((alt) => this.node(alt, next, backward, depth));
        const prefixes = alts.map(literalPrefix);
        const distinct = !backward && new Set(prefixes.map((p) => p[0] ?? "")).size > 1;
        return distinct ? tighter(choice(options), literalChoice(options, prefixes)) : choice(options);
      }
      case "group":
        return this.group(node, next, backward, depth);
      case "quantifier":
        return this.repeat(node, next, backward, depth);
      case "anchor":
        // Past the start of the text `^` fails at once (patterns run without the `m` flag).
        if (node.kind === "start" && !this.atTextStart && depth === 0) return { any: new Array(SLOTS).fill(1), fail: new Array(SLOTS).fill(1) };
        return zeroWidth(1, next);
      case "reference":
        throw new PatternError("backreferences (\\1, \\k<name>) are not supported");
      default: {
        const mask = atomMask(node);
        if (mask === undefined) throw new TooComplex();
        const kinds = kindsIn(mask);
        const onward = 1 + most(next.any);
        const failing = most(next.fail);
        return {
          any: next.any.map((_, k) => (kinds[k] ? onward : 1)),
          fail: next.fail.map((_, k) => (!kinds[k] ? 1 : failing === 0 ? 0 : 1 + failing)),
        };
      }
    }
  }

  private group(node: RegNode, next: Tail, backward: boolean, depth: number): Tail {
    if (node.behavior === "normal" || node.behavior === "ignore") return this.sequence(node.body, next, backward, depth);
    // A lookaround runs its body once where it stands and never backtracks into it.
    const looksBack = node.behavior === "lookbehind" || node.behavior === "negativeLookbehind";
    const body = this.sequence(node.body, ACCEPT, looksBack, looksBack ? depth + 1 : depth);
    return zeroWidth(most(body.any), next);
  }

  private repeat(node: RegNode, next: Tail, backward: boolean, depth: number): Tail {
    const body = singleAtom(node.body[0]);
    const min: number = node.min;
    const max: number = node.max ?? Infinity;
    const mask = atomMask(body);
    if (mask !== undefined) return this.atomRepeat(mask, min, max, next);
    if (max > MAX_UNROLL) throw new TooComplex();
    // Unroll: after the required copies, each further copy is tried first, then the repeat ends.
    let tail = next;
    for (let copy = max; copy > min; copy--) tail = choice([this.node(body, tail, backward, depth), next]);
    for (let copy = min; copy > 0; copy--) tail = this.node(body, tail, backward, depth);
    return tail;
  }

  /** `x{min,max}` for a single-character x: it may stop at any length from min up and try `next`. */
  private atomRepeat(mask: KindMask, min: number, max: number, next: Tail): Tail {
    const kinds = kindsIn(mask);
    const longest = Math.min(max, this.textLength);
    const stops = Math.max(0, longest - min + 1);
    const failing = most(next.fail);
    // The longest stop runs `next` once in any way. If it fails, every shorter stop leaves a next
    // character x could take, so each costs only what `next` costs there.
    const shorter = Math.max(0, stops - 1);
    const afterLongestFails = failing + times(shorter, within(next.fail, kinds)) + (shorter > 0 ? within(next.any, kinds) : 0);
    const taking = {
      any: longest + 1 + (failing === 0 ? most(next.any) : Math.max(most(next.any), afterLongestFails)),
      fail: failing === 0 ? 0 : longest + 1 + failing + times(shorter, within(next.fail, kinds)),
    };
    return {
      any: next.any.map((steps, k) => (kinds[k] ? taking.any : min > 0 ? 1 : 1 + steps)),
      fail: next.fail.map((steps, k) => (kinds[k] ? taking.fail : min > 0 ? 1 : steps === 0 ? 0 : 1 + steps)),
    };
  }
}

function hasStartAnchor(node: RegNode): boolean {
  if (node.type === "anchor") return node.kind === "start";
  return Array.isArray(node.body) && (node.body as RegNode[]).some(hasStartAnchor);
}

/**
 * The most steps a backtracking engine can take searching a text of `textLength` characters for
 * `tree` from every start position; Infinity when no bound could be shown.
 */
export function backtrackingBound(tree: RegNode, textLength: number): number {
  try {
    const elsewhere = most(new Bound(textLength, false).node(tree, ACCEPT, false, 0).any);
    const atStart = hasStartAnchor(tree) ? most(new Bound(textLength, true).node(tree, ACCEPT, false, 0).any) : elsewhere;
    return atStart + textLength * elsewhere;
  } catch (error) {
    if (error instanceof TooComplex) return Infinity;
    throw error;
  }
}
