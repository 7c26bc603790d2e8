// Finds, in one pass over a sentence, which rules have one of their trigger words in it
// (an Aho-Corasick automaton over every rule's triggers), so rules that cannot fire cost nothing.

/** A trigger found at a state: which rule, how long, and whether it must stand as a whole word. */
interface Hit {
  rule: number;
  length: number;
  whole: boolean;
}

// Letters and digits (and anything beyond ASCII, which is nearly always a letter) join words.
const joins = (code: number) => (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code > 127;

export class TriggerIndex {
  private readonly next: Array<Map<string, number>> = [new Map()];
  private readonly fail: number[] = [0];
  private readonly out: Hit[][] = [[]];
  private readonly always: number[] = [];
  private readonly ruleCount: number;

  /**
   * `triggers[r]` lists rule r's trigger words (lowercase), or undefined when it always runs. A
   * rule listed in `wholeWords` matches only whole words ("is" not inside "this"); the others match
   * anywhere, since regex-derived literals are often stems ("suspend" in "suspended").
   */
  constructor(triggers: ReadonlyArray<readonly string[] | undefined>, wholeWords: ReadonlyArray<boolean> = []) {
    this.ruleCount = triggers.length;
    triggers.forEach((words, rule) => {
      if (!words) this.always.push(rule);
      else for (const word of words) this.add(word, rule, wholeWords[rule] === true);
    });
    this.link();
  }

  private add(word: string, rule: number, whole: boolean): void {
    let state = 0;
    for (const ch of word) {
      let to = this.next[state]!.get(ch);
      if (to === undefined) {
        to = this.next.length;
        this.next.push(new Map());
        this.fail.push(0);
        this.out.push([]);
        this.next[state]!.set(ch, to);
      }
      state = to;
    }
    this.out[state]!.push({ rule, length: word.length, whole });
  }

  // Breadth-first: each state's failure link is the longest proper suffix that is also in the trie.
  private link(): void {
    const queue = [...this.next[0]!.values()];
    for (let i = 0; i < queue.length; i++) {
      const state = queue[i]!;
      for (const [ch, to] of this.next[state]!) {
        let f = this.fail[state]!;
        while (f !== 0 && !this.next[f]!.has(ch)) f = this.fail[f]!;
        const target = this.next[f]!.get(ch);
        this.fail[to] = target !== undefined && target !== to ? target : 0;
        this.out[to]!.push(...this.out[this.fail[to]!]!);
        queue.push(to);
      }
    }
  }

  // A dense table of ASCII moves (failure links folded in), built on first use: the scan then
  // costs one array read per character. Other characters take the Map path.
  private ascii: Int32Array | undefined;

  private move(state: number, ch: string): number {
    while (state !== 0 && !this.next[state]!.has(ch)) state = this.fail[state]!;
    return this.next[state]!.get(ch) ?? 0;
  }

  private asciiTable(): Int32Array {
    const table = new Int32Array(this.next.length * 128);
    for (let state = 0; state < this.next.length; state++) {
      for (let code = 0; code < 128; code++) table[state * 128 + code] = this.move(state, String.fromCharCode(code));
    }
    return table;
  }

  /** For each rule, 1 when it may fire on `lower` (a lowercased sentence), else 0. */
  candidates(lower: string): Uint8Array {
    const run = new Uint8Array(this.ruleCount);
    for (const rule of this.always) run[rule] = 1;
    const table = (this.ascii ??= this.asciiTable());
    let state = 0;
    for (let i = 0; i < lower.length; i++) {
      const code = lower.charCodeAt(i);
      state = code < 128 ? table[state * 128 + code]! : this.move(state, lower[i]!);
      const hits = this.out[state]!;
      for (let h = 0; h < hits.length; h++) {
        const hit = hits[h]!;
        if (hit.whole) {
          const from = i - hit.length + 1;
          // A clitic ("'re") may follow its word directly.
          const leftOk = from === 0 || !joins(lower.charCodeAt(from - 1)) || lower[from] === "'" || lower[from] === "’";
          if (!leftOk || (i + 1 < lower.length && joins(lower.charCodeAt(i + 1)))) continue;
        }
        run[hit.rule] = 1;
      }
    }
    return run;
  }
}
