// Writes src/core/generated/rulebook.json from content/rules/. With --check, only reports staleness.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { compileRulebook, serializeRulebook } from "./rulebook.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const target = join(root, "src/core/generated/rulebook.json");
const { rulebook, errors } = await compileRulebook(join(root, "content/rules"), root);
if (errors.length) {
  for (const error of errors) console.error(`error: ${error.message}`);
  console.error(`${errors.length} rule file(s) are invalid; the rulebook was not written.`);
  process.exit(1);
}
const json = serializeRulebook(rulebook);
if (process.argv.includes("--check")) {
  let current = "";
  try { current = readFileSync(target, "utf8"); } catch {}
  if (current !== json) {
    console.error("src/core/generated/rulebook.json is stale: run `npm run build:core`.");
    process.exit(1);
  }
  console.log(`rulebook is up to date (${rulebook.rules.length} rules)`);
} else {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, json);
  console.log(`wrote ${rulebook.rules.length} rules to src/core/generated/rulebook.json`);
}
