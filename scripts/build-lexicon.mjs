// Writes src/core/generated/pos-lexicon.json (see scripts/pos-lexicon.mjs). With --check, only reports staleness.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { buildPosLexicon } from "./pos-lexicon.mjs";

const target = join(import.meta.dirname, "../src/core/generated/pos-lexicon.json");
const json = JSON.stringify(buildPosLexicon()) + "\n";
if (process.argv.includes("--check")) {
  let current = "";
  try { current = readFileSync(target, "utf8"); } catch {}
  if (current !== json) {
    console.error("src/core/generated/pos-lexicon.json is stale: run `npm run build:core`.");
    process.exit(1);
  }
} else {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, json);
  console.log(`wrote src/core/generated/pos-lexicon.json (${json.length} bytes)`);
}
