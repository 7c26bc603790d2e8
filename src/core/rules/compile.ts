// Compiles rules of every kind into checks. One small module per kind does the work.
import type { Rule } from "../types.ts";
import type { CompiledRule } from "./compiled-rule.ts";
import { compileSubstitution } from "./kinds/substitution.ts";
import { compilePatternRule } from "./kinds/pattern.ts";
import { compileSurvey } from "./kinds/survey.ts";
import { compileMetric } from "./kinds/metric.ts";
import { compileSequence } from "./kinds/sequence.ts";
import { compileLearned } from "./kinds/learned.ts";
import type { WordClass } from "./sequence/word-classes.ts";

const NO_CLASSES: ReadonlyMap<string, WordClass> = new Map();

export function compileRule(rule: Rule, classes: ReadonlyMap<string, WordClass> = NO_CLASSES): CompiledRule {
  switch (rule.kind) {
    case "substitution": return compileSubstitution(rule);
    case "pattern": return compilePatternRule(rule);
    case "sequence": return compileSequence(rule, classes);
    case "learned": return compileLearned(rule, classes);
    case "survey": return compileSurvey(rule);
    case "metric": return compileMetric(rule);
  }
}

const cache = new WeakMap<Rule, WeakMap<ReadonlyMap<string, WordClass>, CompiledRule>>();

/** Compiles a rule once per rule object and word-class set; lint calls this for every document. */
export function compiledRule(rule: Rule, classes: ReadonlyMap<string, WordClass> = NO_CLASSES): CompiledRule {
  let byClasses = cache.get(rule);
  if (!byClasses) cache.set(rule, (byClasses = new WeakMap()));
  let compiled = byClasses.get(classes);
  if (!compiled) byClasses.set(classes, (compiled = compileRule(rule, classes)));
  return compiled;
}
