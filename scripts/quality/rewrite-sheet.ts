// The judging round-trip for the applied-rewrite table.
//   node scripts/quality/rewrite-sheet.ts <out-dir> [parts]
//     writes the rewrites that have no judgement yet, without the linter's own verdict (safe or
//     not) so it cannot sway the judges, split into sheets;
//   node scripts/quality/rewrite-sheet.ts --import <round> <judge> <judged.jsonl>...
//     adds judges' answers to test/corpus/review/rewrite-judgements.jsonl, with the rewrite itself.
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadCorpus } from "./corpus.ts";
import { allRewriteRows, SHARED_DIR } from "./rewrite-rows.ts";
import { JUDGEMENTS_FILE, loadJudgements, type Judgement } from "./rewrite-table.ts";

const args = process.argv.slice(2);
const judged = loadJudgements();
const rows = allRewriteRows(loadCorpus(), SHARED_DIR);

if (args[0] === "--import") {
  const [, roundArg, judge, ...files] = args;
  const round = Number(roundArg);
  if (!Number.isInteger(round) || !judge || files.length === 0) fail("usage: --import <round> <judge> <judged.jsonl>...");
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const lines: string[] = [];
  for (const file of files) {
    readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).forEach((line, i) => {
      const j = JSON.parse(line) as Judgement;
      const row = byKey.get(j.key);
      if (!row) fail(`${file}:${i + 1}: ${j.key} is not a rewrite the linter makes today`);
      if (![j.grammatical, j.keepsMeaning, j.customerSide].every((b) => typeof b === "boolean")) fail(`${file}:${i + 1}: three booleans needed`);
      if (judged.has(j.key)) return;
      judged.set(j.key, j);
      lines.push(JSON.stringify({ key: j.key, round, rule: row.ruleId, group: row.group, safe: row.safe, rank: row.rank, before: row.before, after: row.after, grammatical: j.grammatical, keepsMeaning: j.keepsMeaning, customerSide: j.customerSide, ...(j.note ? { note: j.note } : {}), judge }));
    });
  }
  appendFileSync(JUDGEMENTS_FILE, lines.length ? lines.join("\n") + "\n" : "");
  console.log(`added ${lines.length} judgements to ${JUDGEMENTS_FILE}`);
} else {
  const [outDir, partsArg = "1"] = args;
  if (!outDir) fail("usage: node scripts/quality/rewrite-sheet.ts <out-dir> [parts] | --import <round> <judge> <judged.jsonl>...");
  const open = rows.filter((r) => !judged.has(r.key));
  const parts = Math.max(1, Number(partsArg));
  mkdirSync(outDir, { recursive: true });
  for (let p = 0; p < parts; p++) {
    const mine = open.filter((_, i) => i % parts === p);
    writeFileSync(join(outDir, `sheet-${p + 1}.jsonl`), mine.map((r) => JSON.stringify({ key: r.key, rule: r.ruleId, before: r.before, after: r.after })).join("\n") + "\n");
  }
  console.log(`${open.length} rewrites to judge in ${parts} sheet(s) under ${outDir}`);
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}
