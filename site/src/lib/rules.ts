// The rule reference: rules from the compiled rulebook, and what the core does with their examples.
import { CATEGORIES, builtinRulebook, lint, splitFrontMatter, type Category, type Rule } from "../../../src/core/index.ts";
import { readRepoFile } from "./repo.ts";

/** Rules in category order (the core's), then by id. */
export function allRules(): Rule[] {
  const order = (c: Category) => CATEGORIES.indexOf(c);
  return [...builtinRulebook().rules].sort((a, b) => order(a.category) - order(b.category) || a.id.localeCompare(b.id));
}

export function rulesByCategory(): Array<{ category: Category; rules: Rule[] }> {
  const rules = allRules();
  return CATEGORIES.map((category) => ({ category, rules: rules.filter((r) => r.category === category) })).filter(
    (group) => group.rules.length > 0,
  );
}

/** "we-centric" → "We-centric". */
export const categoryLabel = (category: string) => category.charAt(0).toUpperCase() + category.slice(1).replace(/-/g, " ");

export interface Fixability {
  /** The core offered a rewrite for at least one of the rule's Don't examples. */
  fixable: boolean;
  /** ...and at least one rewrite is safe for `--fix` to apply unattended. */
  safe: boolean;
}

/** Runs the rule on its own Don't examples: the page reports what the linter really does. */
export function fixabilityOf(rule: Rule): Fixability {
  const rulebook = { ...builtinRulebook(), rules: [rule] };
  const suggestions = (rule.docs?.dont ?? []).flatMap((example) =>
    lint(example.text, { rulebook, syntax: "text" }).findings.flatMap((f) => (f.ruleId === rule.id ? f.suggestions : [])),
  );
  return { fixable: suggestions.length > 0, safe: suggestions.some((s) => s.safe) };
}

export interface PrincipleInfo {
  id: string;
  title: string;
  owner?: string;
  reviewed?: unknown;
  reviewInterval?: string;
}

/** The front matter of the principle a rule serves; undefined when the file is missing. */
export function principleOf(rule: Rule): PrincipleInfo | undefined {
  try {
    const { data } = splitFrontMatter(readRepoFile(`content/principles/${rule.principle}.md`));
    return { id: rule.principle, title: String(data.title ?? rule.principle), owner: data.owner as string, reviewed: data.reviewed, reviewInterval: data.reviewInterval as string };
  } catch {
    return undefined;
  }
}
