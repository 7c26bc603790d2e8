// Turns the linter's findings on one sentence into a prediction the metrics can score.
import { lint } from "../../src/core/index.ts";
import type { Finding, LintOptions } from "../../src/core/types.ts";
import type { Prediction } from "./metrics.ts";

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** The finding a reader meets first: the most severe, then the earliest. */
export function leadingFinding(findings: readonly Finding[]): Finding | undefined {
  return [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.range.start - b.range.start)[0];
}

/** A predictor that lints each sentence as its own document with the given options. */
export function outsideInPredictor(options: LintOptions = {}): (text: string) => Prediction {
  return (text) => {
    const { findings } = lint(text, options);
    return {
      flagged: findings.length > 0,
      category: leadingFinding(findings)?.category,
      suggested: findings.some((f) => f.suggestions.length > 0),
      rules: findings.map((f) => f.ruleId),
    };
  };
}

/** Wraps a yes/no anchor as a predictor. */
export function anchorPredictor(flags: (text: string) => boolean): (text: string) => Prediction {
  return (text) => ({ flagged: flags(text), suggested: false, rules: [] });
}
