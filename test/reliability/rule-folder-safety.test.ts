// Item 7: rule folders stay inside the project unless a config opts in, symbolic links do not
// lead out of it, project rules cannot silently take a built-in rule's id, and file-system
// failures are one line naming the path, with exit 2.
import { chmodSync, mkdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeTree, runBin, runBinUnprivileged, SAFE_RULE, ZEBRA_RULE, ZEBRA_TEXT } from "../cli/helpers.ts";

const oneLine = (stderr: string) => stderr.trim().split("\n").length === 1 && !stderr.includes("    at ");
const ruleWithId = (id: string, extra = "") => ZEBRA_RULE.replace("id: zebra-error", `id: ${id}${extra}`);

describe("7. rule folders and file-system errors", () => {
  it("refuses a rule folder outside the project, such as /, quickly and in one line", () => {
    const dir = makeTree({ ".outside-in.yaml": "root: true\nruleFolders: [/]\n", "a.md": ZEBRA_TEXT });
    const run = runBin(["lint", "a.md"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("is outside the project");
    expect(run.stderr).toContain("ruleFoldersOutsideProject: true");
    // A config error names the file, then the field: two lines, no stack.
    expect(run.stderr).toMatch(/^outside-in: .*\.outside-in\.yaml: invalid config\n  ruleFolders\[0\]: \/ is outside the project .*\n$/);
  });

  it("reads a rule folder outside the project when the config opts in", () => {
    const shared = makeTree({ "zebra-error.md": ZEBRA_RULE });
    const dir = makeTree({ ".outside-in.yaml": `root: true\nruleFoldersOutsideProject: true\nruleFolders: [${shared}]\n`, "a.md": ZEBRA_TEXT });
    const run = runBin(["lint", "a.md"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("zebra-error");
  });

  it("does not follow a symbolic link that leaves the project", () => {
    const outside = makeTree({ "zebra-error.md": ZEBRA_RULE });
    const dir = makeTree({ ".outside-in.yaml": "root: true\nruleFolders: [rules]\n", "rules/utilise-to-use.md": SAFE_RULE, "a.md": ZEBRA_TEXT });
    symlinkSync(join(outside, "zebra-error.md"), join(dir, "rules/zebra-error.md"));
    symlinkSync(outside, join(dir, "rules/linked-folder"));
    const run = runBin(["lint", "a.md"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain("zebra-error");
  });

  it("follows a symbolic link that stays inside the project, once even in a cycle", () => {
    const dir = makeTree({ ".outside-in.yaml": "root: true\nruleFolders: [rules]\n", "shared/zebra-error.md": ZEBRA_RULE, "a.md": ZEBRA_TEXT });
    mkdirSync(join(dir, "rules"));
    symlinkSync(join(dir, "shared"), join(dir, "rules/shared"));
    symlinkSync(join(dir, "rules"), join(dir, "rules/loop"));
    const run = runBin(["lint", "a.md"], { cwd: dir });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("zebra-error");
  });

  it("a project rule that reuses a built-in id without `replaces` is an error naming the file", () => {
    const dir = makeTree({ ".outside-in.yaml": "root: true\nruleFolders: [rules]\n", "rules/users-must.md": ruleWithId("users-must"), "a.md": ZEBRA_TEXT });
    const run = runBin(["lint", "a.md"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("rules/users-must.md");
    expect(run.stderr).toContain('add "replaces: users-must"');
  });

  it("`replaces` takes the built-in rule's place", () => {
    const dir = makeTree({
      ".outside-in.yaml": "root: true\nruleFolders: [rules]\n",
      "rules/our-users-must.md": ruleWithId("our-users-must", "\nreplaces: users-must"),
      "a.md": "Users must verify their email. A zebra crossed.\n",
    });
    const run = runBin(["lint", "a.md", "-f", "json"], { cwd: dir });
    const ids = JSON.parse(run.stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId);
    expect(ids).toContain("our-users-must");
    expect(ids).not.toContain("users-must");
  });

  it("two project rules with one id are an error", () => {
    const dir = makeTree({
      ".outside-in.yaml": "root: true\nruleFolders: [rules, more]\n",
      "rules/zebra-error.md": ZEBRA_RULE,
      "more/zebra-error.md": ZEBRA_RULE,
      "a.md": ZEBRA_TEXT,
    });
    const run = runBin(["lint", "a.md"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("rule ids must be unique");
  });

  it("an output file that cannot be written is one line naming the path", () => {
    const dir = makeTree({ "a.md": ZEBRA_TEXT, "taken.txt": "a file, not a folder\n", ".outside-in.yaml": "root: true\n" });
    const run = runBin(["lint", "a.md", "-o", "taken.txt/report.json"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^outside-in: .*taken\.txt.*: .+\n$/);
    expect(oneLine(run.stderr)).toBe(true);
  });

  it("an unreadable rule file is one line naming it", () => {
    const dir = makeTree({ ".outside-in.yaml": "root: true\nruleFolders: [rules]\n", "rules/zebra-error.md": ZEBRA_RULE, "a.md": ZEBRA_TEXT });
    chmodSync(join(dir, "rules/zebra-error.md"), 0o000);
    const run = runBinUnprivileged(["lint", "a.md"], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^outside-in: .*rules\/zebra-error\.md: permission denied\n$/);
    expect(oneLine(run.stderr)).toBe(true);
  });
});
