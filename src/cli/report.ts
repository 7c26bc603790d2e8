// The result of linting one file, as every formatter sees it.
import type { Finding, Severity } from "../core/index.ts";

export interface FileReport {
  /** Absolute path, or the --stdin-filename (absolute) for stdin. */
  filePath: string;
  /** Path relative to the working folder, with `/`, for people and for SARIF/GitHub. */
  displayPath: string;
  findings: Finding[];
  /** 0-100; undefined when the file could not be linted. */
  perspectiveScore?: number;
  /** Why the file could not be linted (missing, binary, not UTF-8, changed during --fix...). */
  error?: string;
  /** Edits --fix applied (or would apply, with --fix-dry-run). */
  fixed?: number;
  /** The unified diff --fix-dry-run would apply. */
  diff?: string;
}

/** The pseudo rule id of `--report-unused-disables` findings. */
export const UNUSED_DISABLE_RULE = "unused-disable";

export interface SeverityCounts {
  error: number;
  warning: number;
  info: number;
  fixable: number;
}

export function countFindings(reports: readonly FileReport[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0, fixable: 0 };
  for (const report of reports) {
    for (const finding of report.findings) {
      counts[finding.severity]++;
      if (finding.suggestions.some((s) => s.safe)) counts.fixable++;
    }
  }
  return counts;
}

export const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export const plural = (n: number, word: string, many = `${word}s`): string => `${n} ${n === 1 ? word : many}`;
