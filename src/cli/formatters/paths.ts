// Paths as CI tools want them: relative to the repository root, with `/`.
import { relative } from "node:path";
import { gitRoot } from "../ignore-files.ts";
import { toPosix } from "../glob-match.ts";
import type { FileReport } from "../report.ts";

/** The report's path from the git root (the working folder outside a repository). */
export function repoPath(report: FileReport, cwd: string): string {
  if (report.displayPath === "<stdin>") return report.displayPath;
  const rel = toPosix(relative(gitRoot(cwd) ?? cwd, report.filePath));
  return rel && !rel.startsWith("../") ? rel : report.displayPath;
}
