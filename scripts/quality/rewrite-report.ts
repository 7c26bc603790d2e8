// The quality report's part on rewrites: the hand-judged table (how many pass all three checks,
// safe ones and all), and the re-lint check on rule examples, the corpus and the shared corpora.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { builtinRulebook } from "../../src/core/index.ts";
import { markdownFiles, SHARED_CORPORA } from "./corpora-rate.ts";
import { allItems, type Corpus } from "./corpus.ts";
import { wilsonInterval } from "./metrics.ts";
import { relintAll } from "./relint.ts";
import { allRewriteRows } from "./rewrite-rows.ts";
import { JUDGEMENTS_FILE, loadJudgements, passes, type AppliedRewrite, type Judgement } from "./rewrite-table.ts";
import { table } from "./tables.ts";

const rate = (passed: number, n: number) => {
  if (n === 0) return "–";
  const [low, high] = wilsonInterval(passed, n);
  return `${((100 * passed) / n).toFixed(1)}% (${(100 * low).toFixed(0)}–${(100 * high).toFixed(0)}%)`;
};
const share = (n: number, of: number) => (of === 0 ? "–" : `${((100 * n) / of).toFixed(0)}%`);

type Judged = { row: AppliedRewrite; judgement: Judgement };

function rateRow(label: string, rows: readonly Judged[]): string[] {
  const n = rows.length;
  const count = (f: (j: Judgement) => boolean) => rows.filter((r) => f(r.judgement)).length;
  return [label, String(n), rate(count(passes), n), share(count((j) => j.grammatical), n), share(count((j) => j.keepsMeaning), n), share(count((j) => j.customerSide), n)];
}

const GROUP_NAMES = { tuning: "corpus, tuning organisations", frozen: "corpus, frozen organisations", shared: "sample of ../shared/corpora" } as const;

/** Lines for docs/quality.md. Examples come from the tuning organisations and the shared corpora only. */
export function rewriteSections(corpus: Corpus, sharedDir?: string): string[] {
  const judgements = loadJudgements();
  const rows = allRewriteRows(corpus, sharedDir);
  const judged: Judged[] = rows.flatMap((row) => (judgements.has(row.key) ? [{ row, judgement: judgements.get(row.key)! }] : []));
  const groups = (["tuning", "frozen", "shared"] as const).filter((g) => rows.some((r) => r.group === g));
  const header = ["rewrites", "judged", "pass all three (95% interval)", "grammatical", "keeps meaning", "customer side"];
  const safe = judged.filter((j) => j.row.safe);
  const out: string[] = [
    "## Rewrites judged by hand",
    "",
    `Every suggestion the linter makes on a corpus sentence, applied alone, and a fixed sample of ${rows.filter((r) => r.group === "shared").length} from the shared corpora: ${rows.length} rewrites today, ${judged.length} of them judged (the rest are new since the last judging). Judges saw each sentence before and after, not whether the linter marks the rewrite safe; each answered three questions (test/corpus/review/REWRITES.md). A placeholder passes when the rest of the rewrite is right. Intervals are Wilson 95% intervals.`,
    "",
    ...table(header, [
      rateRow("safe (applied by --fix)", safe),
      rateRow("all suggestions", judged),
      rateRow("first suggestion of each finding", judged.filter((j) => j.row.rank === 0)),
      ...groups.flatMap((g) => [
        rateRow(`safe, ${GROUP_NAMES[g]}`, safe.filter((j) => j.row.group === g)),
        rateRow(`all, ${GROUP_NAMES[g]}`, judged.filter((j) => j.row.group === g)),
      ]),
    ]),
    "",
  ];
  // Each round as it was judged, from what the file recorded: the table above is today's rewrites.
  const rounds = new Map<number, Judgement[]>();
  for (const line of readFileSync(JUDGEMENTS_FILE, "utf8").split("\n").filter((l) => l.trim())) {
    const j = JSON.parse(line) as Judgement;
    rounds.set(j.round ?? 0, [...(rounds.get(j.round ?? 0) ?? []), j]);
  }
  const roundRow = (label: string, list: readonly Judgement[]) => [label, String(list.length), rate(list.filter(passes).length, list.length)];
  out.push(
    "Every judging round, as judged then (a rewrite changed since is judged again in a later round):",
    "",
    ...table(["round", "rewrites", "pass all three (95% interval)"], [...rounds].sort((a, b) => a[0] - b[0]).flatMap(([round, list]) => [
      roundRow(`${round}: all`, list),
      roundRow(`${round}: safe`, list.filter((j) => j.safe)),
      roundRow(`${round}: frozen organisations`, list.filter((j) => j.group === "frozen")),
    ])),
    "",
  );
  const byRule = new Map<string, Judged[]>();
  for (const j of judged) byRule.set(j.row.ruleId, [...(byRule.get(j.row.ruleId) ?? []), j]);
  out.push(
    "By rule, every group together, most rewrites first:",
    "",
    ...table(["rule", "judged", "safe", "pass all three"], [...byRule].sort((a, b) => b[1].length - a[1].length).map(([rule, list]) => [rule, String(list.length), String(list.filter((j) => j.row.safe).length), `${list.filter((j) => passes(j.judgement)).length} of ${list.length}`])),
    "",
  );
  const visible = judged.filter((j) => j.row.group !== "frozen");
  const example = (j: Judged) => `- \`${j.row.ruleId}\`${j.row.safe ? " (safe)" : ""}: "${j.row.before}" → "${j.row.after}"${j.judgement.note ? ` — ${j.judgement.note}` : ""}`;
  out.push("Examples that pass (tuning organisations and shared corpora):", "", ...visible.filter((j) => passes(j.judgement)).slice(0, 6).map(example), "");
  out.push("Examples that fail, with the judge's note:", "", ...visible.filter((j) => !passes(j.judgement)).slice(0, 8).map(example), "");
  return out;
}

/** Re-lint counts: suggestions applied alone and linted again, per source. */
export function relintSection(corpus: Corpus, sharedDir?: string): string[] {
  const examples = builtinRulebook().rules.flatMap((r) => (r.kind === "metric" ? [] : (r.docs?.dont ?? []).map((e) => e.text)));
  const sources: Array<[string, string[]]> = [
    ["rule examples", examples],
    ["labelled corpus sentences", allItems(corpus).map((i) => i.text)],
  ];
  if (sharedDir) {
    sources.push(["../shared/corpora, whole documents", SHARED_CORPORA.flatMap(([folder]) => markdownFiles(join(sharedDir, folder)).map((f) => readFileSync(f, "utf8")))]);
  }
  const rows = sources.map(([name, texts]) => {
    const { suggestions, reflagged } = relintAll(texts);
    return [name, String(texts.length), String(suggestions), String(reflagged.length)];
  });
  return [
    "## Rewrites flagged again",
    "",
    "Each suggestion applied alone, then the text linted again: a rule that flags the changed words means a rewrite the writer cannot accept. Findings the same rule already had on those words before the change are not counted (another rule won them).",
    "",
    ...table(["source", "texts", "suggestions", "flagged again"], rows),
    "",
  ];
}
