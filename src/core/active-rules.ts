// Which rules run for a document, at what severity, and running them on a sentence:
// shared by lint() and incremental linting.
import { DEFAULT_AUDIENCES, type LintOptions, type Rule, type Rulebook, type Sentence, type Severity } from "./types.ts";
import { TriggerIndex } from "./rules/trigger-index.ts";
import type { CompiledRule, RawFinding } from "./rules/compiled-rule.ts";
import { compiledRule } from "./rules/compile.ts";
import { builtinRulebook } from "./rulebook.ts";
import { compileWordClass, type WordClass } from "./rules/sequence/word-classes.ts";
import { compileLearned } from "./rules/kinds/learned.ts";

export interface ActiveRule {
  compiled: CompiledRule;
  severity: Severity;
}

// Active rule lists are cached per rulebook and option values, so their trigger index is built once.
const cache = new WeakMap<Rulebook, Map<string, ActiveRule[]>>();
const triggerIndexes = new WeakMap<readonly ActiveRule[], TriggerIndex>();

/** The rulebook's rules minus those switched off or limited to other document types. */
export function activeRules(options: LintOptions): ActiveRule[] {
  const rulebook = options.rulebook ?? builtinRulebook();
  const key = JSON.stringify([options.rules ?? {}, options.documentType ?? "", options.audience ?? "", options.perspectiveThreshold ?? "", options.lexicons ?? {}, options.learnedThreshold ?? ""]);
  let byOptions = cache.get(rulebook);
  if (!byOptions) cache.set(rulebook, (byOptions = new Map()));
  let active = byOptions.get(key);
  if (!active) byOptions.set(key, (active = selectRules(rulebook.rules, options, wordClassesFor(rulebook, options.lexicons))));
  return active;
}

const wordClassCache = new WeakMap<Rulebook, Map<string, ReadonlyMap<string, WordClass>>>();

/** The rulebook's lexicons compiled for matching, with the entries a config adds. */
export function wordClassesFor(rulebook: Rulebook, extra: Record<string, string[]> = {}): ReadonlyMap<string, WordClass> {
  const key = JSON.stringify(extra);
  let byExtra = wordClassCache.get(rulebook);
  if (!byExtra) wordClassCache.set(rulebook, (byExtra = new Map()));
  let classes = byExtra.get(key);
  if (!classes) {
    classes = new Map((rulebook.lexicons ?? []).map((lexicon) => [lexicon.id, compileWordClass(lexicon, extra[lexicon.id])]));
    byExtra.set(key, classes);
  }
  return classes;
}

function selectRules(rules: Rule[], options: LintOptions, classes: ReadonlyMap<string, WordClass>): ActiveRule[] {
  const active: ActiveRule[] = [];
  for (const rule of rules) {
    const setting = options.rules?.[rule.id] ?? rule.severity;
    if (setting === "off") continue;
    const type = options.documentType;
    if (type && type !== "any" && !rule.appliesTo.includes("any") && !rule.appliesTo.includes(type)) continue;
    if (options.audience && !(rule.audiences ?? DEFAULT_AUDIENCES[rule.category]).includes(options.audience)) continue;
    let effective = rule;
    // The configured perspective threshold replaces the metric rule's own minimum.
    if (rule.kind === "metric" && rule.metric === "perspective-score" && options.perspectiveThreshold !== undefined) {
      effective = { ...rule, min: options.perspectiveThreshold };
    }
    // A configured threshold changes the learned rule; other rules compile once per rulebook.
    const compiled = rule.kind === "learned" && options.learnedThreshold !== undefined ? compileLearned(rule, classes, options.learnedThreshold) : compiledRule(effective, classes);
    active.push({ compiled, severity: setting });
  }
  return active;
}

/** Runs every sentence rule on one sentence; yields [index into `rules`, raw finding] pairs. */
export function checkSentence(rules: readonly ActiveRule[], sentence: Sentence, source: string): Array<[number, RawFinding]> {
  const found: Array<[number, RawFinding]> = [];
  let index = triggerIndexes.get(rules);
  if (!index) triggerIndexes.set(rules, (index = new TriggerIndex(rules.map((r) => r.compiled.triggers), rules.map((r) => r.compiled.wholeWordTriggers === true))));
  // Most rules need a word the sentence lacks: skip them without running any regex.
  const candidates = index.candidates(sentence.text.toLowerCase());
  for (let r = 0; r < rules.length; r++) {
    const check = rules[r]!.compiled.checkSentence;
    if (!check || candidates[r] === 0 || rules[r]!.compiled.fallback) continue;
    for (const raw of check(sentence, source)) found.push([r, raw]);
  }
  // Headings are not sentences: flag them, but do not rewrite their case or grammar.
  if (sentence.block === "heading") for (const entry of found) entry[1] = { ...entry[1], suggestions: [] };
  // The learned layer speaks only where no rule did: the rules point at the words and offer rewrites.
  if (found.length > 1) return onePerSpan(rules, found);
  if (found.length === 0) {
    for (let r = 0; r < rules.length; r++) {
      const compiled = rules[r]!.compiled;
      if (compiled.fallback && compiled.checkSentence) for (const raw of compiled.checkSentence(sentence, source)) found.push([r, raw]);
    }
  }
  return found;
}

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

/**
 * One finding per span: where findings of different rules overlap, the rule with the higher
 * `priority` wins, then the more severe, then the one with a rewrite, then the narrower span.
 * Findings on different words are all kept.
 */
export function onePerSpan(rules: readonly ActiveRule[], found: Array<[number, RawFinding]>): Array<[number, RawFinding]> {
  const rank = ([r, raw]: [number, RawFinding]) => [
    -(rules[r]!.compiled.rule.priority ?? 0),
    SEVERITY_RANK[rules[r]!.severity],
    raw.suggestions.length > 0 ? 0 : 1,
    raw.end - raw.start,
    r,
  ];
  const ordered = [...found].sort((a, b) => {
    const x = rank(a), y = rank(b);
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
    return 0;
  });
  const kept: Array<[number, RawFinding]> = [];
  for (const entry of ordered) {
    const [r, raw] = entry;
    if (kept.some(([k, other]) => k !== r && raw.start < other.end && other.start < raw.end)) continue;
    kept.push(entry);
  }
  return kept.sort((a, b) => a[1].start - b[1].start || a[0] - b[0]);
}
