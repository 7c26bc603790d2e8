// Writes the applied rewrites that have no judgement yet, for judges, without the linter's own
// verdict (safe or not) so it cannot sway them: node scripts/quality/rewrite-sheet.ts <out-dir> [parts]
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadCorpus } from "./corpus.ts";
import { allRewriteRows } from "./rewrite-rows.ts";
import { loadJudgements } from "./rewrite-table.ts";

const [outDir, partsArg = "1"] = process.argv.slice(2);
if (!outDir) {
  console.error("usage: node scripts/quality/rewrite-sheet.ts <out-dir> [parts]");
  process.exit(2);
}
const judged = loadJudgements();
const rows = allRewriteRows(loadCorpus()).filter((r) => !judged.has(r.key));
const parts = Math.max(1, Number(partsArg));
mkdirSync(outDir, { recursive: true });
for (let p = 0; p < parts; p++) {
  const mine = rows.filter((_, i) => i % parts === p);
  const lines = mine.map((r) => JSON.stringify({ key: r.key, rule: r.ruleId, before: r.before, after: r.after }));
  writeFileSync(join(outDir, `sheet-${p + 1}.jsonl`), lines.join("\n") + "\n");
}
console.log(`${rows.length} rewrites to judge in ${parts} sheet(s) under ${outDir}`);
