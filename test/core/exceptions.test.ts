// A project's accepted phrases (config `exceptions`): validated, merged along the config chain,
// and honoured by lint() and the incremental linter, for findings and the score alike.
import { describe, expect, it } from "vitest";
import { lint } from "../../src/core/index.ts";
import { createIncrementalLinter } from "../../src/core/incremental.ts";
import { ConfigError, lintOptionsFromSettings, resolveFileSettings, validateConfig } from "../../src/core/config/index.ts";
import { testRulebook as rulebook } from "./fixtures.ts";

const TEXT = "Customers must sign in.\n\nUsers must pay.\n";

describe("exceptions", () => {
  it("drops findings on an accepted phrase, whatever its case and spacing, and lifts the score", () => {
    const before = lint(TEXT, { rulebook });
    expect(before.findings.map((f) => f.excerpt)).toEqual(["Customers must", "Users must"]);
    const after = lint(TEXT, { rulebook, exceptions: ["customers   MUST"] });
    expect(after.findings.map((f) => f.excerpt)).toEqual(["Users must"]);
    expect(after.perspective.score).toBeGreaterThan(before.perspective.score);
  });

  it("applies to the incremental linter too", () => {
    const linter = createIncrementalLinter({ rulebook, exceptions: ["users must"] });
    expect(linter.lint(TEXT).findings.map((f) => f.excerpt)).toEqual(["Customers must"]);
  });

  it("is validated as a list of phrases (a single string allowed) and merged along the config chain", () => {
    expect(validateConfig({ exceptions: "our team" }, "a.yaml").exceptions).toEqual(["our team"]);
    expect(() => validateConfig({ exceptions: [3] }, "a.yaml")).toThrow(ConfigError);
    const settings = resolveFileSettings([
      { config: { exceptions: ["a"] }, relativePath: "x/y.md" },
      { config: { exceptions: ["b"] }, relativePath: "y.md" },
    ], () => false);
    expect(lintOptionsFromSettings(settings).exceptions).toEqual(["a", "b"]);
    expect(lintOptionsFromSettings(resolveFileSettings([{ config: {}, relativePath: "y.md" }], () => false)).exceptions).toBeUndefined();
  });
});
