// Runs a composite action's `run:` steps the way the GitHub runner does: `${{ }}` expressions
// substituted in env, working-directory and script, each script run with `bash -eo pipefail`.
// Only `inputs.NAME` and `github.action_path` are understood; any other expression fails, so a new
// one in action.yml cannot slip past the test unrun.
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parse } from "yaml";

interface ActionStep {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
  "working-directory"?: string;
}

interface ActionFile {
  inputs: Record<string, { default?: string }>;
  runs: { using: string; steps: ActionStep[] };
}

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  /** What the steps appended to $GITHUB_STEP_SUMMARY. */
  summary: string;
  /** name=value lines the steps appended to $GITHUB_OUTPUT. */
  outputs: Record<string, string>;
  /** Every npm, npx, pnpm or yarn command line a step tried to run. */
  packageManagerCalls: string[];
  /** The `uses:` steps, which this runner does not run. */
  skipped: string[];
}

// `${{ inputs.fail-on }}`, `${{ github.action_path }}`: the two expression forms action.yml may use.
const EXPRESSION = /\$\{\{\s*(.*?)\s*\}\}/g;

export function readAction(file: string): ActionFile {
  return parse(readFileSync(file, "utf8")) as ActionFile;
}

function substitute(text: string, inputs: Record<string, string>, actionPath: string): string {
  return text.replace(EXPRESSION, (whole, expression: string) => {
    if (expression === "github.action_path") return actionPath;
    const input = /^inputs\.([\w-]+)$/.exec(expression);
    if (input && input[1]! in inputs) return inputs[input[1]!]!;
    throw new Error(`action.yml uses ${whole}, which this test's runner does not substitute`);
  });
}

/** Runs every `run:` step of the composite action at `actionFile` in `workspace`, in order. */
export function runAction(actionFile: string, given: Record<string, string>, workspace: string, temp: string): ActionRun {
  const action = readAction(actionFile);
  if (action.runs.using !== "composite") throw new Error(`expected a composite action, got ${action.runs.using}`);
  const unknown = Object.keys(given).filter((name) => !(name in action.inputs));
  if (unknown.length) throw new Error(`action.yml has no inputs named ${unknown.join(", ")}`);
  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) inputs[name] = given[name] ?? spec.default ?? "";
  const actionPath = dirname(actionFile);

  // Package managers on PATH record the call and fail: the Action must not install anything.
  const shims = join(temp, "shims");
  const calls = join(temp, "package-manager-calls.log");
  mkdirSync(shims, { recursive: true });
  for (const tool of ["npm", "npx", "pnpm", "yarn"]) {
    writeFileSync(join(shims, tool), `#!/bin/sh\necho "${tool} $*" >> '${calls}'\nexit 1\n`);
    chmodSync(join(shims, tool), 0o755);
  }
  const summaryFile = join(temp, "step-summary.md");
  const outputFile = join(temp, "github-output");
  writeFileSync(summaryFile, "");
  writeFileSync(outputFile, "");
  const runnerTemp = join(temp, "runner-temp");
  mkdirSync(runnerTemp, { recursive: true });

  const result: ActionRun = { code: 0, stdout: "", stderr: "", summary: "", outputs: {}, packageManagerCalls: [], skipped: [] };
  for (const [index, step] of action.runs.steps.entries()) {
    if (step.run === undefined) {
      result.skipped.push(substitute(step.uses ?? "", inputs, actionPath));
      continue;
    }
    if (step.shell !== "bash") throw new Error(`step ${step.id ?? index} uses shell ${step.shell}; this runner only knows bash`);
    const env: Record<string, string> = {
      PATH: [shims, dirname(process.execPath), "/usr/bin", "/bin"].join(":"),
      HOME: temp,
      NO_COLOR: "1",
      CI: "true",
      GITHUB_ACTIONS: "true",
      GITHUB_WORKSPACE: workspace,
      GITHUB_STEP_SUMMARY: summaryFile,
      GITHUB_OUTPUT: outputFile,
      RUNNER_TEMP: runnerTemp,
    };
    for (const [name, value] of Object.entries(step.env ?? {})) env[name] = substitute(String(value), inputs, actionPath);
    const script = join(temp, `step-${index}.sh`);
    writeFileSync(script, substitute(step.run, inputs, actionPath));
    const cwd = step["working-directory"] ? substitute(step["working-directory"], inputs, actionPath) : workspace;
    // The runner's own command line for `shell: bash`.
    const run = spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", script], { cwd, env, encoding: "utf8" });
    if (run.error) throw run.error;
    result.stdout += run.stdout;
    result.stderr += run.stderr;
    result.code = run.status ?? -1;
    if (result.code !== 0) break;
  }
  result.summary = readFileSync(summaryFile, "utf8");
  for (const line of readFileSync(outputFile, "utf8").split("\n").filter(Boolean)) {
    const equals = line.indexOf("=");
    result.outputs[line.slice(0, equals)] = line.slice(equals + 1);
  }
  if (existsSync(calls)) result.packageManagerCalls = readFileSync(calls, "utf8").split("\n").filter(Boolean);
  return result;
}
