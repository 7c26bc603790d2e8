// Writes src/core/generated/pattern-engines.json: the engine each built-in pattern runs on, decided
// by the core's step-bound analysis, so the linter need not analyse them at every start.
// With --check, only reports whether the committed table is current.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { builtinPatternEngines, serializeEngines } from "./pattern-engines.ts";

const target = join(dirname(fileURLToPath(import.meta.url)), "../src/core/generated/pattern-engines.json");
const json = serializeEngines(builtinPatternEngines());
if (process.argv.includes("--check")) {
  if (readFileSync(target, "utf8") !== json) {
    console.error("src/core/generated/pattern-engines.json is stale: run `npm run build:core`.");
    process.exit(1);
  }
} else {
  writeFileSync(target, json);
  console.log(`wrote the engines of ${Object.keys(JSON.parse(json)).length} built-in patterns to src/core/generated/pattern-engines.json`);
}
