// Compiles content/rules/*.md into one JSON rulebook (shared by the build script and its staleness test).
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseRuleFile } from "../src/core/rules/parse-rule-file.ts";

/** Parses every rule file in `dir`; returns the rulebook and every error (one per bad file). */
export function compileRulebook(dir, root = process.cwd()) {
  const rules = [];
  const errors = [];
  const files = readdirSync(dir).filter((f) => f.endsWith(".md") && !f.startsWith("_") && f.toLowerCase() !== "index.md").sort();
  for (const file of files) {
    const path = relative(root, join(dir, file)).split("\\").join("/");
    try {
      rules.push(parseRuleFile(readFileSync(join(dir, file), "utf8"), path));
    } catch (error) {
      errors.push(error);
    }
  }
  const ids = new Map();
  for (const rule of rules) {
    if (ids.has(rule.id)) errors.push(new Error(`${rule.source}: id: "${rule.id}" is also used by ${ids.get(rule.id)}`));
    ids.set(rule.id, rule.source);
  }
  return { rulebook: { version: 1, rules }, errors };
}

/** The rulebook as committed: stable key order, two-space indent, trailing newline. */
export function serializeRulebook(rulebook) {
  return JSON.stringify(rulebook, null, 2) + "\n";
}
