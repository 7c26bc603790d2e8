// Item 1: a custom rule's pattern cannot hang the linter, however its repeats nest or chain.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { builtinRulebook, extendRulebook, lint, parseRuleFile, type Sentence } from "../../src/core/index.ts";
import { compileRule } from "../../src/core/rules/compile.ts";
import { BIN, makeTree } from "../cli/helpers.ts";

describe("1. no pattern can hang a run: nested and chained bounded repeats", () => {
  const hostile = "Hello " + "a".repeat(40) + "!";
  const shapes = ["((a{0,6}){0,6}){0,6}b", "(?:a?a?a?a?a?a?){6}b"];
  const ruleFile = (pattern: string) =>
    `---\nid: nested-repeat\ntitle: T\ncategory: hype\nseverity: info\nkind: pattern\nprinciple: p\nappliesTo: [any]\nmessage: m\npatterns:\n  - '${pattern}'\n---\n`;

  it.each(shapes)("%s finishes on hostile input when compiled as a custom rule", { timeout: 5_000 }, (pattern) => {
    const compiled = compileRule(parseRuleFile(ruleFile(pattern), "rules/nested-repeat.md"));
    const sentence: Sentence = { text: hostile, start: 0, block: "paragraph", isQuestion: false, actor: "none", mentions: [], index: 0 };
    expect(compiled.checkSentence!(sentence, hostile)).toEqual([]);
  });

  it.each(shapes)("%s finishes on hostile input when lint runs it as a custom rule", { timeout: 5_000 }, (pattern) => {
    const rulebook = extendRulebook(builtinRulebook(), [parseRuleFile(ruleFile(pattern), "rules/nested-repeat.md")]);
    const found = lint(hostile, { rulebook }).findings.filter((f) => f.ruleId === "nested-repeat");
    expect(found).toEqual([]);
  });

  it.each(shapes)("%s as a custom rule: the CLI run ends promptly with exit 0", (pattern) => {
    const dir = makeTree({ ".outside-in.yaml": "root: true\nruleFolders: [rules]\n", "rules/nested-repeat.md": ruleFile(pattern).replace("principle: p", "principle: easy"), "a.md": `${hostile}\n` });
    // A hang is cut off by the spawn's own limit, so it fails here rather than stalling the suite.
    const run = spawnSync(process.execPath, [BIN, "lint", "a.md", "--rule", "nested-repeat:error"], { cwd: dir, encoding: "utf8", timeout: 20_000 });
    expect(run.signal).toBeNull();
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });
});
