// Item 6: a cache entry of the wrong shape is dropped with a notice, and --cache-location never
// overwrites a file that is not a cache.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { makeTree, runBin, TEST_RULES, ZEBRA_TEXT } from "../cli/helpers.ts";

const cacheFile = (dir: string) => join(dir, ".outside-in-cache/cache.json");

describe("6. the cache is validated and never overwrites other files", () => {
  it.each([
    ["findings is not a list", { findings: 3, perspectiveScore: 50, fixed: 0 }],
    ["a finding without positions", { findings: [{ ruleId: "x", severity: "error", message: "m" }], perspectiveScore: 50, fixed: 0 }],
    ["no outcome at all", null],
  ])("drops an entry where %s, with a notice, and lints the file afresh", (_, outcome) => {
    const dir = makeTree({ ...TEST_RULES, "a.md": ZEBRA_TEXT });
    expect(runBin(["lint", "--cache"], { cwd: dir }).code).toBe(1);
    const cache = JSON.parse(readFileSync(cacheFile(dir), "utf8"));
    for (const entry of Object.values(cache.entries) as Array<Record<string, unknown>>) entry.outcome = outcome;
    writeFileSync(cacheFile(dir), JSON.stringify(cache));
    const run = runBin(["lint", "--cache"], { cwd: dir });
    expect(run.stderr).toContain("dropped 1 cache entry of the wrong shape");
    expect(run.stderr).not.toContain("    at ");
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("zebra-error");
    // The bad entry was replaced by a good one.
    expect(runBin(["lint", "--cache"], { cwd: dir }).stderr).toBe("");
  });

  it.each([["package.json", '{\n  "name": "mine"\n}\n'], ["notes.txt", "not json at all\n"]])(
    "refuses --cache-location %s, a file that is not a cache, and leaves it as it was",
    (name, content) => {
      const dir = makeTree({ ...TEST_RULES, "a.md": ZEBRA_TEXT, [name]: content });
      const run = runBin(["lint", "--cache", "--cache-location", name, "a.md"], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`is not an Outside-In cache, so it will not be overwritten`);
      expect(readFileSync(join(dir, name), "utf8")).toBe(content);
    },
  );

  it("a corrupt cache of ours starts empty with a notice", () => {
    const dir = makeTree({ ...TEST_RULES, "a.md": ZEBRA_TEXT, ".outside-in-cache/cache.json": '{"outsideInCache":2,"entries":{"a' });
    const run = runBin(["lint", "--cache"], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("the cache could not be read, so it starts empty");
  });
});
