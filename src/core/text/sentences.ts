// Splits prose blocks into sentences and gives each its context: block, question, actor, mentions.
import type { ProseView } from "../markdown/prose-view.ts";
import type { Sentence } from "../types.ts";
import { findMentions } from "./mentions.ts";
import { detectActor } from "./actor.ts";

// Words whose trailing period does not end a sentence.
const ABBREVIATIONS = new Set([
  "e.g", "i.e", "etc", "vs", "mr", "mrs", "ms", "dr", "inc", "ltd", "co", "corp", "u.s", "u.k", "no",
  "st", "approx", "incl", "jr", "sr", "fig", "cf", "al", "viz", "p.m", "a.m", "dept", "est",
]);

// A sentence ends at . ! ? (plus closing quotes or brackets) followed by space, or at the block end.
const TERMINATOR = /[.!?]+["'”’)\]]*(?=\s)/g;

function endsWithAbbreviation(text: string, dotAt: number): boolean {
  const before = /([A-Za-z][A-Za-z.]*)$/.exec(text.slice(Math.max(0, dotAt - 12), dotAt));
  if (!before) return false;
  const word = before[1]!.toLowerCase();
  // Single letters ("J. Smith") and known abbreviations do not end sentences.
  return word.length === 1 || ABBREVIATIONS.has(word);
}

function nextStartsSentence(text: string, from: number): boolean {
  const next = /\S/.exec(text.slice(from));
  if (!next) return true;
  return /[A-Z0-9"'“‘(\[*_¿¡]/.test(next[0]) || /\p{Lu}/u.test(next[0]);
}

/** Sentence ranges inside one block's text, relative to the block. */
export function sentenceRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = 0;
  TERMINATOR.lastIndex = 0;
  for (let m = TERMINATOR.exec(text); m; m = TERMINATOR.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0].startsWith(".") && m[0].length === 1 && endsWithAbbreviation(text, m.index)) continue;
    if (!nextStartsSentence(text, end)) continue;
    ranges.push([start, end]);
    start = end;
  }
  ranges.push([start, text.length]);
  // Trim white space so ranges cover the words only.
  return ranges
    .map(([s, e]): [number, number] => {
      while (s < e && /\s/.test(text[s]!)) s++;
      while (e > s && /\s/.test(text[e - 1]!)) e--;
      return [s, e];
    })
    .filter(([s, e]) => /\p{L}/u.test(text.slice(s, e)));
}

/** Every sentence of the document, in source order. */
export function splitSentences(view: ProseView): Sentence[] {
  const sentences: Sentence[] = [];
  const altTexts = view.blocks.filter((b) => b.block === "image-alt");
  for (const block of view.blocks) {
    let blockText = view.text.slice(block.range.start, block.range.end);
    // Alt text inside a paragraph is its own block: blank it here so it is linted once.
    if (block.block !== "image-alt") {
      for (const alt of altTexts) {
        if (alt.range.start < block.range.start || alt.range.end > block.range.end) continue;
        const from = alt.range.start - block.range.start;
        const to = alt.range.end - block.range.start;
        blockText = blockText.slice(0, from) + " ".repeat(to - from) + blockText.slice(to);
      }
    }
    for (const [s, e] of sentenceRanges(blockText)) {
      const text = blockText.slice(s, e);
      sentences.push({
        text,
        start: block.range.start + s,
        block: block.block,
        isQuestion: /\?["'”’)\]]*$/.test(text),
        actor: detectActor(text),
        // A list item or table cell can be a glossary entry, whose term is named rather than used.
        mentions: findMentions(text, block.block === "list-item" || block.block === "table-cell"),
        index: sentences.length,
      });
    }
  }
  return sentences;
}
