// bundle/outside-in.mjs is committed so the Action and pre-commit run it without installing
// anything; it must be what a fresh build of the current sources gives.
import { spawnSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildCommittedBundle, COMMITTED_BUNDLE } from "../../scripts/cli-bundle.mjs";
import { makeTree, ROOT } from "../cli/helpers.ts";

const BUNDLE = join(ROOT, COMMITTED_BUNDLE);

describe("the committed bundle", () => {
  it("matches a fresh build of the sources (run `npm run build:bundle` when this fails)", async () => {
    const fresh = await buildCommittedBundle({ write: false });
    // Two checks rather than one toBe, whose failure would print both 1.8 MB strings.
    const committed = readFileSync(BUNDLE, "utf8");
    expect(committed.length, "length differs from a fresh build").toBe(fresh!.length);
    expect(committed === fresh, "content differs from a fresh build").toBe(true);
  });

  it("is executable, in the file system and in git (pre-commit runs the file itself)", () => {
    expect(statSync(BUNDLE).mode & 0o111).toBe(0o111);
    const staged = spawnSync("git", ["ls-files", "--stage", COMMITTED_BUNDLE], { cwd: ROOT, encoding: "utf8" });
    expect(staged.stdout).toMatch(/^100755 /);
  });

  it("runs on its own, outside the repository, with no node_modules around it", () => {
    const dir = makeTree({ "policy.md": "We may suspend accounts at our sole discretion.\n", ".outside-in.yaml": "root: true\n" });
    const run = spawnSync(process.execPath, [BUNDLE, "lint", "--concurrency", "2", "policy.md"], { cwd: dir, encoding: "utf8", env: { PATH: "/usr/bin:/bin", NO_COLOR: "1" } });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("sole-discretion");
    // One report, not one per worker thread: the workers load this file too and must stay quiet.
    expect(run.stdout.match(/policy\.md/g)).toHaveLength(1);
  });
});
