// Finds, in one pass over a sentence, which rules have one of their trigger words in it
// (an Aho-Corasick automaton over every rule's triggers), so rules that cannot fire cost nothing.

export class TriggerIndex {
  private readonly next: Array<Map<string, number>> = [new Map()];
  private readonly fail: number[] = [0];
  private readonly out: number[][] = [[]];
  private readonly always: number[] = [];
  private readonly ruleCount: number;

  /** `triggers[r]` lists rule r's trigger words (lowercase), or undefined when it always runs. */
  constructor(triggers: ReadonlyArray<readonly string[] | undefined>) {
    this.ruleCount = triggers.length;
    triggers.forEach((words, rule) => {
      if (!words) this.always.push(rule);
      else for (const word of words) this.add(word, rule);
    });
    this.link();
  }

  private add(word: string, rule: number): void {
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
    this.out[state]!.push(rule);
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
      for (let h = 0; h < hits.length; h++) run[hits[h]!] = 1;
    }
    return run;
  }
}
