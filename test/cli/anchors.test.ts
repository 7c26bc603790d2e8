// What users of Vale, textlint, proselint, write-good, alex and markdownlint complain about,
// checked against the real binary.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TEST_RULES, WARNING_TEXT, ZEBRA_TEXT, makeTree, parseJson, runBin } from "./helpers.ts";

const chainRule = (id: string, from: string, to: string) => `---
id: ${id}
title: T
category: jargon
severity: warning
kind: substitution
principle: easy
appliesTo: [any]
message: 'Say "${to}".'
swap:
  - pattern: ${from}
    replace: ${to}
    safe: true
---
`;

describe("complaints about the anchors", () => {
  it("Vale cannot fail CI on warnings: --fail-on warning does", () => {
    const dir = makeTree({ ...TEST_RULES, "a.md": WARNING_TEXT });
    expect(runBin(["lint"], { cwd: dir }).code).toBe(0);
    expect(runBin(["lint", "--fail-on", "warning"], { cwd: dir }).code).toBe(1);
  });

  it("markdownlint's --fix needs several passes: one --fix reaches the fixpoint", () => {
    // The first rewrite creates the text the second rule rewrites.
    const dir = makeTree({
      ".outside-in.yaml": "root: true\nruleFolders: [rules]\n",
      "rules/first-step.md": chainRule("first-step", "leverage", "make use of"),
      "rules/second-step.md": chainRule("second-step", "make use of", "use"),
      "a.md": "You can leverage the form.\n",
    });
    const run = runBin(["lint", "--fix", "-f", "json"], { cwd: dir });
    expect(readFileSync(join(dir, "a.md"), "utf8")).toBe("You can use the form.\n");
    expect(parseJson(run.stdout)[0]!.messages.filter((m) => ["first-step", "second-step"].includes(m.ruleId as string))).toEqual([]);
  });

  it("textlint has no per-glob overrides: overrides set rules per folder", () => {
    const dir = makeTree({
      ...TEST_RULES,
      ".outside-in.yaml": "root: true\nruleFolders: [rules]\noverrides:\n  - files: changelog/**\n    rules: { zebra-error: off }\n",
      "changelog/a.md": ZEBRA_TEXT,
      "docs/a.md": ZEBRA_TEXT,
    });
    const files = parseJson(runBin(["lint", "-f", "json"], { cwd: dir }).stdout);
    const zebras = (name: string) => files.find((f) => f.filePath === join(dir, name))!.messages.filter((m) => m.ruleId === "zebra-error").length;
    expect(zebras("changelog/a.md")).toBe(0);
    expect(zebras("docs/a.md")).toBe(1);
  });

  it("proselint and write-good lint code and URLs: code blocks, inline code and links are not prose", () => {
    const dir = makeTree({
      ...TEST_RULES,
      "a.md": "Run `zebra --fast` first.\n\n```sh\nzebra install\n```\n\nSee <https://example.org/zebra> and [the guide](https://example.org/zebra-guide).\n",
    });
    const files = parseJson(runBin(["lint", "-f", "json"], { cwd: dir }).stdout);
    expect(files[0]!.messages.filter((m) => m.ruleId === "zebra-error")).toEqual([]);
  });

  it("alex lets no one add rules: a rule folder adds one, and explain shows it", () => {
    const dir = makeTree({ ...TEST_RULES, "a.md": ZEBRA_TEXT });
    expect(runBin(["lint"], { cwd: dir }).stdout).toContain("zebra-error");
    expect(runBin(["explain", "zebra-error"], { cwd: dir }).stdout).toContain("Tests need a rule that only they trigger.");
  });
});
