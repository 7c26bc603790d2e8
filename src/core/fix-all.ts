// Applies every safe suggestion, re-linting until nothing changes (or a pass limit is reached).
import { applyFixes } from "./fixes.ts";
import { lint } from "./lint.ts";
import type { LintOptions, LintResult, TextEdit } from "./types.ts";

export interface FixAllResult {
  output: string;
  /** How many edits were applied over all passes. */
  fixed: number;
  passes: number;
  /** The lint result of the final output. */
  result: LintResult;
}

const MAX_PASSES = 10;

/** The first safe suggestion of each finding, as edits. */
export function safeEdits(result: LintResult): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const finding of result.findings) {
    const safe = finding.suggestions.find((s) => s.safe);
    if (safe) edits.push(...safe.edits);
  }
  return edits;
}

export function fixAll(text: string, options: LintOptions = {}): FixAllResult {
  let output = text;
  let fixed = 0;
  let passes = 0;
  let result = lint(output, options);
  while (passes < MAX_PASSES) {
    const edits = safeEdits(result);
    if (edits.length === 0) break;
    const applied = applyFixes(output, edits);
    if (applied.applied.length === 0 || applied.output === output) break;
    output = applied.output;
    fixed += applied.applied.length;
    passes++;
    result = lint(output, options);
  }
  return { output, fixed, passes, result };
}
