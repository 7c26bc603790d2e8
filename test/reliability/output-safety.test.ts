// Items 8 and 9: a reader that closes the pipe early ends the run quietly, and document text
// quoted in messages cannot carry terminal escapes into a terminal or a CI log.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { BIN, makeTree, runBin, ZEBRA_RULE } from "../cli/helpers.ts";

// The zebra rule with a match that can hold any character, the test's way to quote one.
const ANY_WORD_RULE = ZEBRA_RULE.replace("id: zebra-error", "id: zebra-word").replace("- pattern: zebra", "- pattern: zebra\\S*");

const tree = (text: string) => makeTree({ ".outside-in.yaml": "root: true\nruleFolders: [rules]\n", "rules/zebra-word.md": ANY_WORD_RULE, "a.md": text });

describe("8. a closed pipe", () => {
  it("`lint … | head -1` ends quietly with the usual exit code", () => {
    const dir = tree("A zebra crossed the road.\n\n".repeat(3000));
    const run = spawnSync("bash", ["-c", `set -o pipefail; "${process.execPath}" "${BIN}" lint a.md | head -1 >/dev/null; echo "exit \${PIPESTATUS[0]}" >&2`], {
      cwd: dir, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" },
    });
    expect(run.stderr).toBe("exit 1\n");
  });
});

describe("9. control characters in messages", () => {
  it.each([
    ["an ANSI colour escape", "zebra\u001b[31mred"],
    ["a clear-screen escape", "zebra\u001b[2J\u001b[H"],
    ["a bell and a backspace", "zebra\u0007\u0008x"],
    ["a right-to-left override", "zebra\u202Eabc"],
    ["a C1 control", "zebra\u009b31m"],
  ])("strips %s from stylish and github output", (_, word) => {
    const dir = tree(`A ${word} crossed.\n`);
    for (const format of ["stylish", "github"]) {
      const run = runBin(["lint", "a.md", "-f", format], { cwd: dir });
      expect(run.code).toBe(1);
      expect(run.stdout).toContain("zebra");
      expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    }
  });

  it("quotes text with $ patterns literally", () => {
    const run = runBin(["lint", "a.md", "-f", "json"], { cwd: tree("A zebra$&$' crossed.\n") });
    expect(JSON.parse(run.stdout)[0].messages[0].message).toBe('No "zebra$&$\'" here.');
  });
});
