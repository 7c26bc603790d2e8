// One file's lint (and fix) from its text: the unit of work for the main thread or a worker.
import { createLineIndex, fixAll, lint, type Finding, type LintOptions, type LintResult, type Rulebook } from "../core/index.ts";
import { UNUSED_DISABLE_RULE } from "./report.ts";

/** LintOptions without the rulebook, which workers look up by key: plain data for postMessage. */
export type TaskOptions = Omit<LintOptions, "rulebook">;

export interface LintTask {
  text: string;
  options: TaskOptions;
  rulebookKey: string;
  fix: boolean;
  reportUnusedDisables: boolean;
}

export interface LintOutcome {
  findings: Finding[];
  perspectiveScore: number;
  /** The fixed text, when fixing changed it. */
  output?: string;
  fixed: number;
}

function unusedDisableFindings(text: string, result: LintResult): Finding[] {
  const lines = createLineIndex(text);
  return result.unusedDisables.map((unused) => ({
    ruleId: UNUSED_DISABLE_RULE,
    severity: "warning",
    category: "evasive",
    message: `Unused disable comment${unused.ruleIds.length ? ` for ${unused.ruleIds.join(", ")}` : ""}: no problem was reported here; remove it.`,
    excerpt: text.slice(unused.range.start, unused.range.end),
    range: unused.range,
    start: unused.start,
    end: lines.position(unused.range.end),
    suggestions: [],
  }));
}

export function runLintTask(task: LintTask, rulebookFor: (key: string) => Rulebook): LintOutcome {
  const options: LintOptions = { ...task.options, rulebook: rulebookFor(task.rulebookKey) };
  let result: LintResult;
  let output: string | undefined;
  let fixed = 0;
  if (task.fix) {
    const fixedAll = fixAll(task.text, options);
    result = fixedAll.result;
    fixed = fixedAll.fixed;
    if (fixedAll.output !== task.text) output = fixedAll.output;
  } else {
    result = lint(task.text, options);
  }
  const findings = task.reportUnusedDisables
    ? [...result.findings, ...unusedDisableFindings(output ?? task.text, result)].sort((a, b) => a.range.start - b.range.start)
    : result.findings;
  return { findings, perspectiveScore: result.perspective.score, output, fixed };
}
