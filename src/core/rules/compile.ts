// Compiles rules of every kind into checks. One small module per kind does the work.
import type { Rule } from "../types.ts";
import type { CompiledRule } from "./compiled-rule.ts";
import { compileSubstitution } from "./kinds/substitution.ts";
import { compilePatternRule } from "./kinds/pattern.ts";
import { compileSurvey } from "./kinds/survey.ts";
import { compileMetric } from "./kinds/metric.ts";

export function compileRule(rule: Rule): CompiledRule {
  switch (rule.kind) {
    case "substitution": return compileSubstitution(rule);
    case "pattern": return compilePatternRule(rule);
    case "survey": return compileSurvey(rule);
    case "metric": return compileMetric(rule);
  }
}

const cache = new WeakMap<Rule, CompiledRule>();

/** Compiles a rule once per rule object; lint calls this for every document. */
export function compiledRule(rule: Rule): CompiledRule {
  let compiled = cache.get(rule);
  if (!compiled) {
    compiled = compileRule(rule);
    cache.set(rule, compiled);
  }
  return compiled;
}
