// Compiles content/rules/*.md and content/lexicons/*.md into one JSON rulebook (shared by the
// build script and its staleness test). Files are found and checked by the project layer, the
// same way the CLI and the extension read a project's rule folders.
import { join, relative } from "node:path";
import { parseRuleFile } from "../src/core/rules/parse-rule-file.ts";
import { parseLexiconFile } from "../src/core/rules/parse-lexicon-file.ts";
import { unknownLexiconReferences } from "../src/core/rules/sequence/lexicon-references.ts";
import { parseRuleFiles, readRuleFiles } from "../src/project/rule-files.ts";
import { nodeProjectFs } from "../src/cli/node-project-fs.ts";

async function parseAll(dir, root, parse, errors) {
  if ((await nodeProjectFs.stat(dir)) !== "directory") return [];
  const label = (path) => relative(root, path).split("\\").join("/");
  const { items, errors: found } = parseRuleFiles(await readRuleFiles(nodeProjectFs, dir, root, label), parse);
  errors.push(...found.map((f) => f.error));
  return items;
}

/** Parses every rule file in `dir` and every lexicon beside it; resolves to the rulebook and every error. */
export async function compileRulebook(dir, root = process.cwd(), lexiconDir = join(dir, "..", "lexicons")) {
  const errors = [];
  const rules = await parseAll(dir, root, parseRuleFile, errors);
  const lexicons = await parseAll(lexiconDir, root, parseLexiconFile, errors);
  for (const message of unknownLexiconReferences(rules, lexicons)) errors.push(new Error(message));
  return { rulebook: { version: 1, rules, lexicons }, errors };
}

/** The rulebook as committed: stable key order, two-space indent, trailing newline. */
export function serializeRulebook(rulebook) {
  return JSON.stringify(rulebook, null, 2) + "\n";
}
