// Collects errors and warnings as checks run, so each check only says what it found.
import type { ContentProblem } from "./types.ts";

export interface Sink {
  error(problem: ContentProblem): void;
  warn(problem: ContentProblem): void;
}

export function createSink(): Sink & { errors: ContentProblem[]; warnings: ContentProblem[] } {
  const errors: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  return { errors, warnings, error: (p) => errors.push(p), warn: (p) => warnings.push(p) };
}
