// Small pure parts: the bounded per-file cache, rule links, and writing an accepted phrase into a
// project config without disturbing the rest of it.
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { builtinRulebook, extendRulebook, parseRuleFile } from "../../../src/core/index.ts";
import { validateConfig } from "../../../src/core/config/index.ts";
import { BoundedMap } from "../../src/bounded-map.ts";
import { ruleLink } from "../../src/rule-link.ts";
import { addException } from "../../src/exception-edit.ts";

describe("bounded map", () => {
  it("forgets the least recently used entry past its limit", () => {
    const map = new BoundedMap<string, number>(2);
    map.set("a", 1).set("b", 2);
    expect(map.get("a")).toBe(1); // "a" is now the most recent
    map.set("c", 3);
    expect([map.has("a"), map.has("b"), map.has("c")]).toEqual([true, false, true]);
    expect(map.size).toBe(2);
  });
});

describe("rule links", () => {
  const custom = parseRuleFile(`---
id: team-rule
title: A team rule
category: we-centric
severity: warning
kind: substitution
principle: see-it-as-customers-do
appliesTo: [any]
message: "{match}"
swap:
  - pattern: our valued customers
    replace: you
---

## Why it matters

Because.
`, "team/rules/team-rule.md");
  const builtin = builtinRulebook();
  const book = extendRulebook(builtin, [custom]);
  const fileUrl = (source: string) => `file:///ws/${source}`;

  it("sends a built-in rule to its page and a project rule to its file", () => {
    const id = builtin.rules[0]!.id;
    expect(ruleLink(id, book, builtin, "https://playbook.example", fileUrl)).toBe(`https://playbook.example/rules/${id}/`);
    expect(ruleLink("team-rule", book, builtin, "https://playbook.example", fileUrl)).toBe("file:///ws/team/rules/team-rule.md");
  });
});

describe("adding an exception to the project config", () => {
  it("appends to an existing YAML list and keeps comments", () => {
    const text = "# team config\nrules:\n  shall: off # legal asked\nexceptions:\n  - our team\n";
    const out = addException(text, ".outside-in.yaml", "our valued customers")!;
    expect(out).toContain("# team config");
    expect(out).toContain("shall: off # legal asked");
    expect(validateConfig(parse(out), "x").exceptions).toEqual(["our team", "our valued customers"]);
  });

  it("adds the field to a YAML file without one, turns a single string into a list, and fills an empty file", () => {
    expect(parse(addException("rules:\n  shall: off\n", ".outside-in.yml", "we")!)).toEqual({ rules: { shall: "off" }, exceptions: ["we"] });
    expect(parse(addException("exceptions: our team\n", ".outside-in.yaml", "we")!)).toEqual({ exceptions: ["our team", "we"] });
    expect(parse(addException("", ".outside-in.yaml", "we")!)).toEqual({ exceptions: ["we"] });
  });

  it("writes JSON configs as JSON and leaves an already accepted phrase alone", () => {
    expect(JSON.parse(addException('{"rules": {"shall": "off"}}', ".outside-in.json", "we")!)).toEqual({ rules: { shall: "off" }, exceptions: ["we"] });
    expect(addException("exceptions:\n  - Our  Team\n", ".outside-in.yaml", "our team")).toBeUndefined();
  });
});
