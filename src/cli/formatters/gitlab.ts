// GitLab Code Quality (a subset of the Code Climate issue format) for the merge request widget:
// https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format
// Paths are relative to the repository root, as GitLab matches them against the diff.
import { createHash } from "node:crypto";
import type { Severity } from "../../core/index.ts";
import type { Formatter } from "./context.ts";
import { repoPath } from "./paths.ts";

/**
 * Our three levels over GitLab's five. critical and blocker stay unused: they claim the change breaks
 * something, and a sentence that speaks for the company does not.
 */
export const GITLAB_SEVERITY: Record<Severity, "info" | "minor" | "major"> = { info: "info", warning: "minor", error: "major" };

/** One Code Quality issue: the fields GitLab requires. */
export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: "info" | "minor" | "major" | "critical" | "blocker";
  location: { path: string; lines: { begin: number } };
}

const fingerprintOf = (...parts: Array<string | number>): string => createHash("sha256").update(parts.join("\0")).digest("hex");

export const gitlab: Formatter = (reports, context) => {
  const issues: CodeQualityIssue[] = [];
  for (const r of reports) {
    const path = repoPath(r, context.repoRoot);
    if (r.error) {
      issues.push({ description: `${path}: ${r.error}`, check_name: "not-linted", fingerprint: fingerprintOf(path, "not-linted"), severity: "major", location: { path, lines: { begin: 1 } } });
    }
    // The fingerprint leaves out the line so an issue keeps its identity when text above it moves;
    // the occurrence count tells apart the same words caught twice in one file.
    const occurrences = new Map<string, number>();
    for (const f of r.findings) {
      const key = `${f.ruleId}\0${f.excerpt}`;
      const occurrence = (occurrences.get(key) ?? 0) + 1;
      occurrences.set(key, occurrence);
      issues.push({
        description: f.message,
        check_name: f.ruleId,
        fingerprint: fingerprintOf(path, f.ruleId, f.excerpt, occurrence),
        severity: GITLAB_SEVERITY[f.severity],
        location: { path, lines: { begin: f.start.line } },
      });
    }
  }
  return `${JSON.stringify(issues, null, 2)}\n`;
};
