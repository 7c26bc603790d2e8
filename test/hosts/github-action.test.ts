// The GitHub Action: its script runs from a checkout with node alone (no npm), reports findings as
// workflow commands and a job summary, and sets the exit-code output. The dogfood workflow uses it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { makeTree, ROOT } from "../cli/helpers.ts";
import { readAction, runAction } from "./action-runner.ts";

const ACTION = join(ROOT, "action.yml");
const WORKFLOW = join(ROOT, ".github/workflows/outside-in.yml");

const workspaceFiles = {
  ".outside-in.yaml": "root: true\n",
  "policy.md": "# Accounts\n\nWe may suspend accounts at our sole discretion.\n",
  "clean.md": "# Refunds\n\nYou can ask for a refund within 30 days, and we reply within a day.\n",
};

function run(inputs: Record<string, string>, files: Record<string, string> = workspaceFiles) {
  const workspace = makeTree(files);
  const temp = makeTree({});
  return { workspace, result: runAction(ACTION, inputs, workspace, temp) };
}

describe("action.yml", () => {
  it("sets up node and runs the committed bundle: no step installs packages", () => {
    const steps = readAction(ACTION).runs.steps;
    expect(steps.filter((s) => s.uses).map((s) => s.uses)).toEqual(["actions/setup-node@v4"]);
    expect(steps.filter((s) => s.run).map((s) => s.id)).toEqual(["lint"]);
    expect(JSON.stringify(steps)).not.toMatch(/\b(npm|npx|pnpm|yarn)\b/);
  });

  it("reports findings as ::error commands and a job summary, and fails the step", () => {
    const { workspace, result } = run({ paths: ".", "sarif-file": "outside-in.sarif" });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^::error file=policy\.md,line=3,/m);
    expect(result.stdout).toContain("sole-discretion");
    expect(result.stdout).not.toContain("file=clean.md");
    expect(result.summary).toContain("[sole-discretion](");
    expect(result.outputs).toEqual({ "exit-code": "1" });
    const sarif = JSON.parse(readFileSync(join(workspace, "outside-in.sarif"), "utf8"));
    expect(sarif.version).toBe("2.1.0");
    expect(result.packageManagerCalls).toEqual([]);
  });

  it("passes on clean files, with paths on separate lines", () => {
    const { result } = run({ paths: "clean.md\nclean.md\n" });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain("::error");
    expect(result.outputs).toEqual({ "exit-code": "0" });
    expect(result.packageManagerCalls).toEqual([]);
  });

  it("passes its inputs on: fail-on none, a config file and extra args", () => {
    const files = { ...workspaceFiles, "settings/strict.yaml": "root: true\nrules:\n  sole-discretion: off\n" };
    const none = run({ paths: "policy.md", "fail-on": "none" }).result;
    expect([none.code, none.outputs["exit-code"]]).toEqual([0, "0"]);
    const configured = run({ paths: "policy.md", config: "settings/strict.yaml" }, files).result;
    expect(configured.stdout).not.toContain("sole-discretion");
    const badArgs = run({ paths: "policy.md", args: "--no-such-option" }).result;
    expect([badArgs.code, badArgs.outputs["exit-code"]]).toEqual([2, "2"]);
  });

  it("fails on an expression the test runner does not know, so action.yml cannot drift past it", () => {
    const copy = makeTree({ "action.yml": readFileSync(ACTION, "utf8").replace("${{ inputs.paths }}", "${{ github.workspace }}") });
    expect(() => runAction(join(copy, "action.yml"), {}, makeTree(workspaceFiles), makeTree({}))).toThrow(/github\.workspace/);
  });

  it("would catch an npm command: the shim on PATH records it", () => {
    const copy = makeTree({ "action.yml": readFileSync(ACTION, "utf8").replace("set -f ", "npm ci --no-audit\n        set -f ") });
    const result = runAction(join(copy, "action.yml"), {}, makeTree(workspaceFiles), makeTree({}));
    expect(result.packageManagerCalls).toEqual(["npm ci --no-audit"]);
    expect(result.code).toBe(1);
  });
});

describe(".github/workflows/outside-in.yml", () => {
  const workflow = parse(readFileSync(WORKFLOW, "utf8")) as { jobs: Record<string, { steps: Array<{ uses?: string; with?: Record<string, string> }> }> };
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
  const local = steps.filter((s) => s.uses === "./");

  it("runs this repository's own Action on content/ and docs/", () => {
    expect(steps[0]?.uses).toMatch(/^actions\/checkout@/);
    expect(local).toHaveLength(1);
    expect(local[0]!.with!.paths!.split(/\s+/).sort()).toEqual(["content", "docs"]);
  });

  it("passes on this repository as it stands", () => {
    const result = runAction(ACTION, local[0]!.with ?? {}, ROOT, makeTree({}));
    expect(result.stderr).not.toMatch(/unexpected error/);
    expect(result.code, result.stdout).toBe(0);
    expect(result.summary).not.toBe("");
  });
});
