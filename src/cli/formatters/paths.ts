// Paths as CI tools want them: relative to the repository root, with `/`.
import { relative } from "node:path";
import { toPosix } from "../../project/glob-match.ts";
import type { FileReport } from "../report.ts";

/** The report's path from the git root (the working folder outside a repository). */
export function repoPath(report: FileReport, repoRoot: string): string {
  if (report.displayPath === "<stdin>") return report.displayPath;
  const rel = toPosix(relative(repoRoot, report.filePath));
  return rel && !rel.startsWith("../") ? rel : report.displayPath;
}
