// The content checker: runs every check over a content tree and returns errors, warnings and scores.
import { parseChecklist } from "../../src/core/content/checklist.ts";
import { FrontMatterError, splitFrontMatter } from "../../src/core/content/front-matter.ts";
import { parsePrinciple } from "../../src/core/content/principle.ts";
import { validateFrontMatter } from "../../src/core/content/schema.ts";
import { SEED_THEMES } from "../../src/core/content/themes.ts";
import type { OffsetRange } from "../../src/core/types.ts";
import { checkChecklistBody } from "./check-checklist.ts";
import { checkCollection, type PageSummary } from "./check-collection.ts";
import { checkLinks } from "./check-links.ts";
import { checkPrincipleBody } from "./check-principle.ts";
import { checkRulePrinciples } from "./check-rule-principles.ts";
import { dogfood } from "./dogfood.ts";
import { playbookPages, ruleIds, type Page } from "./pages.ts";
import { createSink, type Sink } from "./sink.ts";
import type { CheckOptions, CheckReport, ContentTree, FileScore } from "./types.ts";

/** The playbook's requirements, as the issue states them. */
export function defaultOptions(overrides: Partial<CheckOptions> = {}): CheckOptions {
  return {
    today: new Date().toISOString().slice(0, 10),
    minPrinciples: 14,
    minChecklists: 6,
    minPairsPerPrinciple: 4,
    minPairsTotal: 60,
    themes: SEED_THEMES,
    // Every rule the playbook links now exists, so a missing one is an error.
    pendingRules: [],
    ...overrides,
  };
}

function checkRelatedRuleIds(page: Page, data: Record<string, unknown>, rules: Set<string>, options: CheckOptions, pending: Set<string>, sink: Sink): void {
  const related = data["relatedRules"];
  if (!Array.isArray(related)) return;
  for (const id of related) {
    if (typeof id !== "string" || rules.has(id)) continue;
    if (options.pendingRules.includes(id)) pending.add(`rules/${id}.md`);
    else sink.error({ file: page.path, field: "relatedRules", message: `"${id}" has no file rules/${id}.md` });
  }
}

// Parses and checks one page; returns what the collection checks need and the ranges to mask when linting.
function checkPage(page: Page, tree: ContentTree, rules: Set<string>, options: CheckOptions, pending: Set<string>, sink: Sink): { summary: PageSummary; notProse: OffsetRange[]; donts: string[] } | undefined {
  let data: Record<string, unknown>;
  try {
    data = splitFrontMatter(page.source).data;
  } catch (error) {
    if (!(error instanceof FrontMatterError)) throw error;
    sink.error({ file: page.path, field: "front matter", message: error.message });
    return undefined;
  }
  for (const issue of validateFrontMatter(page.kind, data, { fileId: page.fileId, today: options.today })) {
    sink.error({ file: page.path, field: issue.field, message: issue.message });
  }
  checkLinks(page.path, page.source, tree, options.pendingRules, pending, sink);
  const summary: PageSummary = { path: page.path, kind: page.kind, id: data["id"], tags: data["tags"], pairs: 0 };
  if (page.kind === "principle") {
    const parsed = parsePrinciple(page.source);
    checkPrincipleBody(page.path, parsed, options.minPairsPerPrinciple, sink);
    checkRelatedRuleIds(page, data, rules, options, pending, sink);
    summary.pairs = parsed.pairs.filter((p) => p.dont && p.do).length;
    // Don't examples are wrong on purpose, and related-rule links are rule names, not prose: neither is linted.
    const dontRanges = parsed.pairs.flatMap((p) => (p.dont ? [p.dont.range] : []));
    const ruleNames = parsed.relatedRuleLinks.map((l) => l.range);
    return { summary, notProse: [...dontRanges, ...ruleNames], donts: parsed.pairs.flatMap((p) => (p.dont ? [p.dont.text] : [])) };
  }
  if (page.kind === "checklist") checkChecklistBody(page.path, parseChecklist(page.source), sink);
  return { summary, notProse: [], donts: [] };
}

/** Checks every playbook page in the tree. */
export function checkContent(tree: ContentTree, options: CheckOptions = defaultOptions()): CheckReport {
  const sink = createSink();
  const rules = ruleIds(tree);
  const summaries: PageSummary[] = [];
  const scores: FileScore[] = [];
  // Promised rule files that pages link to but that do not exist yet: one warning, not one per link.
  const pending = new Set<string>();
  let checklistItems = 0;
  // How many Don't examples the linter catches: a signal for the rules, not a requirement of the playbook.
  let dontsCaught = 0;
  for (const page of playbookPages(tree)) {
    const checked = checkPage(page, tree, rules, options, pending, sink);
    if (!checked) continue;
    summaries.push(checked.summary);
    if (page.kind === "checklist") checklistItems += parseChecklist(page.source).items.length;
    if (options.lint) {
      scores.push({ file: page.path, ...dogfood(page.path, page.source, checked.notProse, options.lint, sink) });
      const lintText = options.lint;
      dontsCaught += checked.donts.filter((text) => lintText(text, { syntax: "text" }).findings.length > 0).length;
    }
  }
  if (!options.lint) sink.warn({ file: ".", field: "prose", message: "the core's lint() is not available, so the playbook's own prose was not linted" });
  if (pending.size > 0) {
    const ids = [...pending].sort().map((p) => p.replace(/^rules\/(.*)\.md$/, "$1"));
    sink.warn({ file: "rules/", field: "relatedRules", message: `${ids.length} promised rule file(s) not written yet, so links to them are not checked: ${ids.join(", ")}` });
  }
  checkCollection(summaries, options, sink);
  checkRulePrinciples(tree, sink);
  return {
    errors: sink.errors,
    warnings: sink.warnings,
    scores,
    counts: {
      principles: summaries.filter((s) => s.kind === "principle").length,
      checklists: summaries.filter((s) => s.kind === "checklist").length,
      pairs: summaries.reduce((sum, s) => sum + s.pairs, 0),
      checklistItems,
      dontsCaught: options.lint ? dontsCaught : undefined,
    },
  };
}
