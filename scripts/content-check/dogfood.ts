// Lints a page's own prose with the core linter, with non-prose ranges (Don't examples, rule names) blanked out.
import type { OffsetRange } from "../../src/core/types.ts";
import type { Sink } from "./sink.ts";
import type { LintFunction } from "./types.ts";

/** Replaces each range with spaces, keeping line breaks, so offsets and line numbers stay the same. */
export function maskRanges(source: string, ranges: OffsetRange[]): string {
  const chars = source.split("");
  for (const { start, end } of ranges) {
    for (let i = start; i < end && i < chars.length; i++) {
      if (chars[i] !== "\n" && chars[i] !== "\r") chars[i] = " ";
    }
  }
  return chars.join("");
}

/** Lints the page, reports error-level findings and returns its perspective score. */
export function dogfood(
  file: string,
  source: string,
  notProse: OffsetRange[],
  lint: LintFunction,
  sink: Sink,
): { score: number; sentences: number } {
  const result = lint(maskRanges(source, notProse), { syntax: "markdown", frontMatterFields: ["title", "summary"] });
  for (const finding of result.findings) {
    if (finding.severity !== "error") continue;
    sink.error({
      file,
      field: `prose (${finding.ruleId})`,
      line: finding.start.line,
      message: `"${finding.excerpt}": ${finding.message}`,
    });
  }
  return { score: result.perspective.score, sentences: result.perspective.sentences };
}
