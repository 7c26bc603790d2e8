// Inline controls in HTML comments:
//   <!-- outside-in-disable [rule ...] -->            until a matching enable (or the end)
//   <!-- outside-in-enable [rule ...] -->
//   <!-- outside-in-disable-next-line [rule ...] -->  the next line that has text
//   <!-- outside-in-disable-file [rule ...] -->       the whole file
// No rule ids means every rule.
import type { HtmlComment } from "./markdown/prose-view.ts";
import type { Finding, OffsetRange, UnusedDisable } from "./types.ts";
import type { LineIndex } from "./positions.ts";

type DirectiveKind = "disable" | "enable" | "disable-next-line" | "disable-file";

interface Directive {
  kind: DirectiveKind;
  rules: string[];
  range: OffsetRange;
  /** For disable-next-line: the line it covers. */
  line?: number;
  used: boolean;
}

const DIRECTIVE = /^outside-in-(disable-next-line|disable-file|disable|enable)(?:\s+([\s\S]*))?$/;

export function parseDirectives(comments: HtmlComment[], source: string, lines: LineIndex): Directive[] {
  const directives: Directive[] = [];
  for (const comment of comments) {
    const m = DIRECTIVE.exec(comment.body);
    if (!m) continue;
    const rules = (m[2] ?? "").split(/[\s,]+/).filter((r) => r && !r.startsWith("--"));
    const directive: Directive = { kind: m[1] as DirectiveKind, rules, range: comment.range, used: false };
    if (directive.kind === "disable-next-line") {
      // The next line with text after the comment ends.
      const after = /\r?\n[ \t]*(?=\S)/.exec(source.slice(comment.range.end));
      const offset = after ? comment.range.end + after.index + after[0].length : source.length;
      directive.line = lines.position(offset).line;
    }
    directives.push(directive);
  }
  return directives;
}

function covers(directive: Directive, ruleId: string): boolean {
  return directive.rules.length === 0 || directive.rules.includes(ruleId);
}

function suppressedBy(directives: Directive[], finding: Finding): Directive | undefined {
  for (const d of directives) {
    if (d.kind === "disable-file" && covers(d, finding.ruleId)) return d;
    if (d.kind === "disable-next-line" && d.line === finding.start.line && covers(d, finding.ruleId)) return d;
  }
  // The last disable or enable before the finding decides.
  let state: Directive | undefined;
  for (const d of directives) {
    if (d.range.start > finding.range.start) break;
    if ((d.kind === "disable" || d.kind === "enable") && covers(d, finding.ruleId)) state = d;
  }
  return state?.kind === "disable" ? state : undefined;
}

/** Drops suppressed findings and reports directives that suppressed nothing. */
export function applyDirectives(
  findings: Finding[],
  directives: Directive[],
  lines: LineIndex,
): { kept: Finding[]; unused: UnusedDisable[] } {
  const kept: Finding[] = [];
  for (const finding of findings) {
    const by = suppressedBy(directives, finding);
    if (by) by.used = true;
    else kept.push(finding);
  }
  const unused = directives
    .filter((d) => d.kind !== "enable" && !d.used)
    .map((d) => ({ range: d.range, start: lines.position(d.range.start), ruleIds: d.rules }));
  return { kept, unused };
}
