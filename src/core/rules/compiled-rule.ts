// What a rule kind compiles to: a check over sentences or over the whole document.
import type { Category, ContextConditions, Finding, Rule, Sentence, Suggestion } from "../types.ts";
import type { CompiledPattern } from "./safe-pattern.ts";
import { printable } from "../text/printable.ts";

/** A finding before positions and severity are attached: a source range plus what to say. */
export interface RawFinding {
  start: number;
  end: number;
  message: string;
  suggestions: Suggestion[];
  /** Overrides the rule's category (the learned layer names one per sentence). */
  category?: Category;
  /** The principle the finding links to instead of its rule's page. */
  principle?: string;
}

/** Facts about the whole document that metric rules measure. */
export interface DocumentFacts {
  sentences: Sentence[];
  /** Findings from sentence rules, before metric rules run. */
  findings: Finding[];
  perspectiveScore: number;
}

export interface CompiledRule {
  rule: Rule;
  /** Prefilter: lowercase words of which at least one must occur in a sentence; undefined = always run. */
  triggers?: string[];
  /** The triggers are whole words (every inflected form listed), not stems that may sit inside a word. */
  wholeWordTriggers?: boolean;
  checkSentence?(sentence: Sentence, source: string): RawFinding[];
  checkDocument?(facts: DocumentFacts): RawFinding[];
  /** Runs only on sentences no other rule flagged (the learned layer). */
  fallback?: boolean;
}

/**
 * The words a rule cannot fire without: the union of its patterns' required words, or undefined
 * when any pattern has none (then the rule always runs).
 */
export function triggersOf(patterns: CompiledPattern[]): string[] | undefined {
  const words = new Set<string>();
  for (const pattern of patterns) {
    if (!pattern.literals) return undefined;
    for (const word of pattern.literals) words.add(word);
  }
  return [...words];
}

/** True when the sentence's context satisfies the rule's conditions. */
export function contextAllows(rule: ContextConditions, sentence: Sentence): boolean {
  if (rule.blocks && !rule.blocks.includes(sentence.block)) return false;
  if (rule.notBlocks?.includes(sentence.block)) return false;
  if (rule.question !== undefined && rule.question !== sentence.isQuestion) return false;
  if (rule.actors && !rule.actors.includes(sentence.actor)) return false;
  return true;
}

/** Fills `{match}` in a message template. */
export function formatMessage(template: string, match: string): string {
  return template.replace(/\{match\}/g, () => printable(match));
}
