// Finds quoted words that are mentioned rather than used: the word "must", the phrase 'sole discretion'.
import type { OffsetRange } from "../types.ts";

// Quotes of up to this many words are mentions; longer quotes are real speech and are linted.
const MAX_MENTION_WORDS = 6;

// Straight double, curly double, curly single, and straight single quotes that open after a space.
const QUOTED = /"([^"\n]{1,80})"|“([^”\n]{1,80})”|‘([^’\n]{1,80})’|(?<![\p{L}\p{N}])'([^'\n]{1,80})'(?![\p{L}\p{N}])/gu;

// "the word utilize", "the phrase sole discretion": the next word (or two) is named, not used.
// Emphasis marks are already blanks in the prose view, so "the word *utilize*" reads the same.
const NAMED = /\b(?:the|a|an) (?:words?|terms?|phrases?|verbs?|nouns?|expressions?|label) +([\p{L}'’-]+(?: [\p{L}'’-]+)?)/giu;
// A glossary entry in a list or table: "utilize (use *use*)", "leverage – say use", "MQL → person who asked".
const GLOSSARY_ENTRY = /^\s*([\p{L}][\p{L}\p{N}'’ -]{0,40}?)\s*(?:\(|→|=| [–—-] )/u;

/** Ranges of short quoted mentions (quotes included), named words, and a glossary entry's term. */
export function findMentions(text: string, glossary = false): OffsetRange[] {
  const mentions: OffsetRange[] = [];
  for (const m of text.matchAll(NAMED)) {
    const at = m.index + m[0].length - m[1]!.length;
    mentions.push({ start: at, end: at + m[1]!.length });
  }
  const entry = glossary ? GLOSSARY_ENTRY.exec(text) : null;
  if (entry && entry[1]!.trim().split(/\s+/).length <= 4) {
    const at = entry[0].indexOf(entry[1]!);
    mentions.push({ start: at, end: at + entry[1]!.trimEnd().length });
  }
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m; m = QUOTED.exec(text)) {
    const inner = m[1] ?? m[2] ?? m[3] ?? m[4] ?? "";
    const words = inner.trim().split(/\s+/).filter(Boolean).length;
    if (words > 0 && words <= MAX_MENTION_WORDS) mentions.push({ start: m.index, end: m.index + m[0].length });
  }
  return mentions;
}

/** True when [start, end) lies inside one of the mentions. */
export function insideMention(mentions: OffsetRange[], start: number, end: number): boolean {
  return mentions.some((m) => start >= m.start && end <= m.end);
}
