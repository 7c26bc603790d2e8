// Compiles content/rules/*.md and content/lexicons/*.md into one JSON rulebook (shared by the
// build script and its staleness test).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseRuleFile } from "../src/core/rules/parse-rule-file.ts";
import { parseLexiconFile } from "../src/core/rules/parse-lexicon-file.ts";
import { unknownLexiconReferences } from "../src/core/rules/sequence/lexicon-references.ts";

const markdownIn = (dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".md") && !f.startsWith("_") && f.toLowerCase() !== "index.md").sort() : []);

function parseAll(dir, root, parse, errors) {
  const parsed = [];
  for (const file of markdownIn(dir)) {
    const path = relative(root, join(dir, file)).split("\\").join("/");
    try {
      parsed.push(parse(readFileSync(join(dir, file), "utf8"), path));
    } catch (error) {
      errors.push(error);
    }
  }
  const ids = new Map();
  for (const item of parsed) {
    if (ids.has(item.id)) errors.push(new Error(`${item.source}: id: "${item.id}" is also used by ${ids.get(item.id)}`));
    ids.set(item.id, item.source);
  }
  return parsed;
}

/** Parses every rule file in `dir` and every lexicon beside it; returns the rulebook and every error. */
export function compileRulebook(dir, root = process.cwd(), lexiconDir = join(dir, "..", "lexicons")) {
  const errors = [];
  const rules = parseAll(dir, root, parseRuleFile, errors);
  const lexicons = parseAll(lexiconDir, root, parseLexiconFile, errors);
  for (const message of unknownLexiconReferences(rules, lexicons)) errors.push(new Error(message));
  return { rulebook: { version: 1, rules, lexicons }, errors };
}

/** The rulebook as committed: stable key order, two-space indent, trailing newline. */
export function serializeRulebook(rulebook) {
  return JSON.stringify(rulebook, null, 2) + "\n";
}
