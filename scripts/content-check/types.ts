// Shared shapes of the content checker: the tree it reads, the options it takes and what it reports.
import type { LintOptions, LintResult } from "../../src/core/types.ts";
import type { SeedTheme } from "../../src/core/content/themes.ts";

/** A content directory in memory: every file path (POSIX, relative to the root) and the Markdown sources. */
export interface ContentTree {
  /** Every file under the root, Markdown or not, for resolving links. */
  paths: Set<string>;
  /** Source text of every `.md` file, by path. */
  sources: Map<string, string>;
}

/** One problem. `file` is relative to the content root; `field` names what to fix. */
export interface ContentProblem {
  file: string;
  field: string;
  message: string;
  line?: number;
}

export type LintFunction = (text: string, options?: LintOptions) => LintResult;

export interface FileScore {
  file: string;
  score: number;
  sentences: number;
}

export interface CheckOptions {
  /** YYYY-MM-DD; review dates after it are errors. */
  today: string;
  minPrinciples: number;
  minChecklists: number;
  minPairsPerPrinciple: number;
  minPairsTotal: number;
  themes: readonly SeedTheme[];
  /** Rule ids promised but not written yet: while their files are missing, links to them warn instead of failing. */
  pendingRules: readonly string[];
  /** The core's lint(); when absent, the dogfooding step is skipped with a warning. */
  lint?: LintFunction;
}

export interface CheckReport {
  errors: ContentProblem[];
  warnings: ContentProblem[];
  scores: FileScore[];
  counts: {
    principles: number;
    checklists: number;
    pairs: number;
    checklistItems: number;
    /** Don't examples the linter flags on their own; undefined when lint() is not available. */
    dontsCaught?: number;
  };
}
