// Finds quoted words that are mentioned rather than used: the word "must", the phrase 'sole discretion'.
import type { OffsetRange } from "../types.ts";

// Quotes of up to this many words are mentions; longer quotes are real speech and are linted.
const MAX_MENTION_WORDS = 6;

// Straight double, curly double, curly single, and straight single quotes that open after a space.
const QUOTED = /"([^"\n]{1,80})"|“([^”\n]{1,80})”|‘([^’\n]{1,80})’|(?<![\p{L}\p{N}])'([^'\n]{1,80})'(?![\p{L}\p{N}])/gu;

/** Ranges (relative to `text`) of short quoted mentions, quotes included. */
export function findMentions(text: string): OffsetRange[] {
  const mentions: OffsetRange[] = [];
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
